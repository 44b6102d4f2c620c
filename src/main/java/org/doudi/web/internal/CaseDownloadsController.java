package org.doudi.web.internal;

import org.doudi.casework.CaseDocuments;
import org.doudi.casework.DocumentsUnavailable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The case documents for people signed in to the pages (the API's downloads take a token): the same
 * PDFs, the same scope and audit. Without a font on the server, an error page says what to install.
 */
@Controller
class CaseDownloadsController {

    private final CaseDocuments documents;

    CaseDownloadsController(CaseDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/cases/{id}/decision-notice.pdf")
    ResponseEntity<byte[]> decisionNotice(@PathVariable long id) {
        return download(documents.decisionNotice(id));
    }

    @GetMapping("/cases/{id}/refusal-notice.pdf")
    ResponseEntity<byte[]> refusalNotice(@PathVariable long id) {
        return download(documents.refusalNotice(id));
    }

    @GetMapping("/cases/{id}/publicity-sheet.pdf")
    ResponseEntity<byte[]> publicitySheet(@PathVariable long id) {
        return download(documents.publicitySheet(id));
    }

    @ExceptionHandler(DocumentsUnavailable.class)
    ModelAndView unavailable() {
        ModelAndView page = ErrorPage.of(HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("texts", "error.documents");
        return page;
    }

    private static ResponseEntity<byte[]> download(CaseDocuments.Pdf pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf.content());
    }
}
