package org.doudi.casework;

import java.util.List;

/**
 * Casework's use cases for other modules (the web pages, monitoring): the same checks, scoping and audit
 * as {@code /api/v1/cases}, as the signed-in actor.
 */
public interface Cases {

    CaseViews.Case get(long id);

    /** Ordered by due date (cases with nothing due last), then id. */
    CaseViews.CasePage list(CaseQuery query, int page, int size);

    /** The earlier filters only: state, overdue, household. */
    default CaseViews.CasePage list(CaseState state, Boolean overdue, Long householdId, int page, int size) {
        return list(new CaseQuery(null, null, state, null, overdue, null, householdId, null), page, size);
    }

    /** Open and overdue cases per town of the actor's region (their own town for town and village users). */
    List<CaseViews.TownCount> countsByTown();

    CaseViews.PublicitySheet publicitySheet(long id);

    /** A new application; the monitoring module opens one from a warning with channel WARNING and its id. */
    CaseViews.Case create(CaseBodies.NewCase body);

    CaseViews.Case acceptance(long id, CaseBodies.Acceptance body);

    CaseViews.Case documents(long id, CaseBodies.Documents body);

    CaseViews.Case payFirst(long id, CaseBodies.PayFirst body);

    CaseViews.Case investigation(long id, CaseBodies.Investigation body);

    CaseViews.Case review(long id, CaseBodies.Review body);

    CaseViews.Case verification(long id, CaseBodies.Verification body);

    CaseViews.Case appraisal(long id, CaseBodies.Appraisal body);

    CaseViews.Case assessment(long id, CaseBodies.Assessment body);

    CaseViews.Case townOpinion(long id, CaseBodies.TownOpinion body);

    CaseViews.Case publicity(long id, CaseBodies.Publicity body);

    CaseViews.Case objection(long id, CaseBodies.Objection body);

    CaseViews.Case decision(long id, CaseBodies.Decision body);

    CaseViews.Case notification(long id, CaseBodies.Notification body);
}
