package org.doudi.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.doudi.assessment.MonitoringType;

/**
 * The conditions of risk elimination (风险消除, DOMAIN.md §2.8), checked by the system rather than declared:
 * monitored for at least six months, at least one assistance measure in place, income per person above the
 * monitoring line at each of the last six monthly checks, no large rigid spending left (the calculator no
 * longer finds the household at risk), no school-age child out of school; housing, medical cover and drinking
 * water are declared by the officer after the visit. A household without labour force is never eliminated:
 * it stays monitored ("risk not eliminated, responsibility not released"). Pure.
 */
public final class RiskElimination {

    public static final int MONTHS_MONITORED = 6;
    public static final int MONTHS_ABOVE_LINE = 6;

    private RiskElimination() {
    }

    /** The monitoring income per person at one monthly check, and the line then (null: no line in force). */
    public record IncomeCheck(LocalDate asOf, BigDecimal perCapitaAnnual, BigDecimal line) {

        boolean above() {
            return line != null && perCapitaAnnual != null && perCapitaAnnual.compareTo(line) >= 0;
        }
    }

    /** What the officer declares after the visit. */
    public record Declarations(boolean housingSecure, boolean medicalCoverSecure, boolean drinkingWaterSecure) {
    }

    /**
     * What the check reads: the day, when monitoring was confirmed, the measures started by then, the income at
     * each monthly check (newest first), the calculator's monitoring type on the day (null: not at risk), the
     * school-age members out of school, the members counted as labour force, and the declarations.
     */
    public record Facts(LocalDate on, LocalDate confirmedOn, int measuresInPlace, List<IncomeCheck> incomeChecks,
                        MonitoringType typeOnTheDay, int childrenOutOfSchool, int labourForce,
                        Declarations declarations) {
    }

    public record Condition(String code, boolean met, String detail) {
    }

    public record Check(LocalDate on, boolean eliminable, List<Condition> conditions) {
    }

    public static Check check(Facts f) {
        List<Condition> c = new ArrayList<>();
        LocalDate sixMonths = f.confirmedOn() == null ? null : f.confirmedOn().plusMonths(MONTHS_MONITORED);
        c.add(new Condition("MONITORED_SIX_MONTHS", sixMonths != null && !f.on().isBefore(sixMonths),
                f.confirmedOn() == null ? "not confirmed" : "monitored since " + f.confirmedOn()
                        + "; six months on " + sixMonths));
        c.add(new Condition("MEASURE_IN_PLACE", f.measuresInPlace() >= 1,
                f.measuresInPlace() + " assistance measure(s) started by " + f.on()));
        long above = f.incomeChecks().stream().filter(IncomeCheck::above).count();
        boolean stable = f.incomeChecks().size() >= MONTHS_ABOVE_LINE && above == f.incomeChecks().size();
        c.add(new Condition("INCOME_ABOVE_LINE_SIX_MONTHS", stable, f.incomeChecks().stream()
                .map(i -> i.asOf() + ": " + (i.perCapitaAnnual() == null ? "?" : i.perCapitaAnnual().toPlainString())
                        + (i.line() == null ? " (no line)" : i.above() ? " ≥ " + i.line().toPlainString()
                        : " < " + i.line().toPlainString()))
                .reduce((a, b) -> a + "; " + b).orElse("no check")));
        c.add(new Condition("RIGID_SPENDING_RESOLVED", f.typeOnTheDay() == null,
                f.typeOnTheDay() == null ? "the calculator finds no monitoring risk on " + f.on()
                        : "the calculator still finds " + f.typeOnTheDay() + " on " + f.on()));
        c.add(new Condition("SCHOOLING_SECURE", f.childrenOutOfSchool() == 0,
                f.childrenOutOfSchool() + " school-age member(s) out of school"));
        c.add(new Condition("HOUSING_SECURE", f.declarations().housingSecure(), "declared after the visit"));
        c.add(new Condition("MEDICAL_COVER_SECURE", f.declarations().medicalCoverSecure(), "declared after the visit"));
        c.add(new Condition("DRINKING_WATER_SECURE", f.declarations().drinkingWaterSecure(),
                "declared after the visit"));
        c.add(new Condition("HAS_LABOUR_FORCE", f.labourForce() > 0,
                f.labourForce() > 0 ? f.labourForce() + " member(s) able to work"
                        : "no labour force: the household stays monitored"));
        return new Check(f.on(), c.stream().allMatch(Condition::met), List.copyOf(c));
    }
}
