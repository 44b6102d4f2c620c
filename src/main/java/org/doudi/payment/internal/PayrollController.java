package org.doudi.payment.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import jakarta.servlet.http.HttpServletResponse;

import org.doudi.payment.AccountReleased;
import org.doudi.payment.BankFileFormat;
import org.doudi.payment.LineKind;
import org.doudi.payment.LineStatus;
import org.doudi.payment.PageOf;
import org.doudi.payment.Payroll;
import org.doudi.payment.PayrollLine;
import org.doudi.payment.PayrollRequest;
import org.doudi.payment.PayrollState;
import org.doudi.payment.Payrolls;
import org.doudi.payment.ReturnImport;
import org.doudi.shared.web.DeferredDownload;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Payrolls over HTTP: list, one with its totals, its lines page by page, generate (201 when created, 200 for the
 * open payroll of the same parameters; {@code async=true}: 202 at once, poll the payroll for its progress),
 * approve, reject, export with the version read, the bank file (CSV or XLSX), and the bank's return file.
 */
@RestController
@RequestMapping("/api/v1/payrolls")
class PayrollController {

    private final Payrolls payrolls;

    PayrollController(Payrolls payrolls) {
        this.payrolls = payrolls;
    }

    /** A step on a payroll names the version the client read. */
    record Step(Integer version, String reason) {
    }

    @GetMapping
    PageOf<Payroll> list(@RequestParam(required = false) String county,
                         @RequestParam(required = false) String programme,
                         @RequestParam(required = false) String month,
                         @RequestParam(required = false) PayrollState state,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return payrolls.list(county, programme, month(month), state, page, size);
    }

    @PostMapping
    ResponseEntity<Payroll> generate(@RequestBody PayrollRequest request,
                                     @RequestParam(defaultValue = "false") boolean async) {
        Payrolls.Generated g = async ? payrolls.start(request)
                : payrolls.generate(request, Payrolls.GenerationListener.NONE);
        HttpStatus status = async && g.payroll().running() ? HttpStatus.ACCEPTED
                : g.created() ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).header("Location", "/api/v1/payrolls/" + g.payroll().id())
                .body(g.payroll());
    }

    @GetMapping("/{id}")
    Payroll get(@PathVariable long id) {
        return payrolls.get(id);
    }

    @GetMapping("/{id}/lines")
    PageOf<PayrollLine> lines(@PathVariable long id, @RequestParam(required = false) LineStatus status,
                              @RequestParam(required = false) LineKind kind,
                              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return payrolls.lines(id, status, kind, page, size);
    }

    /** Payments the bank returned, in the caller's region, not yet paid again. */
    @GetMapping("/failed-payments")
    PageOf<PayrollLine> failed(@RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "100") int size) {
        return payrolls.failedPayments(page, size);
    }

    /**
     * Tries the account a failed payment went to again, unchanged: {@code {"note": "…"}} says why (the bank's
     * problem has passed). The payee's later lines are no longer held for it. 404 outside the caller's region,
     * 409 when released already.
     */
    @PostMapping("/failed-payments/{lineId}/release")
    AccountReleased release(@PathVariable long lineId, @RequestBody(required = false) Release body) {
        return payrolls.releaseAccount(lineId, body == null ? null : body.note());
    }

    record Release(String note) {
    }

    @PostMapping("/{id}/approve")
    Payroll approve(@PathVariable long id, @RequestBody Step step) {
        return payrolls.approve(id, step.version());
    }

    @PostMapping("/{id}/reject")
    Payroll reject(@PathVariable long id, @RequestBody Step step) {
        return payrolls.reject(id, step.version(), step.reason());
    }

    @PostMapping("/{id}/export")
    Payroll export(@PathVariable long id, @RequestBody Step step) {
        return payrolls.export(id, step.version());
    }

    /** {@code format=csv} (default) or {@code xlsx}; the layout is docs/payments/bank-file.md. */
    @GetMapping("/{id}/bank-file")
    void bankFile(@PathVariable long id, @RequestParam(defaultValue = "csv") String format,
                  HttpServletResponse response) throws IOException {
        BankFileFormat f = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> BankFileFormat.CSV;
            case "xlsx" -> BankFileFormat.XLSX;
            default -> throw new InvalidInputException("format", "must be csv or xlsx");
        };
        String name = payrolls.bankFileName(id, f);
        var out = new DeferredDownload(response, f.mediaType(),
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        payrolls.writeBankFile(id, f, out);
        out.flush();
    }

    /** The bank's return file as the request body ({@code text/csv}). */
    @PostMapping(path = "/{id}/return-file", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    ReturnImport returnFile(@PathVariable long id, @RequestBody byte[] content,
                            @RequestHeader(name = "X-File-Name", required = false) String fileName) {
        return payrolls.importReturn(id, content, fileName);
    }

    /** The same, uploaded as a form's file ({@code multipart/form-data}, field {@code file}). */
    @PostMapping(path = "/{id}/return-file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ReturnImport returnFileUpload(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        return payrolls.importReturn(id, file.getBytes(), file.getOriginalFilename());
    }

    private static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return null;
        }
        Checks c = new Checks();
        YearMonth m = c.month("month", month);
        c.refuseIfAny();
        return m;
    }
}
