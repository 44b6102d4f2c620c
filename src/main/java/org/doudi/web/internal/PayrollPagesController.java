package org.doudi.web.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.doudi.payment.BankFileFormat;
import org.doudi.payment.LineStatus;
import org.doudi.payment.PageOf;
import org.doudi.payment.PaymentRefused;
import org.doudi.payment.Payroll;
import org.doudi.payment.PayrollLine;
import org.doudi.payment.PayrollRequest;
import org.doudi.payment.PayrollState;
import org.doudi.payment.Payrolls;
import org.doudi.payment.ReturnImport;
import org.doudi.region.Region;
import org.doudi.region.RegionLevel;
import org.doudi.region.RegionScope;
import org.doudi.region.Regions;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.ConflictException;
import org.doudi.shared.web.DeferredDownload;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 发放名册: the payrolls of the person's region, the form to generate one, and one payroll with its totals, its
 * lines page by page, and the step its state allows — approve or reject (never by whoever generated it), export,
 * download the bank file, upload the bank's return file. The payment module decides; the pages ask it what may be
 * done to offer the right buttons, and say its refusals in plain words.
 */
@Controller
class PayrollPagesController {

    static final int PAGE_SIZE = 50;
    private static final FormErrors.Fields GENERATE_FIELDS = FormErrors.Fields.of(
            Set.of("countyCode", "programme", "month"), Map.of());
    private static final FormErrors.Fields REJECT_FIELDS = FormErrors.Fields.of(Set.of("rejection"),
            Map.of("reason", "rejection"));
    private static final FormErrors.Fields RETURN_FIELDS = FormErrors.Fields.of(Set.of("returnFile"),
            Map.of("file", "returnFile"));

    record GenerateFields(String countyCode, String programme, String month) {
    }

    private final Payrolls payrolls;
    private final Regions regions;
    private final MessageSource messages;
    private final Clock clock;

    PayrollPagesController(Payrolls payrolls, Regions regions, MessageSource messages, Clock clock) {
        this.payrolls = payrolls;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- the list and the generate form

    @GetMapping("/payrolls")
    String list(@RequestParam(required = false) String programme, @RequestParam(required = false) String month,
                @RequestParam(required = false) PayrollState state, @RequestParam(defaultValue = "0") int page,
                Model model) {
        String thisMonth = YearMonth.from(Today.in(clock)).toString();
        return listPage(model, programme, month, state, page, new GenerateFields(null, "DIBAO", thisMonth),
                FormErrors.none());
    }

    @PostMapping("/payrolls")
    String generate(GenerateFields fields, Model model, Locale locale, HttpServletResponse response) {
        try {
            Payrolls.Generated g = payrolls.start(new PayrollRequest(fields.countyCode(), fields.programme(),
                    fields.month()));
            return "redirect:/payrolls/" + g.payroll().id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return listPage(model, null, null, null, 0, fields,
                    FormErrors.of(e.problems(), GENERATE_FIELDS, messages, locale));
        }
    }

    private String listPage(Model model, String programme, String month, PayrollState state, int page,
                            GenerateFields form, FormErrors errors) {
        YearMonth m = null;
        if (month != null && !month.isBlank()) {
            try {
                m = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("month", "must be a month as yyyy-MM");
            }
        }
        String p = programme == null || programme.isBlank() ? null : programme;
        PageOf<Payroll> results = payrolls.list(null, p, m, state, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("results", results);
        model.addAttribute("q", Map.of("programme", p == null ? "" : p, "month", month == null ? "" : month,
                "state", state == null ? "" : state.name()));
        model.addAttribute("programmes", payrolls.programmes());
        model.addAttribute("states", PayrollState.values());
        model.addAttribute("mayGenerate", payrolls.mayGenerate());
        model.addAttribute("counties", countyChoices());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("pageNumber", results.page() + 1);
        model.addAttribute("previousUrl", results.page() > 0 ? listUrl(p, month, state, results.page() - 1) : null);
        model.addAttribute("nextUrl", results.page() + 1 < results.totalPages()
                ? listUrl(p, month, state, results.page() + 1) : null);
        return "payrolls/list";
    }

    private static String listUrl(String programme, String month, PayrollState state, int page) {
        return "/payrolls?page=" + page + (programme == null ? "" : "&programme=" + programme)
                + (month == null || month.isBlank() ? "" : "&month=" + month)
                + (state == null ? "" : "&state=" + state.name());
    }

    /** The counties the person may generate for; empty for a county officer, whose county is the only one. */
    private List<Region> countyChoices() {
        RegionScope mine = RegionScope.of(Actor.current().regionCode());
        if (mine.level().ordinal() >= RegionLevel.COUNTY.ordinal()) {
            return List.of();
        }
        return regions.within(mine, RegionLevel.COUNTY);
    }

    // ---- one payroll

    @GetMapping("/payrolls/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) LineStatus status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        return page(model, payrolls.get(id), status, page, FormErrors.none(), null);
    }

    /** The progress of a generation, polled by the page while it runs; the whole page reloads when it is over. */
    @GetMapping("/payrolls/{id}/progress")
    String progress(@PathVariable long id, Model model, HttpServletResponse response) {
        Payroll p = payrolls.get(id);
        if (!p.running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("p", p);
        return "payrolls/show :: progress";
    }

    @PostMapping("/payrolls/{id}/generate")
    String generateAgain(@PathVariable long id) {
        Payroll p = payrolls.get(id);
        payrolls.start(new PayrollRequest(p.countyCode(), p.programme(), p.month().toString()));
        return "redirect:/payrolls/" + id;
    }

    @PostMapping("/payrolls/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) Integer version, Model model, Locale locale,
                   HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, model, locale, response, redirect, "payroll.approved", () -> payrolls.approve(id, version));
    }

    @PostMapping("/payrolls/{id}/export")
    String export(@PathVariable long id, @RequestParam(required = false) Integer version, Model model, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, model, locale, response, redirect, "payroll.exported", () -> payrolls.export(id, version));
    }

    @PostMapping("/payrolls/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) Integer version,
                  @RequestParam(required = false) String rejection, Model model, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            payrolls.reject(id, version, rejection);
            redirect.addFlashAttribute("notice", "payroll.rejected");
            return "redirect:/payrolls/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, payrolls.get(id), null, 0, FormErrors.of(e.problems(), REJECT_FIELDS, messages, locale),
                    rejection);
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(model, payrolls.get(id), null, 0, FormErrors.general(text("payroll.error.changed", locale),
                    e.getMessage()), rejection);
        }
    }

    private interface Step {
        Payroll run();
    }

    private String step(long id, Model model, Locale locale, HttpServletResponse response,
                        RedirectAttributes redirect, String notice, Step step) {
        try {
            step.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/payrolls/" + id;
        } catch (PaymentRefused e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return page(model, payrolls.get(id), null, 0, FormErrors.general(text("payroll.error.ownApprove", locale),
                    e.getMessage()), null);
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(model, payrolls.get(id), null, 0, FormErrors.general(text("payroll.error.changed", locale),
                    e.getMessage()), null);
        }
    }

    @GetMapping("/payrolls/{id}/bank-file.{format}")
    void bankFile(@PathVariable long id, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        BankFileFormat f = "xlsx".equals(format) ? BankFileFormat.XLSX : BankFileFormat.CSV;
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw new org.doudi.shared.web.NotFoundException("bank file format " + format);
        }
        String name = payrolls.bankFileName(id, f);
        // the file streams out; a refusal found before its first byte is still an error page
        DeferredDownload out = new DeferredDownload(response, f.mediaType(),
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        payrolls.writeBankFile(id, f, out);
        out.flush();
    }

    @PostMapping("/payrolls/{id}/return-file")
    String returnFile(@PathVariable long id, @RequestParam(name = "returnFile", required = false) MultipartFile file,
                      Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect)
            throws IOException {
        try {
            ReturnImport r = payrolls.importReturn(id, file == null ? null : file.getBytes(),
                    file == null ? null : file.getOriginalFilename());
            redirect.addFlashAttribute("notice", r.repeated() ? "payroll.returnRepeated" : "payroll.returnImported");
            redirect.addFlashAttribute("noticeArguments", new Object[] {r.rows(), r.paid(), r.failed()});
            return "redirect:/payrolls/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, payrolls.get(id), null, 0, FormErrors.of(e.problems(), RETURN_FIELDS, messages, locale),
                    null);
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(model, payrolls.get(id), null, 0, FormErrors.general(text("payroll.error.changed", locale),
                    e.getMessage()), null);
        }
    }

    private String page(Model model, Payroll p, LineStatus status, int page, FormErrors errors, String rejection) {
        PageOf<PayrollLine> lines = payrolls.lines(p.id(), status, null, Math.max(0, page), PAGE_SIZE);
        boolean generator = Actor.current().username().equals(p.generatedBy());
        model.addAttribute("p", p);
        model.addAttribute("lines", lines);
        model.addAttribute("status", status);
        boolean exported = p.state() == PayrollState.EXPORTED || p.state() == PayrollState.RECONCILED;
        // what "still to pay" is called depends on whether the bank file was made
        model.addAttribute("statuses", exported
                ? List.of(LineStatus.EXPORTED, LineStatus.PAID, LineStatus.FAILED, LineStatus.HELD, LineStatus.CANCELLED)
                : List.of(LineStatus.DUE, LineStatus.HELD, LineStatus.CANCELLED));
        model.addAttribute("errors", errors);
        model.addAttribute("rejection", rejection);
        model.addAttribute("generator", generator);
        model.addAttribute("mayApprove", payrolls.mayApprove() && !generator);
        model.addAttribute("mayAct", payrolls.mayApprove());
        model.addAttribute("mayGenerate", payrolls.mayGenerate());
        model.addAttribute("interrupted", (p.state() == PayrollState.GENERATING || p.state() == PayrollState.FAILED)
                && !p.running());
        model.addAttribute("times", Map.of(
                "generated", local(p.generatedAt() == null ? p.startedAt() : p.generatedAt()),
                "approved", local(p.approvedAt()),
                "exported", local(p.exportedAt()), "reconciled", local(p.reconciledAt()),
                "rejected", local(p.rejectedAt())));
        model.addAttribute("pageNumber", lines.page() + 1);
        String base = "/payrolls/" + p.id() + "?" + (status == null ? "" : "status=" + status.name() + "&");
        model.addAttribute("previousUrl", lines.page() > 0 ? base + "page=" + (lines.page() - 1) : null);
        model.addAttribute("nextUrl", lines.page() + 1 < lines.totalPages() ? base + "page=" + (lines.page() + 1) : null);
        return "payrolls/show";
    }

    private static Object local(java.time.Instant at) {
        return at == null ? "" : LocalDateTime.ofInstant(at, Today.ZONE).toString().replace('T', ' ').substring(0, 16);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
