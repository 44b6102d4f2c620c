package org.doudi.payment.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.doudi.payment.PriceIndex;
import org.doudi.policy.PolicyParameters;
import org.doudi.policy.ResolvedParameter;
import org.doudi.region.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code price_index} table, and what its months mean under the trigger parameters in force then. */
@Repository
class PriceIndexStore {

    static final String CPI_TRIGGER = "price_subsidy.cpi_trigger";
    static final String FOOD_TRIGGER = "price_subsidy.food_trigger";

    private final JdbcClient jdbc;
    private final PolicyParameters policy;

    PriceIndexStore(JdbcClient jdbc, PolicyParameters policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /** The city a region belongs to (the region itself when it is a city). */
    static String cityOf(String regionCode) {
        int digits = RegionLevel.CITY.significantDigits();
        return regionCode.substring(0, digits) + "0".repeat(12 - digits);
    }

    private record Row(String cityCode, YearMonth month, BigDecimal cpi, BigDecimal foodCpi, String source,
                       String recordedBy, java.time.Instant recordedAt) {
    }

    private static final String COLUMNS = "city_code, index_month, cpi, food_cpi, source, recorded_by, recorded_at";

    private List<Row> rows(String where, Object... params) {
        var statement = jdbc.sql("select " + COLUMNS + " from price_index where " + where
                + " order by index_month desc");
        for (int i = 0; i < params.length; i += 2) {
            statement = statement.param((String) params[i], params[i + 1]);
        }
        return statement.query((rs, n) -> new Row(rs.getString("city_code"),
                YearMonth.from(rs.getObject("index_month", LocalDate.class)), rs.getBigDecimal("cpi"),
                rs.getBigDecimal("food_cpi"), rs.getString("source"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant())).list();
    }

    Optional<PriceIndex> find(String cityCode, YearMonth month) {
        return rows("city_code = :city and index_month = :month", "city", cityCode, "month", Months.first(month))
                .stream().findFirst().map(this::view);
    }

    List<PriceIndex> list(String cityCode, Integer year) {
        List<Row> rows = year == null ? rows("city_code = :city", "city", cityCode)
                : rows("city_code = :city and index_month between :from and :to", "city", cityCode,
                "from", LocalDate.of(year, 1, 1), "to", LocalDate.of(year, 12, 1));
        return rows.stream().map(this::view).toList();
    }

    /** The triggered months of the county's city from {@code from} to {@code to}, oldest first. */
    List<YearMonth> triggeredMonths(String countyCode, YearMonth from, YearMonth to) {
        return rows("city_code = :city and index_month between :from and :to", "city", cityOf(countyCode),
                "from", Months.first(from), "to", Months.first(to)).stream()
                .filter(r -> rise(r).isPresent()).map(Row::month).sorted().toList();
    }

    /** The rise that counts for the county's city in {@code month}, when the month is triggered. */
    Optional<BigDecimal> rise(String countyCode, YearMonth month) {
        return rows("city_code = :city and index_month = :month", "city", cityOf(countyCode), "month",
                Months.first(month)).stream().findFirst().flatMap(this::rise);
    }

    private Optional<BigDecimal> rise(Row r) {
        LocalDate on = r.month().atDay(1);
        Optional<BigDecimal> cpiTrigger = policy.resolve(CPI_TRIGGER, r.cityCode(), on).map(ResolvedParameter::decimal);
        Optional<BigDecimal> foodTrigger = policy.resolve(FOOD_TRIGGER, r.cityCode(), on).map(ResolvedParameter::decimal);
        if (cpiTrigger.isEmpty() || foodTrigger.isEmpty()) {
            return Optional.empty(); // the linkage was not in force then
        }
        return PriceSubsidy.rise(r.cpi(), r.foodCpi(), cpiTrigger.get(), foodTrigger.get());
    }

    private PriceIndex view(Row r) {
        Optional<BigDecimal> rise = rise(r);
        return new PriceIndex(r.cityCode(), r.month(), r.cpi(), r.foodCpi(), rise.isPresent(), rise.orElse(null),
                r.source(), r.recordedBy(), r.recordedAt());
    }

    /** Inserts or replaces one month; answers whether it replaced an earlier entry. */
    boolean save(String cityCode, YearMonth month, BigDecimal cpi, BigDecimal foodCpi, String source, String by,
                 java.time.Instant at) {
        int replaced = jdbc.sql("""
                        update price_index set cpi = :cpi, food_cpi = :food, source = :source, recorded_by = :by,
                                               recorded_at = :at
                         where city_code = :city and index_month = :month""")
                .param("cpi", cpi).param("food", foodCpi).param("source", source).param("by", by)
                .param("at", Timestamp.from(at)).param("city", cityCode).param("month", Months.first(month)).update();
        if (replaced == 0) {
            jdbc.sql("""
                            insert into price_index (city_code, index_month, cpi, food_cpi, source, recorded_by,
                                                     recorded_at)
                            values (:city, :month, :cpi, :food, :source, :by, :at)""")
                    .param("cpi", cpi).param("food", foodCpi).param("source", source).param("by", by)
                    .param("at", Timestamp.from(at)).param("city", cityCode).param("month", Months.first(month))
                    .update();
        }
        return replaced > 0;
    }
}
