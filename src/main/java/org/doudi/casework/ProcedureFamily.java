package org.doudi.casework;

import org.doudi.assessment.Programme;
import org.doudi.assessment.TemporaryKind;

/**
 * The procedures of DOMAIN.md §3: programmes whose applications go through the same steps share one
 * (decision 0017). Each has its table of transitions in a {@link Procedure}.
 */
public enum ProcedureFamily {
    /** 低保 审核确认 (§3.1). */
    DIBAO,
    /** 特困 认定 (§3.2): per person, always decided by the county. */
    TEKUN,
    /** 孤儿、事实无人抚养儿童、残疾人两项补贴、刚性支出困难: investigation, verification, opinion, county decision. */
    ALLOWANCE,
    /** 急难型临时救助: may be paid first, the file completed afterwards (§2.5, §3.3). */
    TEMPORARY_EMERGENCY,
    /** 支出型临时救助: the full procedure, with publicity (§2.5, §3.3). */
    TEMPORARY_EXPENDITURE,
    /** 医疗救助: one case per bill (§2.6). */
    MEDICAL;

    /**
     * The family of an application for {@code programme}; {@code temporaryKind} only for TEMPORARY (required
     * there). Null when the programme is not applied for (低保边缘 and monitoring are found, not applied for).
     */
    public static ProcedureFamily of(Programme programme, TemporaryKind temporaryKind) {
        return switch (programme) {
            case DIBAO -> DIBAO;
            case TEKUN -> TEKUN;
            case ORPHAN, UNSUPPORTED_CHILD, DISABILITY_LIVING, DISABILITY_CARE, EXPENDITURE_HARDSHIP -> ALLOWANCE;
            case TEMPORARY -> temporaryKind == null ? null
                    : temporaryKind == TemporaryKind.EMERGENCY ? TEMPORARY_EMERGENCY : TEMPORARY_EXPENDITURE;
            case MEDICAL -> MEDICAL;
            case DIBAO_MARGINAL, MONITORING -> null;
        };
    }

    /** Whether the programme is applied for (低保边缘 and monitoring are statuses found, not applied for). */
    public static boolean appliedFor(Programme programme) {
        return programme != Programme.DIBAO_MARGINAL && programme != Programme.MONITORING;
    }

    /** Whether applications of the programme are for one person of the household (the case names them). */
    public static boolean perPerson(Programme programme) {
        return switch (programme) {
            case TEKUN, ORPHAN, UNSUPPORTED_CHILD, DISABILITY_LIVING, DISABILITY_CARE, MEDICAL -> true;
            default -> false;
        };
    }
}
