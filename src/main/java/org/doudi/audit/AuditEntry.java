package org.doudi.audit;

import java.time.Instant;

/** One link of the chain. {@code hash} = SHA-256 of the other fields and the previous link's hash. */
public record AuditEntry(long seq, Instant at, String actor, String action, String entityType, String entityId,
                         String regionCode, String before, String after, String prevHash, String hash) {
}
