package org.doudi.monitoring.internal;

import java.util.Map;

import org.doudi.monitoring.EliminationRefused;
import org.doudi.monitoring.IdentificationAction;
import org.doudi.monitoring.ProcedureRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The monitoring module's own refusals, as problem+json: a step the record's state does not allow is 409 with the
 * state and the steps it allows; risk elimination with a condition unmet is 409 listing every condition, met or
 * not, so the officer sees what is missing. Ordered first so the shared catch-all does not take them.
 */
@RestControllerAdvice(basePackageClasses = MonitoringProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MonitoringProblems {

    @ExceptionHandler(ProcedureRefused.class)
    ResponseEntity<ProblemDetail> refused(ProcedureRefused e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        body.setTitle("Step not allowed now");
        body.setProperty("state", e.state().name());
        body.setProperty("allowedActions", e.allowed().stream().map(IdentificationAction::path).toList());
        return respond(body);
    }

    @ExceptionHandler(EliminationRefused.class)
    ResponseEntity<ProblemDetail> notEliminable(EliminationRefused e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        body.setTitle("Risk not eliminated");
        body.setProperty("conditions", e.check().conditions().stream()
                .map(c -> Map.of("code", c.code(), "met", c.met(), "detail", c.detail())).toList());
        return respond(body);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail body) {
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
