package org.doudi.casework.internal.review;

import org.doudi.casework.ReviewAction;
import org.doudi.casework.ReviewStepRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A review step its state does not allow: 409 with {@code state} and {@code allowedActions}, so a client can
 * offer the right buttons. Ordered first so that the shared catch-all does not take it; it handles nothing
 * else (maker-checker is the casework module's {@code MakerCheckerRefused}, answered 403 there).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReviewProblems {

    @ExceptionHandler(ReviewStepRefused.class)
    ResponseEntity<ProblemDetail> refused(ReviewStepRefused e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        body.setTitle("Step not allowed now");
        body.setProperty("state", e.state().name());
        body.setProperty("allowedActions", e.allowed().stream().map(ReviewAction::path).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
