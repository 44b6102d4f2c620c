package org.doudi.exchange.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.doudi.exchange.VerificationReport;
import org.doudi.exchange.Verifications;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Economic verification reports over HTTP: make one for a household (and a case), read them back. */
@RestController
@RequestMapping("/api/v1/verifications")
class VerificationController {

    private final Verifications verifications;

    VerificationController(Verifications verifications) {
        this.verifications = verifications;
    }

    /** {@code asOf}: the day verified (default today); {@code caseId}: the application it is for. */
    record Request(Long householdId, Long caseId, LocalDate asOf) {
    }

    @PostMapping
    ResponseEntity<VerificationReport> create(@RequestBody Request body) {
        if (body.householdId() == null) {
            throw new InvalidInputException("householdId", "is required");
        }
        VerificationReport report = verifications.verify(body.householdId(), body.caseId(), body.asOf());
        return ResponseEntity.created(URI.create("/api/v1/verifications/" + report.id())).body(report);
    }

    @GetMapping("/{id}")
    VerificationReport get(@PathVariable long id) {
        return verifications.get(id);
    }

    /** The reports of a household or of a case, newest first. */
    @GetMapping
    List<VerificationReport> list(@RequestParam(required = false) Long householdId,
                                  @RequestParam(required = false) Long caseId) {
        return verifications.list(householdId, caseId);
    }
}
