package org.doudi.audit;

/**
 * The module API for recording. Every write of business data calls {@link #recordWrite} in the same
 * transaction as the write, so the change and its record commit or roll back together; reads of
 * sensitive values (a full ID number, a bank account) call {@link #recordRead}. The actor is the
 * signed-in user, or {@code system} for jobs.
 */
public interface AuditLog {

    /**
     * @param action     what was done, in the domain's words: {@code household.create}, {@code member.move}
     * @param entityType e.g. {@code household}
     * @param entityId   the record's identifier
     * @param regionCode the region the record belongs to (for scoped reading of the log); may be null
     * @param before     the state before (null for a creation); serialised as JSON
     * @param after      the state after (null for a deletion); serialised as JSON
     */
    void recordWrite(String action, String entityType, String entityId, String regionCode, Object before, Object after);

    /** A sensitive read: {@code what} names the value revealed, e.g. {@code idNumber of member 42}. */
    void recordRead(String entityType, String entityId, String regionCode, String what);
}
