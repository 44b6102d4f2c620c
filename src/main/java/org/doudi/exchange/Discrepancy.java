package org.doudi.exchange;

import java.util.List;

/**
 * A difference between what the registry holds (what the household declared) and what a department says:
 * which member ({@code personId}; null for the household as a whole), a stable {@code code}
 * (e.g. {@code DEATH_NOT_RECORDED}, {@code VEHICLE_NOT_DECLARED}), how much it matters, the two sides in
 * words, and the facts that show it.
 */
public record Discrepancy(Long personId, String code, Severity severity, String message, String declared,
                          String found, List<Long> factIds) {

    public enum Severity {
        /** may change eligibility at once: a death, an asset the 低保 assets test refuses */
        HIGH,
        /** changes the income or the classified supplement: wages, pensions, disability */
        MEDIUM,
        /** to be checked with the household: employment, schooling */
        LOW,
        /** in the household's favour or for information: undeclared medical spending */
        INFO
    }
}
