package org.doudi.assessment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doudi.assessment.AssessmentRequest;
import org.doudi.assessment.DisabilityInput;
import org.doudi.assessment.HouseholdAssets;
import org.doudi.assessment.IncomeInput;
import org.doudi.assessment.MemberInput;
import org.doudi.assessment.RigidExpenses;
import org.doudi.assessment.Schooling;
import org.doudi.assessment.SupportMode;
import org.doudi.assessment.Supporters;
import org.doudi.registry.Disability;
import org.doudi.registry.Expense;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Member;
import org.doudi.registry.PersonFact;
import org.doudi.registry.PersonFactKind;

/**
 * A stored household as the calculator's input on a date: the members counted on that date (alive, not
 * excluded as clergy away, in prison, in rehabilitation or missing), the facts in force on it, the assets
 * held on it and the rigid spending of the income window. Pure: the registry read happens before.
 */
final class RegistryHousehold {

    private RegistryHousehold() {
    }

    static AssessmentRequest asOf(HouseholdDetail h, LocalDate date) {
        List<MemberInput> members = new ArrayList<>();
        for (Member m : h.members()) {
            if (m.diedOn() != null && !m.diedOn().isAfter(date) || fact(m, PersonFactKind.NOT_COUNTED, date).isPresent()
                    || m.birthDate().isAfter(date)) {
                continue;
            }
            members.add(member(m, date));
        }
        return new AssessmentRequest(h.regionCode(), date, h.residence(), h.exitedPoverty(), Map.of(),
                assets(h, date), expenses(h, date), null, members);
    }

    private static MemberInput member(Member m, LocalDate date) {
        DisabilityInput disability = m.disabilities().stream()
                .filter(d -> inForce(d.from(), d.to(), date))
                .min(Comparator.comparingInt(Disability::grade))
                .map(d -> new DisabilityInput(d.kind(), d.grade())).orElse(null);
        List<IncomeInput> incomes = m.incomes().stream()
                .map(i -> new IncomeInput(i.type(), i.monthly(), i.from(), i.to())).toList();
        return new MemberInput(Long.toString(m.personId()), m.relation(), m.birthDate(), disability,
                fact(m, PersonFactKind.SERIOUS_ILLNESS, date).map("TRUE"::equals).orElse(false),
                fact(m, PersonFactKind.UNABLE_ACTIVITIES, date).map(Integer::parseInt).orElse(0),
                fact(m, PersonFactKind.SCHOOLING, date).map(Schooling::valueOf).orElse(Schooling.NONE),
                fact(m, PersonFactKind.ORPHAN, date).map("TRUE"::equals).orElse(false),
                fact(m, PersonFactKind.UNSUPPORTED_CHILD, date).map("TRUE"::equals).orElse(false),
                fact(m, PersonFactKind.SUPPORTERS, date).map(Supporters::valueOf).orElse(Supporters.ABLE),
                fact(m, PersonFactKind.SUPPORT_MODE, date).map(SupportMode::valueOf).orElse(SupportMode.DISPERSED),
                incomes);
    }

    private static HouseholdAssets assets(HouseholdDetail h, LocalDate date) {
        BigDecimal financial = BigDecimal.ZERO;
        BigDecimal business = BigDecimal.ZERO;
        int dwellings = 0;
        List<HouseholdAssets.Vehicle> vehicles = new ArrayList<>();
        for (var a : h.assets()) {
            if (!inForce(a.from(), a.to(), date)) {
                continue;
            }
            switch (a.kind()) {
                case FINANCIAL -> financial = financial.add(a.value());
                case BUSINESS -> business = business.add(a.value());
                case DWELLING -> dwellings++;
                case VEHICLE -> vehicles.add(new HouseholdAssets.Vehicle(a.value(), a.exempt()));
            }
        }
        return new HouseholdAssets(financial, vehicles, dwellings, business);
    }

    /** Rigid spending of the income window: the twelve months before the identification month. */
    private static RigidExpenses expenses(HouseholdDetail h, LocalDate date) {
        YearMonth month = YearMonth.from(date);
        YearMonth first = month.minusMonths(12);
        BigDecimal medical = BigDecimal.ZERO;
        BigDecimal education = BigDecimal.ZERO;
        BigDecimal rehabilitation = BigDecimal.ZERO;
        for (Expense e : h.expenses()) {
            if (e.month().isBefore(first) || !e.month().isBefore(month)) {
                continue;
            }
            switch (e.kind()) {
                case MEDICAL -> medical = medical.add(e.amount());
                case EDUCATION -> education = education.add(e.amount());
                case REHABILITATION -> rehabilitation = rehabilitation.add(e.amount());
            }
        }
        return new RigidExpenses(medical, education, rehabilitation);
    }

    /** The first fact of the kind in force on the day (a loop: called for every member of every screened household). */
    private static Optional<String> fact(Member m, PersonFactKind kind, LocalDate date) {
        for (PersonFact f : m.facts()) {
            if (f.kind() == kind && inForce(f.from(), f.to(), date)) {
                return Optional.of(f.value());
            }
        }
        return Optional.empty();
    }

    private static boolean inForce(LocalDate from, LocalDate to, LocalDate date) {
        return !from.isAfter(date) && (to == null || !to.isBefore(date));
    }

}
