package org.doudi.audit;

import java.util.List;

import org.doudi.region.RegionScope;

/** Reading and checking the chain. */
public interface AuditTrail {

    /** Re-computes every link from the first; reports the first one that does not match. */
    ChainVerification verify();

    /**
     * Newest first, records of the scope's regions (and, for a province-level scope, records bound to no
     * region, such as sign-ins); filters may be null.
     */
    List<AuditEntry> search(RegionScope scope, String entityType, String entityId, String actor, int page, int size);
}
