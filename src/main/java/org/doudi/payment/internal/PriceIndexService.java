package org.doudi.payment.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doudi.audit.AuditLog;
import org.doudi.payment.PriceIndex;
import org.doudi.payment.PriceIndexEntry;
import org.doudi.payment.PriceIndices;
import org.doudi.region.Region;
import org.doudi.region.RegionLevel;
import org.doudi.region.RegionScope;
import org.doudi.region.Regions;
import org.doudi.shared.Today;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.shared.web.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The price indices of cities. A county officer records the figures of the city their county is in (the
 * statistics bureau publishes them for the city); an administrator those of any city in their region.
 */
@Service
@Transactional
class PriceIndexService implements PriceIndices {

    private static final int MAX_SOURCE = 200;

    private final PriceIndexStore store;
    private final Regions regions;
    private final AuditLog audit;
    private final Clock clock;

    PriceIndexService(PriceIndexStore store, Regions regions, AuditLog audit, Clock clock) {
        this.store = store;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRecord() {
        return PaymentAccess.holds(Set.of(Role.COUNTY_OFFICER, Role.ADMINISTRATOR));
    }

    /** The cities whose figures the actor may record: their own city, or every city of their region. */
    private static boolean mayRecordFor(Actor actor, String cityCode) {
        RegionScope mine = RegionScope.of(actor.regionCode());
        if (actor.has(Role.ADMINISTRATOR) && mine.contains(cityCode)) {
            return true;
        }
        return actor.has(Role.COUNTY_OFFICER) && mine.level().ordinal() >= RegionLevel.CITY.ordinal()
                && PriceIndexStore.cityOf(actor.regionCode()).equals(cityCode);
    }

    private Actor writer() {
        return PaymentAccess.require(Set.of(Role.COUNTY_OFFICER, Role.ADMINISTRATOR), "recording price indices");
    }

    @Override
    public PriceIndex record(PriceIndexEntry e) {
        Actor actor = writer();
        Checks c = new Checks();
        Valid v = check(e, "", c, actor);
        c.refuseIfAny();
        save(v, actor);
        return store.find(v.city(), v.month()).orElseThrow();
    }

    @Override
    public Imported importCsv(byte[] content) {
        Actor actor = writer();
        List<CsvText.Row> rows = CsvText.parse(CsvText.decode(content));
        Checks c = new Checks();
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "is empty: expected a header city,month,cpi,food_cpi[,source] "
                    + "and one row per month");
        }
        List<String> header = rows.get(0).fields().stream().map(f -> f.strip().toLowerCase()).toList();
        if (!header.containsAll(List.of("city", "month", "cpi", "food_cpi"))) {
            throw new InvalidInputException("line 1", "the header must name the columns city, month, cpi, food_cpi "
                    + "(and optionally source)");
        }
        List<Valid> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvText.Row row : rows.subList(1, rows.size())) {
            String line = "line " + row.line();
            Map<String, String> f = new java.util.HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                f.put(header.get(i), row.field(i));
            }
            Checks rowChecks = new Checks();
            BigDecimal cpi = rowChecks.decimal("cpi", f.get("cpi"));
            BigDecimal food = rowChecks.decimal("food_cpi", f.get("food_cpi"));
            Valid v = check(new PriceIndexEntry(f.get("city"), f.get("month"), cpi, food, f.get("source")), "",
                    rowChecks, actor);
            if (!rowChecks.ok()) {
                try {
                    rowChecks.refuseIfAny();
                } catch (InvalidInputException bad) {
                    // one problem per line, each field once (an unreadable number is not also "required")
                    Map<String, String> byField = new java.util.LinkedHashMap<>();
                    bad.problems().forEach(p -> byField.putIfAbsent(p.field(), p.field() + " " + p.message()));
                    c.problem(line, String.join("; ", byField.values()));
                }
            } else if (!seen.add(v.city() + "/" + v.month())) {
                c.problem(line, "repeats " + v.city() + " " + v.month() + " of an earlier line");
            } else {
                valid.add(v);
            }
        }
        c.refuseIfAny();
        int replaced = 0;
        for (Valid v : valid) {
            replaced += save(v, actor) ? 1 : 0;
        }
        return new Imported(valid.size(), valid.size() - replaced, replaced);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PriceIndex> list(String cityCode, Integer year) {
        if (cityCode == null || cityCode.isBlank()) {
            RegionScope mine = PaymentAccess.scope();
            if (mine.level() == RegionLevel.PROVINCE) {
                throw new InvalidInputException("city", "is required: the code of a city");
            }
            cityCode = PriceIndexStore.cityOf(mine.code());
        }
        Region city = regions.find(cityCode).filter(r -> r.level() == RegionLevel.CITY)
                .orElseThrow(() -> new InvalidInputException("city", "must be the code of a city"));
        return store.list(city.code(), year);
    }

    private record Valid(String city, YearMonth month, BigDecimal cpi, BigDecimal food, String source) {
    }

    private Valid check(PriceIndexEntry e, String prefix, Checks c, Actor actor) {
        String city = c.region(prefix + "cityCode", e.cityCode());
        if (city != null) {
            if (regions.find(city).filter(r -> r.level() == RegionLevel.CITY).isEmpty()) {
                c.problem(prefix + "cityCode", "must be the code of a city");
            } else if (!mayRecordFor(actor, city)) {
                throw new AccessDeniedException("the figures of city " + city + " are not " + actor.username() + "'s");
            }
        }
        YearMonth month = c.month(prefix + "month", e.month());
        if (month != null && month.isAfter(YearMonth.from(Today.in(clock)))) {
            c.problem(prefix + "month", "is in the future: indices are published after the month");
        }
        check(c, prefix + "cpi", e.cpi());
        check(c, prefix + "foodCpi", e.foodCpi());
        String source = c.optional(prefix + "source", e.source(), MAX_SOURCE);
        return new Valid(city, month, e.cpi(), e.foodCpi(), source);
    }

    private static void check(Checks c, String field, BigDecimal index) {
        if (index == null) {
            c.problem(field, "is required (the same month of the previous year = 100, e.g. 103.8)");
        } else if (index.compareTo(BigDecimal.valueOf(50)) <= 0 || index.compareTo(BigDecimal.valueOf(200)) >= 0) {
            c.problem(field, "must be an index with the same month of the previous year = 100, e.g. 103.8");
        } else if (index.stripTrailingZeros().scale() > 2) {
            c.problem(field, "must have at most two decimals");
        }
    }

    private boolean save(Valid v, Actor actor) {
        PriceIndex before = store.find(v.city(), v.month()).orElse(null);
        Instant now = clock.instant();
        boolean replaced = store.save(v.city(), v.month(), v.cpi(), v.food(), v.source(), actor.username(), now);
        audit.recordWrite(replaced ? "price-index.correct" : "price-index.record", "price_index",
                v.city() + "/" + v.month(), v.city(), before, store.find(v.city(), v.month()).orElseThrow());
        return replaced;
    }
}
