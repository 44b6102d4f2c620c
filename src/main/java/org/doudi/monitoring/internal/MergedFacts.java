package org.doudi.monitoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.doudi.monitoring.FeedFacts;
import org.doudi.registry.DisabilityKind;

/**
 * What every source says, merged: per person the earliest date (of death, unemployment, disaster, drop-out), the
 * largest medical amount and the most severe disability (the earliest certificate of that grade: "new" means
 * new); per household, each source's totals (vehicles, businesses, dwellings, medical spending), the largest of
 * them. Taking the largest rather than the sum keeps a car both the registry and the vehicle feed know from
 * counting twice. Pure.
 */
final class MergedFacts {

    record Person(LocalDate diedOn, BigDecimal medical, Integer disabilityGrade, DisabilityKind disabilityKind,
                  LocalDate disabilitySince, LocalDate unemployedSince, LocalDate disasterOn, LocalDate droppedOutOn) {

        static final Person NONE = new Person(null, BigDecimal.ZERO, null, null, null, null, null, null);
    }

    record Household(int vehicles, int businesses, BigDecimal businessCapital, int dwellings, BigDecimal medical) {

        static final Household NONE = new Household(0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO);
    }

    private final Map<Long, Person> people = new HashMap<>();
    private final Map<Long, Household> households = new HashMap<>();

    private MergedFacts() {
    }

    static MergedFacts of(List<FeedFacts> facts) {
        record Source(long householdId, String source) {
        }
        MergedFacts merged = new MergedFacts();
        Map<Source, Household> perSource = new HashMap<>();
        for (FeedFacts f : facts) {
            if (f.personId() != null) {
                merged.people.merge(f.personId(), person(f), MergedFacts::combine);
            }
            perSource.merge(new Source(f.householdId(), f.source()), household(f), MergedFacts::sum);
        }
        perSource.forEach((key, totals) -> merged.households.merge(key.householdId(), totals, MergedFacts::largest));
        return merged;
    }

    Person person(long personId) {
        return people.getOrDefault(personId, Person.NONE);
    }

    Household household(long householdId) {
        return households.getOrDefault(householdId, Household.NONE);
    }

    private static Person person(FeedFacts f) {
        return new Person(f.diedOn(), f.medicalOutOfPocket() == null ? BigDecimal.ZERO : f.medicalOutOfPocket(),
                f.disabilityGrade(), f.disabilityKind(), f.disabilitySince(), f.unemployedSince(), f.disasterOn(),
                f.droppedOutOn());
    }

    private static Household household(FeedFacts f) {
        return new Household(f.nonExemptVehicles(), f.businesses(),
                f.businessCapital() == null ? BigDecimal.ZERO : f.businessCapital(), f.extraDwellings(),
                f.medicalOutOfPocket() == null ? BigDecimal.ZERO : f.medicalOutOfPocket());
    }

    private static Person combine(Person a, Person b) {
        Person d = moreSevere(b, a) ? b : a;
        return new Person(earliest(a.diedOn(), b.diedOn()), a.medical().max(b.medical()), d.disabilityGrade(),
                d.disabilityKind(), d.disabilitySince(), earliest(a.unemployedSince(), b.unemployedSince()),
                earliest(a.disasterOn(), b.disasterOn()), earliest(a.droppedOutOn(), b.droppedOutOn()));
    }

    /** A lower grade is more severe; of the same grade, the earlier certificate. */
    private static boolean moreSevere(Person b, Person a) {
        if (b.disabilityGrade() == null) {
            return false;
        }
        if (a.disabilityGrade() == null) {
            return true;
        }
        int c = Integer.compare(b.disabilityGrade(), a.disabilityGrade());
        if (c != 0) {
            return c < 0;
        }
        return b.disabilitySince() != null && (a.disabilitySince() == null
                || b.disabilitySince().isBefore(a.disabilitySince()));
    }

    private static Household sum(Household a, Household b) {
        return new Household(a.vehicles() + b.vehicles(), a.businesses() + b.businesses(),
                a.businessCapital().add(b.businessCapital()), a.dwellings() + b.dwellings(), a.medical().add(b.medical()));
    }

    private static Household largest(Household a, Household b) {
        return new Household(Math.max(a.vehicles(), b.vehicles()), Math.max(a.businesses(), b.businesses()),
                a.businessCapital().max(b.businessCapital()), Math.max(a.dwellings(), b.dwellings()),
                a.medical().max(b.medical()));
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isBefore(a) ? a : b;
    }
}
