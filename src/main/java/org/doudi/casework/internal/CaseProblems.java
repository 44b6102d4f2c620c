package org.doudi.casework.internal;

import org.doudi.casework.DeciderRefused;
import org.doudi.casework.MakerCheckerRefused;
import org.doudi.casework.StepRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The procedure's own refusals: a step the case's state does not allow is 409 with {@code state} and
 * {@code allowedActions}, so a client can offer the right buttons; maker-checker is 403 with its reason
 * (the shared "your role may not do this" would mislead: the role is right, the person is not), and so
 * is a decision at the wrong level (the county decides this one). Ordered
 * first so that the shared catch-all does not take them; it handles nothing else.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseProblems {

    @ExceptionHandler(StepRefused.class)
    ResponseEntity<ProblemDetail> refused(StepRefused e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        body.setTitle("Step not allowed now");
        body.setProperty("state", e.state().name());
        body.setProperty("allowedActions", e.allowed().stream().map(a -> a.path()).toList());
        return respond(HttpStatus.CONFLICT, body);
    }

    @ExceptionHandler(MakerCheckerRefused.class)
    ResponseEntity<ProblemDetail> makerChecker(MakerCheckerRefused e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        body.setTitle("Not permitted (maker-checker)");
        return respond(HttpStatus.FORBIDDEN, body);
    }

    @ExceptionHandler(DeciderRefused.class)
    ResponseEntity<ProblemDetail> decider(DeciderRefused e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        body.setTitle("Not permitted (who decides)");
        return respond(HttpStatus.FORBIDDEN, body);
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, ProblemDetail body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
