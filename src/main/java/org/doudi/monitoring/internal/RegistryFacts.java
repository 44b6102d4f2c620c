package org.doudi.monitoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.doudi.monitoring.FeedFactSource;
import org.doudi.monitoring.FeedFacts;
import org.doudi.registry.Asset;
import org.doudi.registry.AssetKind;
import org.doudi.registry.Disability;
import org.doudi.registry.Expense;
import org.doudi.registry.ExpenseKind;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Member;
import org.doudi.registry.PersonFact;
import org.doudi.registry.PersonFactKind;
import org.springframework.stereotype.Component;

/**
 * The feed facts the registry itself holds, until the department feeds are wired in (and beside them after):
 * deaths recorded on members, medical out-of-pocket spending entered as expenses, disabilities, unemployment
 * (the EMPLOYMENT fact), the household's vehicles, businesses and extra dwellings, and school-age children
 * (7–15, compulsory schooling) whose schooling fact says they are not at school. Pure over the households
 * already read: no query of its own. The registry knows nothing of disasters: that comes from the feeds.
 */
@Component
class RegistryFacts implements FeedFactSource {

    static final String SOURCE = "registry";

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public List<FeedFacts> factsFor(List<HouseholdDetail> households, LocalDate asOf) {
        List<FeedFacts> out = new ArrayList<>();
        YearMonth month = YearMonth.from(asOf);
        for (HouseholdDetail h : households) {
            out.add(household(h, asOf, month));
            for (Member m : h.members()) {
                out.add(member(h, m, asOf, month));
            }
        }
        return out;
    }

    private static FeedFacts household(HouseholdDetail h, LocalDate asOf, YearMonth month) {
        int vehicles = 0;
        int businesses = 0;
        int dwellings = 0;
        BigDecimal capital = BigDecimal.ZERO;
        for (Asset a : h.assets()) {
            if (!inForce(a.from(), a.to(), asOf)) {
                continue;
            }
            if (a.kind() == AssetKind.VEHICLE && !a.exempt()) {
                vehicles++;
            } else if (a.kind() == AssetKind.BUSINESS) {
                businesses++;
                capital = capital.add(a.value());
            } else if (a.kind() == AssetKind.DWELLING) {
                dwellings++;
            }
        }
        return FeedFacts.none(h.id(), null, SOURCE)
                .withAssets(vehicles, businesses, capital, dwellings)
                .withMedicalOutOfPocket(medical(h, null, month));
    }

    private static FeedFacts member(HouseholdDetail h, Member m, LocalDate asOf, YearMonth month) {
        FeedFacts f = FeedFacts.none(h.id(), m.personId(), SOURCE)
                .withDiedOn(m.diedOn())
                .withMedicalOutOfPocket(medical(h, m.personId(), month));
        Optional<Disability> severest = m.disabilities().stream().filter(d -> inForce(d.from(), d.to(), asOf))
                .min(Comparator.comparingInt(Disability::grade).thenComparing(Disability::from));
        if (severest.isPresent()) {
            f = f.withDisability(severest.get().grade(), severest.get().kind(), severest.get().from());
        }
        Optional<PersonFact> unemployed = fact(m, PersonFactKind.EMPLOYMENT, asOf).filter(x -> "UNEMPLOYED".equals(x.value()));
        if (unemployed.isPresent()) {
            f = f.withUnemployedSince(unemployed.get().from());
        }
        int age = Period.between(m.birthDate(), asOf).getYears();
        Optional<PersonFact> notAtSchool = fact(m, PersonFactKind.SCHOOLING, asOf).filter(x -> "NONE".equals(x.value()));
        if (age >= 7 && age <= 15 && notAtSchool.isPresent()) {
            f = f.withDroppedOutOn(notAtSchool.get().from());
        }
        return f;
    }

    /** Medical spending of the twelve months before the screening's month, of one member or (null) of nobody in particular. */
    private static BigDecimal medical(HouseholdDetail h, Long personId, YearMonth month) {
        BigDecimal total = BigDecimal.ZERO;
        YearMonth first = null;
        for (Expense e : h.expenses()) {
            if (e.kind() != ExpenseKind.MEDICAL || !java.util.Objects.equals(e.personId(), personId)) {
                continue;
            }
            // worked out only when there is a medical expense: most households have none, and this runs per member
            first = first == null ? month.minusMonths(12) : first;
            if (!e.month().isBefore(first) && e.month().isBefore(month)) {
                total = total.add(e.amount());
            }
        }
        return total;
    }

    private static Optional<PersonFact> fact(Member m, PersonFactKind kind, LocalDate date) {
        for (PersonFact f : m.facts()) {
            if (f.kind() == kind && f.inForceOn(date)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static boolean inForce(LocalDate from, LocalDate to, LocalDate date) {
        return !from.isAfter(date) && (to == null || !to.isBefore(date));
    }
}
