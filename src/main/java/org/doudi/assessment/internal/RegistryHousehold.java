package org.doudi.assessment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.doudi.registry.IncomeItem;
import org.doudi.registry.Member;
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
            if (m.diedOn() != null && !m.diedOn().isAfter(date) || m.birthDate().isAfter(date)) {
                continue;
            }
            Map<PersonFactKind, String> facts = m.factsInForce(date);
            if (!facts.containsKey(PersonFactKind.NOT_COUNTED)) {
                members.add(member(m, facts, date));
            }
        }
        return new AssessmentRequest(h.regionCode(), date, h.residence(), h.exitedPoverty(), Map.of(),
                assets(h, date), expenses(h, date), null, members);
    }

    private static MemberInput member(Member m, Map<PersonFactKind, String> facts, LocalDate date) {
        Disability severest = null;
        for (Disability d : m.disabilities()) {
            if (inForce(d.from(), d.to(), date) && (severest == null || d.grade() < severest.grade())) {
                severest = d;
            }
        }
        List<IncomeInput> incomes = new ArrayList<>(m.incomes().size());
        for (IncomeItem i : m.incomes()) {
            incomes.add(new IncomeInput(i.type(), i.monthly(), i.from(), i.to()));
        }
        String unable = facts.get(PersonFactKind.UNABLE_ACTIVITIES);
        String schooling = facts.get(PersonFactKind.SCHOOLING);
        String supporters = facts.get(PersonFactKind.SUPPORTERS);
        String supportMode = facts.get(PersonFactKind.SUPPORT_MODE);
        return new MemberInput(Long.toString(m.personId()), m.relation(), m.birthDate(),
                severest == null ? null : new DisabilityInput(severest.kind(), severest.grade()),
                "TRUE".equals(facts.get(PersonFactKind.SERIOUS_ILLNESS)),
                unable == null ? 0 : Integer.parseInt(unable),
                schooling == null ? Schooling.NONE : Schooling.valueOf(schooling),
                "TRUE".equals(facts.get(PersonFactKind.ORPHAN)),
                "TRUE".equals(facts.get(PersonFactKind.UNSUPPORTED_CHILD)),
                supporters == null ? Supporters.ABLE : Supporters.valueOf(supporters),
                supportMode == null ? SupportMode.DISPERSED : SupportMode.valueOf(supportMode),
                List.copyOf(incomes));
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

    private static boolean inForce(LocalDate from, LocalDate to, LocalDate date) {
        return !from.isAfter(date) && (to == null || !to.isBefore(date));
    }

}
