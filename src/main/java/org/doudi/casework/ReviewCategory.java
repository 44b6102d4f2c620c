package org.doudi.casework;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.doudi.registry.Disability;
import org.doudi.registry.IncomeItem;
import org.doudi.registry.IncomeType;
import org.doudi.registry.Member;
import org.doudi.registry.PersonFact;
import org.doudi.registry.PersonFactKind;

/**
 * How often a benefit is reviewed (DOMAIN.md §2.1 "categories and review frequency", §2.2). Decided from the
 * registry's facts on the day the review is scheduled, by {@link #of}; see decision 0021 for the test.
 */
public enum ReviewCategory {
    /** 常补: a stable 低保 household — every member without labour capacity, income unchanging. Yearly. */
    STABLE(12),
    /** 非常补: income unstable, or someone able to work. Every six months. */
    UNSTABLE(6),
    /** 特困: yearly (DOMAIN.md §2.2). */
    TEKUN(12);

    private final int months;

    ReviewCategory(int months) {
        this.months = months;
    }

    /** Months from one review (or the grant) to the next. */
    public int months() {
        return months;
    }

    /**
     * The category of a benefit of {@code programme} for the household's current {@code members} (or only
     * {@code personId}, for a benefit of one person) on {@code on}. Pure.
     *
     * <p>Stable when every member counted on that day (alive, not excluded as in prison, away or missing)
     * <ol>
     * <li>has no labour capacity: a recorded labour-capacity fact {@code NONE}; without one, aged 60+ or under
     *     16, or intellectual/mental disability grade 1–3, physical grade 1–2, visual grade 1 (the 特困 test of
     *     DOMAIN.md §2.2; a recorded {@code FULL} or {@code PARTIAL} wins over age and disability), and</li>
     * <li>has an unchanging income over the twelve months before the month of {@code on}: no wage or business
     *     income in that window, and every other item in it running through the whole window, open-ended (no
     *     item began in it or later, none ended or is set to end).</li>
     * </ol>
     * A household with nobody counted is unstable: it is looked at sooner.
     */
    public static ReviewCategory of(String programme, List<Member> members, Long personId, LocalDate on) {
        if ("TEKUN".equals(programme)) {
            return TEKUN;
        }
        List<Member> counted = members.stream()
                .filter(m -> personId == null || m.personId() == personId)
                .filter(m -> countedOn(m, on))
                .toList();
        if (counted.isEmpty()) {
            return UNSTABLE;
        }
        YearMonth windowStart = YearMonth.from(on).minusMonths(12);
        boolean stable = counted.stream().allMatch(m -> noLabourCapacity(m, on) && incomeUnchanging(m, windowStart));
        return stable ? STABLE : UNSTABLE;
    }

    static boolean countedOn(Member m, LocalDate on) {
        boolean alive = m.diedOn() == null || m.diedOn().isAfter(on);
        return alive && !m.birthDate().isAfter(on) && fact(m, PersonFactKind.NOT_COUNTED, on).isEmpty();
    }

    static boolean noLabourCapacity(Member m, LocalDate on) {
        Optional<String> recorded = fact(m, PersonFactKind.LABOUR_CAPACITY, on);
        if (recorded.isPresent()) {
            return "NONE".equals(recorded.get());
        }
        int age = Period.between(m.birthDate(), on).getYears();
        if (age >= 60 || age < 16) {
            return true;
        }
        return m.disabilities().stream().filter(d -> inForce(d.from(), d.to(), on)).anyMatch(ReviewCategory::disabling);
    }

    private static boolean disabling(Disability d) {
        return switch (d.kind()) {
            case INTELLECTUAL, MENTAL -> d.grade() <= 3;
            case PHYSICAL -> d.grade() <= 2;
            case VISUAL -> d.grade() == 1;
            default -> false;
        };
    }

    static boolean incomeUnchanging(Member m, YearMonth windowStart) {
        for (IncomeItem i : m.incomes()) {
            if (i.to() != null && i.to().isBefore(windowStart)) {
                continue;
            }
            if (i.type() == IncomeType.WAGE || i.type() == IncomeType.BUSINESS || i.from().isAfter(windowStart)
                    || i.to() != null) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> fact(Member m, PersonFactKind kind, LocalDate on) {
        return m.facts().stream().filter(f -> f.kind() == kind && inForce(f.from(), f.to(), on))
                .map(PersonFact::value).findFirst();
    }

    private static boolean inForce(LocalDate from, LocalDate to, LocalDate on) {
        return !from.isAfter(on) && (to == null || !to.isBefore(on));
    }
}
