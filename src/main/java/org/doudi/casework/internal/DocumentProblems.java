package org.doudi.casework.internal;

import org.doudi.casework.DocumentsUnavailable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * No font to write the documents in: 503 (the service is unavailable on this machine, not the request
 * wrong), saying what to install. Only for this module's controllers: the pages word it themselves.
 */
@RestControllerAdvice(basePackageClasses = DocumentProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DocumentProblems {

    @ExceptionHandler(DocumentsUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(DocumentsUnavailable e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        body.setTitle("Documents unavailable: no Chinese font");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
