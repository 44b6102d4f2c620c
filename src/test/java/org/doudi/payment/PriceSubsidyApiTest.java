package org.doudi.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.doudi.testing.Api;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * 价格临时补贴 (DOMAIN.md §2.9) through HTTP: 示范市's indices for 2025 (no other test pays 2025), a county of its
 * own, 低保 standards of 示范市 in 2025 (rural 500, urban 700).
 */
@DoudiTest
class PriceSubsidyApiTest {

    static final String CITY = "990100000000";

    @LocalServerPort
    int port;

    @Test
    void priceSubsidiesArePaidPerPersonOnlyForTriggeredMonthsWithTheStandardTimesTheRiseRounded() {
        PaymentWorld w = PaymentWorld.create(port);
        Api officer = w.as(w.officer);
        index(officer, "2025-04", "102.0", "104.0");
        index(officer, "2025-05", "103.8", "105.0");
        index(officer, "2025-06", "103.4", "105.9");

        JsonNode family = w.household("RURAL", List.of(
                PaymentWorld.member("冯大田", "HEAD", LocalDate.of(1975, 1, 1), PaymentWorld.account()),
                PaymentWorld.member("冯二嫂", "SPOUSE", LocalDate.of(1977, 1, 1), null),
                PaymentWorld.member("冯小禾", "CHILD", LocalDate.of(2012, 1, 1), null)));
        long rural = family.get("id").asLong();
        long urban = w.household("URBAN", List.of(PaymentWorld.member("柳城东", "HEAD", LocalDate.of(1960, 1, 1),
                PaymentWorld.account()))).get("id").asLong();
        JsonNode withFather = w.household("RURAL", List.of(
                PaymentWorld.member("宋德明", "HEAD", LocalDate.of(1970, 1, 1), PaymentWorld.account()),
                PaymentWorld.member("宋老根", "PARENT", LocalDate.of(1940, 1, 1), null)));
        long father = PaymentWorld.personOf(withFather, "PARENT");
        JsonNode disabled = w.household("RURAL", List.of(PaymentWorld.member("何志远", "HEAD",
                LocalDate.of(1990, 1, 1), PaymentWorld.account())));
        w.grant("DIBAO", rural, null, "2025-04", null, "900");
        w.grant("DIBAO", urban, null, "2025-04", null, "700");
        w.grant("TEKUN", withFather.get("id").asLong(), father, "2025-04", null, "1100");
        w.grant("DISABILITY_LIVING", disabled.get("id").asLong(), PaymentWorld.personOf(disabled, "HEAD"), "2025-04",
                null, "110");

        assertThat(subsidies(w, w.paid("2025-04"))).as("April: CPI 2.0 %, food 4.0 %").isEmpty();
        List<String> may = subsidies(w, w.paid("2025-05"));
        // 3.8 % of 500 is 19 for each of the rural family; of 700 is 26.6, rounded to 27
        assertThat(may).containsExactlyInAnyOrder("2025-05 19.00", "2025-05 19.00", "2025-05 19.00",
                "2025-05 27.00");
        JsonNode mayPayroll = w.as(w.officer).get("/api/v1/payrolls?programme=DIBAO&month=2025-05&county=" + w.county)
                .json().at("/items/0");
        List<JsonNode> mayLines = w.lines(mayPayroll.get("id").asLong(), rural);
        assertThat(mayLines.stream().filter(l -> l.get("kind").asString().equals("PRICE_SUBSIDY"))
                .map(l -> l.get("personId").asLong()).distinct()).as("one line per person").hasSize(3);
        assertThat(subsidies(w, w.paid("2025-06"))).as("June: just under both triggers").isEmpty();
        assertThat(subsidies(w, w.paid("2025-07"))).as("July's indices are not published yet").isEmpty();

        assertThat(subsidies(w, w.paid("TEKUN", "2025-05"))).as("特困 receive it too").containsExactly("2025-05 19.00");
        assertThat(subsidies(w, w.paid("DISABILITY_LIVING", "2025-05"))).as("not a recipient programme").isEmpty();

        // July's indices arrive in August (food +6.5 %: 32.5 → 33 rural, 45.5 → 46 urban) with August's (both at
        // their triggers: the larger, 6 %); the spouse died on 20 July: paid for July, not for August
        index(officer, "2025-07", "102.1", "106.5");
        index(officer, "2025-08", "103.5", "106.0");
        w.died(rural, PaymentWorld.personOf(family, "SPOUSE"), "2025-07-20");
        assertThat(subsidies(w, w.paid("2025-08"))).containsExactlyInAnyOrder(
                "2025-07 33.00", "2025-07 33.00", "2025-07 33.00", "2025-07 46.00",
                "2025-08 30.00", "2025-08 30.00", "2025-08 42.00");
        // generated again: nothing twice
        assertThat(w.as(w.officer).post("/api/v1/payrolls", Map.of("programme", "DIBAO", "month", "2025-08"))
                .json().at("/totals/lines").asLong()).as("a new payroll once August's was exported: nothing left")
                .isZero();

        JsonNode indices = officer.get("/api/v1/price-indices?city=" + CITY + "&year=2025").json();
        List<String> triggered = new ArrayList<>();
        indices.forEach(i -> triggered.add(i.get("month").asString() + " " + i.get("triggered").asBoolean()
                + (i.get("rise").isNull() ? "" : " " + i.get("rise").decimalValue().stripTrailingZeros().toPlainString())));
        assertThat(triggered).contains("2025-04 false", "2025-05 true 0.038", "2025-06 false", "2025-07 true 0.065",
                "2025-08 true 0.06");
    }

    @Test
    void indicesAreEnteredOrImportedWholeAndBadRowsAreNamed() {
        PaymentWorld w = PaymentWorld.create(port);
        Api officer = w.as(w.officer);
        var bad = officer.put("/api/v1/price-indices", Map.of("cityCode", "990121000000", "month", "2025-13",
                "cpi", 3.8));
        assertThat(PayrollApiTest.fields(bad)).containsExactlyInAnyOrder("cityCode", "month", "cpi", "foodCpi");
        var otherCity = w.as("hekou.county").put("/api/v1/price-indices", Map.of("cityCode", "990200000000",
                "month", "2025-01", "cpi", 101, "foodCpi", 101));
        assertThat(otherCity.status()).isIn(400, 403);
        assertThat(w.as("qingshan.town.caseworker").put("/api/v1/price-indices", Map.of("cityCode", CITY,
                "month", "2025-01", "cpi", 101, "foodCpi", 101)).status()).isEqualTo(403);

        String csv = "city,month,cpi,food_cpi,source\n"
                + CITY + ",2025-01,101.2,102.5,市统计局\n"
                + CITY + ",2025-02,abc,102.5,\n"
                + CITY + ",2025-01,101.3,102.5,\n";
        var refused = w.postCsv("/api/v1/price-indices/import", csv);
        assertThat(PayrollApiTest.fields(refused)).containsExactly("line 3", "line 4");
        assertThat(officer.get("/api/v1/price-indices?city=" + CITY + "&year=2025").json())
                .noneMatch(i -> i.get("month").asString().equals("2025-01"));

        var imported = w.postCsv("/api/v1/price-indices/import", "city,month,cpi,food_cpi\n"
                + CITY + ",2025-01,101.2,102.5\n" + CITY + ",2025-02,101.9,103.1\n");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("rows").asInt()).isEqualTo(2);
        var corrected = officer.put("/api/v1/price-indices", Map.of("cityCode", CITY, "month", "2025-02",
                "cpi", 102.0, "foodCpi", 103.1, "source", "更正"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().get("cpi").decimalValue()).isEqualByComparingTo("102.0");
        assertThat(corrected.json().get("triggered").asBoolean()).isFalse();
    }

    // ---- helpers

    static void index(Api as, String month, String cpi, String food) {
        var r = as.put("/api/v1/price-indices", Map.of("cityCode", CITY, "month", month, "cpi", cpi, "foodCpi", food,
                "source", "示范市统计局月度公报"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    /** The price-subsidy lines of a payroll as "month amount". */
    static List<String> subsidies(PaymentWorld w, JsonNode payroll) {
        return w.lines(payroll.get("id").asLong()).stream()
                .filter(l -> l.get("kind").asString().equals("PRICE_SUBSIDY"))
                .map(l -> l.get("forMonth").asString() + " " + l.get("amount").decimalValue().setScale(2))
                .toList();
    }
}
