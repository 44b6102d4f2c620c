package org.doudi.audit.internal;

import java.util.List;

import org.doudi.audit.AuditEntry;
import org.doudi.audit.AuditTrail;
import org.doudi.region.RegionScope;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for administrators, limited to their own region's records. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    record Page(int page, int size, List<AuditEntry> items) {
    }

    @GetMapping
    Page list(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
              @RequestParam(required = false) String actor, @RequestParam(defaultValue = "0") int page,
              @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > 500) {
            throw new InvalidInputException("size", "must be between 1 and 500");
        }
        RegionScope scope = RegionScope.of(Actor.current().regionCode());
        return new Page(page, size, trail.search(scope, entityType, entityId, actor, page, size));
    }

    @GetMapping("/verify")
    org.doudi.audit.ChainVerification verify() {
        return trail.verify();
    }
}
