package org.doudi.policy;

/** Published inside the transaction that approves (or loads) an entry; it takes effect on commit. */
public record ParameterApproved(ParameterEntry entry) {
}
