package org.doudi.policy.internal;

import org.doudi.policy.ChangeNotPermitted;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A maker-checker refusal is a 403 whose message says what to do instead; the shared handler's
 * generic "your role may not do this" would be misleading, since the role is fine. Ordered first so
 * that the shared catch-all does not take it; it handles nothing else.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ParameterProblems {

    @ExceptionHandler(ChangeNotPermitted.class)
    ResponseEntity<ProblemDetail> notPermitted(ChangeNotPermitted e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        body.setTitle("Not permitted (maker-checker)");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
