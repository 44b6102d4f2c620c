package org.doudi.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The lists a person works from (decision 0023), as the signed-in actor and inside their region:
 * <ul>
 * <li>{@link Tab#TASKS}: cases waiting for a step the actor's role is expected to take, by each case's own
 * procedure family — the caseworker takes up submitted applications, takes in documents, investigates
 * (or reviews a medical bill), records the verification, the assessment, the publicity and the
 * notification; the town approver gives the town's opinion; the case's decider decides (the town
 * approver a case the town decides, a county officer one the county decides; never a case they
 * investigated or reviewed: maker-checker); a county officer records the county's verification;</li>
 * <li>{@link Tab#DUE_SOON}: open cases whose due date is today or within the next 3 working days;</li>
 * <li>{@link Tab#OVERDUE}: open cases whose due date has passed.</li>
 * </ul>
 * Ordered by due date (none last), then by id. Plus the cases in publicity, with their sheets' figures.
 */
public interface CaseInbox {

    /** How far ahead "due soon" looks, in working days. */
    int DUE_SOON_WORKING_DAYS = 3;

    enum Tab {
        TASKS, DUE_SOON, OVERDUE
    }

    /**
     * A row: the case, the step it waits for ({@code awaiting}, null when over) and when that is due;
     * {@code personId}: the member applying, for a per-person programme.
     */
    record Item(long id, String programme, long householdId, String regionCode, CaseState state, CaseAction awaiting,
                LocalDate receivedOn, LocalDate dueOn, boolean dueEstimated, boolean overdue, int version,
                ProcedureFamily family, Long personId, DeciderLevel deciderLevel) {
    }

    record Page(List<Item> items, int page, int size, long total) {
    }

    /** A case in publicity and its sheet: name, household size, amount, dates and place only. */
    record Publicised(long caseId, CaseViews.PublicitySheet sheet) {
    }

    record PublicityPage(List<Publicised> items, int page, int size, long total) {
    }

    /** How many cases each tab holds now. */
    Map<Tab, Long> counts();

    /** One page of a tab; {@code page} from 0, {@code size} 1–100 (else 400 naming the field). */
    Page list(Tab tab, int page, int size);

    /** The cases in publicity (state {@code IN_PUBLICITY}), latest publicity first. */
    PublicityPage publicity(int page, int size);
}
