package org.doudi.casework;

/**
 * Casework's use cases for other modules (the web pages): the same checks, scoping and audit as
 * {@code /api/v1/cases}, as the signed-in actor.
 */
public interface Cases {

    CaseViews.Case get(long id);

    CaseViews.CasePage list(CaseState state, Boolean overdue, Long householdId, int page, int size);

    CaseViews.PublicitySheet publicitySheet(long id);

    CaseViews.Case create(CaseBodies.NewCase body);

    CaseViews.Case documents(long id, CaseBodies.Documents body);

    CaseViews.Case investigation(long id, CaseBodies.Investigation body);

    CaseViews.Case verification(long id, CaseBodies.Verification body);

    CaseViews.Case assessment(long id, CaseBodies.Assessment body);

    CaseViews.Case townOpinion(long id, CaseBodies.TownOpinion body);

    CaseViews.Case publicity(long id, CaseBodies.Publicity body);

    CaseViews.Case objection(long id, CaseBodies.Objection body);

    CaseViews.Case decision(long id, CaseBodies.Decision body);

    CaseViews.Case notification(long id, CaseBodies.Notification body);
}
