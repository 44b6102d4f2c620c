package org.doudi.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.doudi.exchange.FeedImport;
import org.doudi.exchange.FeedImports;
import org.doudi.exchange.FeedType;
import org.doudi.exchange.ImportMode;
import org.doudi.exchange.ImportStatus;
import org.doudi.exchange.RowProblem;
import org.doudi.shared.Today;
import org.doudi.shared.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 部门数据: the department files imported in the person's region, the upload form with the templates and layouts,
 * the progress of an upload while it is imported in the background ({@link FeedUploads}), and one import with its
 * counts, its row problems page by page, its unmatched rows and its report. The exchange module checks and
 * decides everything (who may import, the region, the rows); the pages word its answers.
 */
@Controller
class FeedPagesController {

    static final int PAGE_SIZE = 20;
    static final int PROBLEMS_PAGE_SIZE = 50;
    static final int UNMATCHED_PAGE_SIZE = 100;
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** The exchange names the file {@code file}; the page's fields have names of their own. */
    private static final FormErrors.Fields FIELDS = FormErrors.Fields.of(Set.of("feedType", "importMode", "feedFile"),
            Map.of("file", "feedFile", "type", "feedType", "mode", "importMode"));

    /** What the form was filled in with: the type's word and the mode's word. */
    record UploadForm(String feedType, String importMode) {
    }

    private final FeedImports imports;
    private final FeedUploads uploads;
    private final MessageSource messages;

    FeedPagesController(FeedImports imports, FeedUploads uploads, MessageSource messages) {
        this.imports = imports;
        this.uploads = uploads;
        this.messages = messages;
    }

    // ---- the list

    @GetMapping("/feeds")
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) Integer page,
                Model model) {
        FeedType chosen = type == null || type.isBlank() ? null
                : FeedType.fromWord(type).orElseThrow(() -> new NotFoundException("feed type " + type));
        int index = page == null || page < 1 ? 0 : page - 1;
        FeedImports.ImportPage result = imports.list(chosen, index, PAGE_SIZE);
        long pages = (result.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        model.addAttribute("result", result);
        model.addAttribute("types", FeedType.values());
        model.addAttribute("chosen", chosen);
        model.addAttribute("mayImport", imports.mayImport());
        model.addAttribute("underWay", uploads.underWay());
        model.addAttribute("times", times(result.items()));
        model.addAttribute("pages", pages);
        model.addAttribute("pageNumber", index + 1);
        String filter = chosen == null ? "" : "&type=" + chosen.word();
        model.addAttribute("previousUrl", index > 0 ? "/feeds?page=" + index + filter : null);
        model.addAttribute("nextUrl", index + 1 < pages ? "/feeds?page=" + (index + 2) + filter : null);
        return "feeds/list";
    }

    // ---- the upload form, the upload and its progress

    @GetMapping("/feeds/new")
    String form(@RequestParam(required = false) String type, @RequestParam(required = false) String mode,
                Model model) {
        requireImporter();
        String t = FeedType.fromWord(type).map(FeedType::word).orElse("");
        String m = ImportMode.fromWord(mode).orElse(ImportMode.REJECT_FILE).word();
        return formPage(model, new UploadForm(t, m), FormErrors.none(), null);
    }

    @PostMapping("/feeds")
    String upload(@RequestParam(required = false) String feedType, @RequestParam(required = false) String importMode,
                  @RequestParam(required = false) MultipartFile feedFile, Model model, Locale locale,
                  HttpServletResponse response) throws IOException {
        requireImporter();
        UploadForm form = new UploadForm(feedType, importMode);
        List<FormErrors.Problem> problems = new ArrayList<>();
        FeedType type = FeedType.fromWord(feedType).orElse(null);
        if (type == null) {
            problems.add(problem("feedType", feedType == null || feedType.isBlank() ? "feeds.error.chooseType"
                    : "feeds.error.unknownType", null, locale));
        }
        ImportMode mode = importMode == null || importMode.isBlank() ? ImportMode.REJECT_FILE
                : ImportMode.fromWord(importMode).orElse(null);
        if (mode == null) {
            problems.add(problem("importMode", "feeds.error.mode", null, locale));
        }
        String fileName = feedFile == null || feedFile.getOriginalFilename() == null ? ""
                : feedFile.getOriginalFilename().strip();
        if (fileName.isEmpty()) {
            problems.add(problem("feedFile", "feeds.error.chooseFile", null, locale));
        } else if (feedFile.isEmpty()) {
            problems.add(new FormErrors.Problem("feedFile", "feedFile",
                    messages.getMessage("feeds.error.emptyFile", new Object[] {fileName}, locale), null));
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formPage(model, form, FormErrors.onFields(problems), null);
        }
        // the container deletes its copy when this request ends; the import reads the file after that
        Path copy = Files.createTempFile("doudi-upload-", ".part");
        try {
            feedFile.transferTo(copy);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        try {
            String token = uploads.start(type, mode, fileName, copy);
            return "redirect:/feeds/uploads/" + token;
        } catch (FeedUploads.Busy e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return formPage(model, form, FormErrors.onFields(List.of(problem("feedFile", "feeds.error.busy",
                    e.getMessage(), locale))), null);
        }
    }

    /**
     * The progress while the file is imported. Once it is over: the import's page; or, when the file was refused
     * before anything was stored (imported before, not a CSV or XLSX file, unreadable), the form again with the
     * reason beside the file.
     */
    @GetMapping("/feeds/uploads/{token}")
    String progressPage(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
        FeedUploads.State s = uploads.find(token).orElseThrow(() -> new NotFoundException("upload"));
        UploadForm form = new UploadForm(s.type().word(), s.mode().word());
        if (s.stage() == FeedUploads.Stage.REFUSED) {
            if (s.refusal().status() == HttpServletResponse.SC_FORBIDDEN) {
                throw new AccessDeniedException(s.refusal().message());
            }
            response.setStatus(s.refusal().status());
            return formPage(model, form, refusal(s.refusal(), locale), null);
        }
        if (s.stage() == FeedUploads.Stage.DONE) {
            FeedImport done = imports.get(s.importId());
            if (done.status() == ImportStatus.REJECTED && done.rows() == 0) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return formPage(model, form, unreadable(done, locale), done.id());
            }
            return "redirect:/feeds/" + s.importId();
        }
        model.addAttribute("u", s);
        return "feeds/upload";
    }

    /** The progress fragment the page polls; when the import is over, the whole page is loaded again. */
    @GetMapping("/feeds/uploads/{token}/progress")
    String progress(@PathVariable String token, Model model, HttpServletResponse response) {
        FeedUploads.State s = uploads.find(token).orElseThrow(() -> new NotFoundException("upload"));
        if (s.stage().finished()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("u", s);
        return "feeds/upload :: progress";
    }

    private String formPage(Model model, UploadForm form, FormErrors errors, Long recordedImport) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", FeedType.values());
        model.addAttribute("modes", ImportMode.values());
        model.addAttribute("recordedImport", recordedImport);
        return "feeds/new";
    }

    private FormErrors refusal(FeedUploads.Refusal r, Locale locale) {
        if (r.status() == HttpServletResponse.SC_CONFLICT) {
            return FormErrors.onFields(List.of(problem("feedFile", "feeds.error.alreadyImported", r.message(),
                    locale)));
        }
        return FormErrors.of(r.problems(), FIELDS, messages, locale);
    }

    /** A file the import could not read at all (no header, a missing column, not a workbook): said beside it. */
    private FormErrors unreadable(FeedImport done, Locale locale) {
        List<String> reasons = done.problems().stream().map(FeedPagesController::where).toList();
        return FormErrors.onFields(List.of(problem("feedFile", "feeds.error.unreadable", String.join("; ", reasons),
                locale)));
    }

    private static String where(RowProblem p) {
        return (p.row() > 0 ? "row " + p.row() + " " : "") + (p.column() == null ? "" : p.column() + " ")
                + p.message();
    }

    private FormErrors.Problem problem(String field, String key, String reason, Locale locale) {
        return new FormErrors.Problem(field, field, messages.getMessage(key, null, locale), reason);
    }

    private void requireImporter() {
        if (!imports.mayImport()) {
            throw new AccessDeniedException("feeds are imported by county officers and administrators");
        }
    }

    // ---- one import

    @GetMapping("/feeds/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        FeedImport i = imports.get(id);
        List<RowProblem> kept = i.problems();
        long pages = Math.max(1, (kept.size() + PROBLEMS_PAGE_SIZE - 1) / PROBLEMS_PAGE_SIZE);
        int index = page == null || page < 1 ? 0 : (int) Math.min(page - 1, pages - 1);
        int from = index * PROBLEMS_PAGE_SIZE;
        model.addAttribute("i", i);
        model.addAttribute("problems", kept.subList(from, Math.min(kept.size(), from + PROBLEMS_PAGE_SIZE)));
        model.addAttribute("labels", labels(i.type()));
        model.addAttribute("times", Map.of("started", local(i.startedAt()), "finished", local(i.finishedAt())));
        model.addAttribute("mayImport", imports.mayImport());
        model.addAttribute("pages", pages);
        model.addAttribute("pageNumber", index + 1);
        model.addAttribute("previousUrl", index > 0 ? "/feeds/" + id + "?page=" + index + "#problems" : null);
        model.addAttribute("nextUrl", index + 1 < pages ? "/feeds/" + id + "?page=" + (index + 2) + "#problems" : null);
        return "feeds/show";
    }

    @GetMapping("/feeds/{id}/unmatched")
    String unmatched(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        FeedImport i = imports.get(id);
        int index = page == null || page < 1 ? 0 : page - 1;
        FeedImports.UnmatchedPage rows = imports.unmatched(id, index, UNMATCHED_PAGE_SIZE);
        long pages = (rows.total() + UNMATCHED_PAGE_SIZE - 1) / UNMATCHED_PAGE_SIZE;
        model.addAttribute("i", i);
        model.addAttribute("rows", rows);
        model.addAttribute("pages", pages);
        model.addAttribute("pageNumber", index + 1);
        model.addAttribute("previousUrl", index > 0 ? "/feeds/" + id + "/unmatched?page=" + index : null);
        model.addAttribute("nextUrl", index + 1 < pages ? "/feeds/" + id + "/unmatched?page=" + (index + 2) : null);
        return "feeds/unmatched";
    }

    /** Every kept problem and every unmatched row, as the API's report (the API takes tokens, the pages a session). */
    @GetMapping("/feeds/{id}/report.csv")
    void report(@PathVariable long id, HttpServletResponse response) throws IOException {
        imports.get(id); // an error page rather than a broken file
        response.setContentType(CSV.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("feed-import-" + id + "-report.csv").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        imports.writeReport(id, out);
    }

    // ---- layouts and templates

    @GetMapping("/feeds/types/{type}")
    String layout(@PathVariable String type, Model model) {
        FeedType t = feedType(type);
        model.addAttribute("layout", imports.layout(t));
        model.addAttribute("mayImport", imports.mayImport());
        return "feeds/layout";
    }

    @GetMapping("/feeds/types/{type}/template.csv")
    ResponseEntity<byte[]> templateCsv(@PathVariable String type) {
        return template(feedType(type), FeedImports.FileFormat.CSV, CSV, "csv");
    }

    @GetMapping("/feeds/types/{type}/template.xlsx")
    ResponseEntity<byte[]> templateXlsx(@PathVariable String type) {
        return template(feedType(type), FeedImports.FileFormat.XLSX, XLSX, "xlsx");
    }

    private ResponseEntity<byte[]> template(FeedType t, FeedImports.FileFormat format, MediaType mediaType,
                                            String extension) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        imports.writeTemplate(t, format, bytes);
        return ResponseEntity.ok().contentType(mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(t.word() + "-template." + extension).build().toString())
                .body(bytes.toByteArray());
    }

    private static FeedType feedType(String word) {
        return FeedType.fromWord(word).orElseThrow(() -> new NotFoundException("feed type " + word));
    }

    /** Column name → its Chinese label, to say where a problem is as the template's header says it. */
    private Map<String, String> labels(FeedType type) {
        Map<String, String> labels = new LinkedHashMap<>();
        imports.layout(type).columns().forEach(c -> labels.put(c.name(), c.label()));
        return labels;
    }

    private static Map<Long, String> times(List<FeedImport> items) {
        Map<Long, String> times = new LinkedHashMap<>();
        items.forEach(i -> times.put(i.id(), local(i.startedAt())));
        return times;
    }

    private static String local(Instant at) {
        return at == null ? "" : LocalDateTime.ofInstant(at, Today.ZONE).toString().replace('T', ' ').substring(0, 16);
    }
}
