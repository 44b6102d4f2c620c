package org.doudi.exchange.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.doudi.exchange.FeedImport;
import org.doudi.exchange.FeedImports;
import org.doudi.exchange.FeedType;
import org.doudi.exchange.ImportMode;
import org.doudi.exchange.ImportStatus;
import org.doudi.exchange.RowProblem;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Department feeds over HTTP: the layouts and their templates, uploading a file, the imports of the caller's
 * region with their counts, problems and unmatched rows, and each import's report as CSV.
 * A rejected file answers 400 problem+json listing each bad row and column (and the import that records it).
 */
@RestController
@RequestMapping("/api/v1/feeds")
class FeedController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int ERRORS_IN_ANSWER = 1_000;

    private final FeedImports imports;

    FeedController(FeedImports imports) {
        this.imports = imports;
    }

    record ColumnView(String name, String label, boolean required, String value, String description,
                      List<String> codes, String example) {
    }

    record TypeView(String type, String name, String label, String department, String description,
                    List<ColumnView> columns, String templateCsv, String templateXlsx) {
    }

    /** Every feed type with its columns. */
    @GetMapping("/types")
    List<TypeView> types() {
        List<TypeView> types = new ArrayList<>();
        for (FeedType t : FeedType.values()) {
            types.add(type(t));
        }
        return types;
    }

    @GetMapping("/types/{type}")
    TypeView type(@PathVariable String type) {
        return type(feedType(type));
    }

    private static TypeView type(FeedType t) {
        FeedLayout layout = FeedLayouts.of(t);
        List<ColumnView> columns = layout.columns().stream().map(c -> new ColumnView(c.name(), c.label(),
                c.required(), c.kindInWords(), c.description(),
                c.codes().stream().map(k -> k.code() + " " + k.label()).toList(), c.example())).toList();
        String base = "/api/v1/feeds/types/" + t.word() + "/template.";
        return new TypeView(t.word(), t.name(), t.label(), t.department(), layout.description(), columns,
                base + "csv", base + "xlsx");
    }

    @GetMapping("/types/{type}/template.csv")
    ResponseEntity<byte[]> templateCsv(@PathVariable String type) throws IOException {
        FeedType t = feedType(type);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Templates.csv(t, new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        return download(bytes.toByteArray(), CSV, t.word() + "-template.csv");
    }

    @GetMapping("/types/{type}/template.xlsx")
    ResponseEntity<byte[]> templateXlsx(@PathVariable String type) throws IOException {
        FeedType t = feedType(type);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Templates.xlsx(t, bytes);
        return download(bytes.toByteArray(), XLSX, t.word() + "-template.xlsx");
    }

    /**
     * Imports a CSV or XLSX file of the type. {@code mode}: {@code reject-file} (the default: any bad row
     * rejects the file) or {@code import-good}. 201 with the import; 400 problem+json when the file is
     * rejected; 409 when the same file was imported before.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> upload(@RequestParam(value = "file", required = false) MultipartFile file,
                             @RequestParam(value = "type", required = false) String type,
                             @RequestParam(value = "mode", required = false) String mode) {
        List<org.doudi.shared.web.FieldProblem> problems = new ArrayList<>();
        FeedType t = type == null ? null : FeedType.fromWord(type).orElse(null);
        if (t == null) {
            problems.add(new org.doudi.shared.web.FieldProblem("type", type == null ? "is required"
                    : "is not a feed type: one of " + String.join(", ", words())));
        }
        ImportMode m = mode == null || mode.isBlank() ? ImportMode.REJECT_FILE : ImportMode.fromWord(mode).orElse(null);
        if (m == null) {
            problems.add(new org.doudi.shared.web.FieldProblem("mode", "is reject-file or import-good"));
        }
        if (file == null || file.isEmpty()) {
            problems.add(new org.doudi.shared.web.FieldProblem("file", "is required (a .csv or .xlsx file)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        FeedImport done;
        try (InputStream content = file.getInputStream()) {
            done = imports.importFile(t, m, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                    content, FeedImports.Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        URI location = URI.create("/api/v1/feeds/" + done.id());
        if (done.status() == ImportStatus.REJECTED) {
            return ResponseEntity.badRequest().location(location).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(rejection(done));
        }
        return ResponseEntity.created(location).body(done);
    }

    private static ProblemDetail rejection(FeedImport done) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, done.rows() == 0
                ? "The file cannot be read as a " + done.type().word() + " feed; nothing was imported."
                : done.rejected() + " of " + done.rows() + " rows have problems; the file was rejected and nothing "
                + "was imported. Correct them, or import the good rows with mode import-good.");
        body.setTitle("File rejected");
        body.setType(URI.create("https://doudi.org/problems/feed-rejected"));
        body.setProperty("importId", done.id());
        body.setProperty("rows", done.rows());
        body.setProperty("rejected", done.rejected());
        body.setProperty("problemsTotal", done.problemsTotal());
        body.setProperty("report", "/api/v1/feeds/" + done.id() + "/report.csv");
        List<Map<String, Object>> errors = new ArrayList<>();
        for (RowProblem p : done.problems().subList(0, Math.min(ERRORS_IN_ANSWER, done.problems().size()))) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("field", p.row() == 0 ? "file" : "row " + p.row() + (p.column() == null ? "" : ": " + p.column()));
            e.put("row", p.row());
            e.put("column", p.column());
            e.put("message", p.message());
            errors.add(e);
        }
        body.setProperty("errors", errors);
        return body;
    }

    /** Imports made in the caller's region, newest first, with their counts. */
    @GetMapping
    FeedImports.ImportPage list(@RequestParam(required = false) String type,
                                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return imports.list(type == null || type.isBlank() ? null : feedType(type), page, size);
    }

    @GetMapping("/{id}")
    FeedImport get(@PathVariable long id) {
        return imports.get(id);
    }

    @GetMapping("/{id}/unmatched")
    List<FeedImports.UnmatchedRow> unmatched(@PathVariable long id) {
        return imports.unmatched(id);
    }

    /** Every problem and unmatched row of the import, as CSV for a spreadsheet. */
    @GetMapping("/{id}/report.csv")
    void report(@PathVariable long id, HttpServletResponse response) throws IOException {
        imports.get(id); // 404 before anything is sent
        response.setContentType(CSV.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("feed-import-" + id + "-report.csv").build().toString());
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        imports.writeReport(id, out);
    }

    record Rematched(int factsChanged) {
    }

    /** Matches every stored fact again (administrators). */
    @PostMapping("/rematch")
    Rematched rematch() {
        return new Rematched(imports.rematch());
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName,
                        StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private static FeedType feedType(String word) {
        return FeedType.fromWord(word).orElseThrow(() -> new InvalidInputException("type",
                "is not a feed type: one of " + String.join(", ", words())));
    }

    private static List<String> words() {
        return java.util.Arrays.stream(FeedType.values()).map(FeedType::word).toList();
    }
}
