package org.doudi.casework.internal;

import org.doudi.casework.CaseDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case documents as PDF downloads: 404 when the case (in the caller's region) has no such document,
 * 503 when the machine has no font to write them in (see {@link DocumentProblems}).
 */
@RestController
@RequestMapping("/api/v1/cases/{id}")
class CaseDocumentController {

    private final CaseDocuments documents;

    CaseDocumentController(CaseDocuments documents) {
        this.documents = documents;
    }

    /** 审核确认决定书 of an approved case. */
    @GetMapping(value = "/decision-notice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> decisionNotice(@PathVariable long id) {
        return download(documents.decisionNotice(id));
    }

    /** 不予救助通知书 of a refused case, with the reasons and how to appeal. */
    @GetMapping(value = "/refusal-notice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> refusalNotice(@PathVariable long id) {
        return download(documents.refusalNotice(id));
    }

    /** 公示表: name, household size and amount, the publicity's dates and place. */
    @GetMapping(value = "/publicity-sheet.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> publicitySheet(@PathVariable long id) {
        return download(documents.publicitySheet(id));
    }

    static ResponseEntity<byte[]> download(CaseDocuments.Pdf pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pdf.fileName())
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf.content());
    }
}
