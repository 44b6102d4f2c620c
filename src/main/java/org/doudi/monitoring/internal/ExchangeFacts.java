package org.doudi.monitoring.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doudi.exchange.FeedFact;
import org.doudi.exchange.FeedType;
import org.doudi.monitoring.FeedFactSource;
import org.doudi.monitoring.FeedFacts;
import org.doudi.registry.DisabilityKind;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.Member;
import org.springframework.stereotype.Component;

/**
 * The department feeds (exchange module) as facts of the screening's household view, beside the registry's
 * own ({@link RegistryFacts}): deaths, medical settlements of the twelve months before the screening's
 * month, disability certificates, unemployment registrations, vehicles, dwellings and businesses in force,
 * disasters of the last twelve months, and a school drop-out not followed by a new enrolment. Two queries per
 * chunk of households, by their members (deaths of any date, everything else since the window's start), never one per household.
 * Vehicles, dwellings and businesses are counted for the household as a whole: the assets test is the household's.
 */
@Component
class ExchangeFacts implements FeedFactSource {

    static final String SOURCE = "exchange";

    /** Vehicle types the 低保 assets test exempts (DOMAIN.md §2.1). */
    static final Set<String> EXEMPT_VEHICLES = Set.of("MOTORCYCLE_2W", "FARM_MACHINERY", "DISABILITY_VEHICLE");

    private static final Set<FeedType> WINDOWED = EnumSet.of(FeedType.MEDICAL, FeedType.DISABILITY,
            FeedType.UNEMPLOYMENT, FeedType.VEHICLES, FeedType.REAL_ESTATE, FeedType.BUSINESS, FeedType.DISASTER,
            FeedType.SCHOOLING);

    private final org.doudi.exchange.FeedFacts feeds;

    ExchangeFacts(org.doudi.exchange.FeedFacts feeds) {
        this.feeds = feeds;
    }

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public List<FeedFacts> factsFor(List<HouseholdDetail> households, LocalDate asOf) {
        if (households.isEmpty()) {
            return List.of();
        }
        List<Long> people = households.stream().flatMap(h -> h.members().stream()).map(Member::personId).toList();
        if (people.isEmpty()) {
            return List.of();
        }
        LocalDate windowStart = YearMonth.from(asOf).minusMonths(12).atDay(1);
        List<FeedFact.Brief> all = new ArrayList<>(feeds.briefOfPeople(people, EnumSet.of(FeedType.DEATHS), null));
        all.addAll(feeds.briefOfPeople(people, WINDOWED, windowStart));
        Map<Long, List<FeedFact.Brief>> byPerson = new HashMap<>();
        for (FeedFact.Brief f : all) {
            byPerson.computeIfAbsent(f.personId(), k -> new ArrayList<>()).add(f);
        }
        return facts(households, byPerson, asOf);
    }

    /** Pure: the facts of each household and member from the feed rows matched to its members. */
    static List<FeedFacts> facts(List<HouseholdDetail> households, Map<Long, List<FeedFact.Brief>> byPerson, LocalDate asOf) {
        LocalDate windowStart = YearMonth.from(asOf).minusMonths(12).atDay(1);
        LocalDate windowEnd = YearMonth.from(asOf).atDay(1).minusDays(1);
        List<FeedFacts> out = new ArrayList<>();
        for (HouseholdDetail h : households) {
            int vehicles = 0;
            int dwellings = 0;
            int businesses = 0;
            BigDecimal capital = BigDecimal.ZERO;
            boolean anything = false;
            for (Member m : h.members()) {
                List<FeedFact.Brief> rows = byPerson.getOrDefault(m.personId(), List.of());
                if (rows.isEmpty()) {
                    continue;
                }
                anything = true;
                FeedFacts f = FeedFacts.none(h.id(), m.personId(), SOURCE);
                BigDecimal medical = BigDecimal.ZERO;
                FeedFact.Brief severest = null;
                LocalDate lastSchoolEvent = null;
                String lastSchoolCode = null;
                for (FeedFact.Brief r : rows) {
                    switch (r.type()) {
                        case DEATHS -> f = f.diedOn() == null || r.date().isBefore(f.diedOn()) ? f.withDiedOn(r.date()) : f;
                        case MEDICAL -> medical = !r.date().isBefore(windowStart) && !r.date().isAfter(windowEnd)
                                && r.amount() != null ? medical.add(r.amount()) : medical;
                        case DISABILITY -> {
                            if (r.holdsOn(asOf) && r.grade() != null
                                    && (severest == null || r.grade() < severest.grade())) {
                                severest = r;
                            }
                        }
                        case UNEMPLOYMENT -> {
                            if (r.holdsOn(asOf) && (f.unemployedSince() == null || r.date().isBefore(f.unemployedSince()))) {
                                f = f.withUnemployedSince(r.date());
                            }
                        }
                        case VEHICLES -> vehicles += r.holdsOn(asOf) && !EXEMPT_VEHICLES.contains(r.code()) ? 1 : 0;
                        case REAL_ESTATE -> dwellings += r.holdsOn(asOf) && "RESIDENTIAL".equals(r.code()) ? 1 : 0;
                        case BUSINESS -> {
                            if (r.holdsOn(asOf)) {
                                businesses++;
                                capital = capital.add(r.amount() == null ? BigDecimal.ZERO : r.amount());
                            }
                        }
                        case DISASTER -> {
                            if (!r.date().isAfter(asOf) && (f.disasterOn() == null || r.date().isAfter(f.disasterOn()))) {
                                f = f.withDisasterOn(r.date());
                            }
                        }
                        case SCHOOLING -> {
                            if (!r.date().isAfter(asOf) && (lastSchoolEvent == null || r.date().isAfter(lastSchoolEvent))) {
                                lastSchoolEvent = r.date();
                                lastSchoolCode = r.code();
                            }
                        }
                        default -> {
                        }
                    }
                }
                if (medical.signum() > 0) {
                    f = f.withMedicalOutOfPocket(medical);
                }
                if (severest != null) {
                    f = f.withDisability(severest.grade(), kind(severest.code()), severest.date());
                }
                if ("DROPPED_OUT".equals(lastSchoolCode)) {
                    f = f.withDroppedOutOn(lastSchoolEvent);
                }
                out.add(f);
            }
            if (anything) {
                // one dwelling is the home the household lives in; only those beyond it count against the test
                out.add(FeedFacts.none(h.id(), null, SOURCE)
                        .withAssets(vehicles, businesses, capital, Math.max(0, dwellings - 1)));
            }
        }
        return out;
    }

    private static DisabilityKind kind(String code) {
        try {
            return code == null ? null : DisabilityKind.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public List<Long> touchedSince(String regionCode, Instant since, long afterId, int limit) {
        return feeds.householdsMatchedSince(since, regionCode).stream().filter(id -> id > afterId).sorted()
                .limit(limit).toList();
    }
}
