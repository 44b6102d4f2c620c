package org.doudi.casework;

import static org.doudi.casework.CaseDocument.APPLICATION_FORM;
import static org.doudi.casework.CaseDocument.ASSET_DECLARATION;
import static org.doudi.casework.CaseDocument.DISABILITY_CERTIFICATE;
import static org.doudi.casework.CaseDocument.EMERGENCY_PROOF;
import static org.doudi.casework.CaseDocument.EXPENDITURE_RECEIPTS;
import static org.doudi.casework.CaseDocument.HOUSEHOLD_REGISTER;
import static org.doudi.casework.CaseDocument.ID_CARDS;
import static org.doudi.casework.CaseDocument.INCOME_DECLARATION;
import static org.doudi.casework.CaseDocument.MEDICAL_INVOICES;
import static org.doudi.casework.CaseDocument.PARENTS_DEATH_OR_MISSING;
import static org.doudi.casework.CaseDocument.PARENTS_SITUATION;
import static org.doudi.casework.CaseDocument.SETTLEMENT_STATEMENT;
import static org.doudi.casework.CaseDocument.SUPPORTERS_STATEMENT;
import static org.doudi.casework.CaseDocument.VERIFICATION_CONSENT;

import java.util.List;

import org.doudi.assessment.Programme;
import org.doudi.assessment.TemporaryKind;

/**
 * The documents each programme's application needs (a local checklist). A means-tested application needs
 * the declarations and the consent to the economic verification; the others need the evidence of the
 * status they rest on.
 */
public final class Checklist {

    private static final List<CaseDocument> MEANS_TESTED = List.of(APPLICATION_FORM, HOUSEHOLD_REGISTER, ID_CARDS,
            INCOME_DECLARATION, ASSET_DECLARATION, VERIFICATION_CONSENT);

    private Checklist() {
    }

    /** In the order they are listed on the notice; {@code kind} only for TEMPORARY. */
    public static List<CaseDocument> of(Programme programme, TemporaryKind kind) {
        return switch (programme) {
            case DIBAO -> MEANS_TESTED;
            case TEKUN -> plus(MEANS_TESTED, SUPPORTERS_STATEMENT);
            case EXPENDITURE_HARDSHIP -> plus(MEANS_TESTED, EXPENDITURE_RECEIPTS);
            case ORPHAN -> List.of(APPLICATION_FORM, HOUSEHOLD_REGISTER, ID_CARDS, PARENTS_DEATH_OR_MISSING);
            case UNSUPPORTED_CHILD -> List.of(APPLICATION_FORM, HOUSEHOLD_REGISTER, ID_CARDS, PARENTS_SITUATION);
            case DISABILITY_LIVING, DISABILITY_CARE -> List.of(APPLICATION_FORM, ID_CARDS, DISABILITY_CERTIFICATE);
            case TEMPORARY -> kind == TemporaryKind.EMERGENCY ? List.of(APPLICATION_FORM, ID_CARDS, EMERGENCY_PROOF)
                    : plus(MEANS_TESTED, EXPENDITURE_RECEIPTS);
            case MEDICAL -> List.of(APPLICATION_FORM, ID_CARDS, SETTLEMENT_STATEMENT, MEDICAL_INVOICES);
            case DIBAO_MARGINAL, MONITORING -> List.of();
        };
    }

    private static List<CaseDocument> plus(List<CaseDocument> base, CaseDocument more) {
        var all = new java.util.ArrayList<>(base);
        all.add(more);
        return List.copyOf(all);
    }
}
