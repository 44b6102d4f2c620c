package org.doudi.monitoring;

/**
 * Warnings and their follow-up (DOMAIN.md §3.5): an inbox per role and region, assignment, the check on the
 * ground, an outcome — an application opened, a push to a department, a case-by-case decision, verify and
 * stop, or a dismissal with its reason — and escalation to the next level when the due date (working days)
 * passes. Every write is audited, in its transaction. A warning outside the actor's region is not found.
 * Acting on a warning needs its owning role or a role it has been escalated to (the city supervisor only reads).
 */
public interface Warnings {

    Paged<WarningViews.Summary> inbox(WarningViews.Filter filter, int page, int size);

    WarningViews.Warning get(long id);

    WarningViews.Warning assign(long id, WarningBodies.Assign body);

    WarningViews.Warning verify(long id, WarningBodies.Verify body);

    WarningViews.Warning decide(long id, WarningBodies.Decide body);

    /** Raises every overdue open warning of the actor's region one level (the daily schedule does it for all). */
    WarningViews.Escalation escalateOverdue();
}
