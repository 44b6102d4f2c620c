package org.doudi.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.doudi.testing.Api;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Budgets, spending, reserves and the seed plan's funding rules, through HTTP. */
@DoudiTest
class FundsApiTest {

    @LocalServerPort
    int port;

    @Test
    void approvedPayrollsAreSpentAgainstTheBudgetsOfTheirProgrammeAndYear() {
        PaymentWorld w = PaymentWorld.create(port);
        Api officer = w.as(w.officer);
        budget(officer, w.county, "DIBAO", "CENTRAL", "100000");
        budget(officer, w.county, "DIBAO", "PROVINCIAL", "50000");
        budget(officer, w.county, "DIBAO", "CITY", "20000");
        budget(officer, w.county, "DIBAO", "COUNTY", "30000");
        budget(officer, w.county, "DIBAO", "COUNTY", "35000"); // corrected: replaces, not adds
        long a = w.single("孔繁荣").get("id").asLong();
        long b = w.single("曹顺心").get("id").asLong();
        w.grant(a, "2026-06", "650");
        w.grant(b, "2026-06", "500");

        long june = w.generate("2026-06").get("id").asLong();
        JsonNode before = dibao(officer.get("/api/v1/funds/budgets?year=2026").json());
        assertThat(before.get("budget").decimalValue()).isEqualByComparingTo("205000");
        assertThat(before.get("spent").decimalValue()).as("not approved: not spent").isEqualByComparingTo("0");
        assertThat(before.get("sources")).extracting(s -> s.get("source").asString())
                .containsExactly("CENTRAL", "PROVINCIAL", "CITY", "COUNTY");
        assertThat(before.at("/sources/3/amount").decimalValue()).isEqualByComparingTo("35000");

        w.step(w.checker, june, "approve");
        assertThat(dibao(officer.get("/api/v1/funds/budgets?year=2026").json()).get("spent").decimalValue())
                .isEqualByComparingTo("1150");
        w.step(w.officer, june, "export");
        String failed = w.lines(june, b).get(0).get("reference").asString();
        w.returnFile(june, w.returnFor(june, List.of(failed)));
        JsonNode after = dibao(officer.get("/api/v1/funds/budgets?year=2026").json());
        assertThat(after.get("spent").decimalValue()).as("returned by the bank: not spent")
                .isEqualByComparingTo("650");
        assertThat(after.get("remaining").decimalValue()).isEqualByComparingTo("204350");
        assertThat(dibaoOrNull(officer.get("/api/v1/funds/budgets?year=2025").json())).isNull();

        var bad = officer.put("/api/v1/funds/budgets", Map.of("countyCode", w.town, "year", 1999,
                "programme", "LOTTERY", "source", "BANK", "amount", "-1"));
        assertThat(PayrollApiTest.fields(bad)).containsExactlyInAnyOrder("countyCode", "year", "programme", "source",
                "amount");
        assertThat(w.as(w.caseworker).put("/api/v1/funds/budgets", Map.of("countyCode", w.county, "year", 2026,
                "programme", "DIBAO", "source", "COUNTY", "amount", "1")).status()).isEqualTo(403);
        assertThat(w.as("hekou.county").get("/api/v1/funds/budgets?county=" + w.county).status()).isEqualTo(404);
        assertThat(w.as("hekou.county").put("/api/v1/funds/budgets", Map.of("countyCode", w.county, "year", 2026,
                "programme", "DIBAO", "source", "COUNTY", "amount", "1")).status()).isEqualTo(404);
    }

    @Test
    void aTownSpendsFromItsReserveNoMoreThanTheCountyPutIn() {
        PaymentWorld w = PaymentWorld.create(port);
        String reserve = "/api/v1/funds/reserves/" + w.town;
        var topUp = w.as(w.officer).post(reserve + "/top-ups", Map.of("amount", "3000", "on", "2026-03-02",
                "purpose", "2026年临时救助备用金", "reference", "县民政局拨款单 2026-017"));
        assertThat(topUp.status()).as(topUp.toString()).isEqualTo(201);
        assertThat(topUp.json().get("balanceAfter").decimalValue()).isEqualByComparingTo("3000");
        var spent = w.as(w.caseworker).post(reserve + "/spending", Map.of("amount", "1200", "on", "2026-04-10",
                "purpose", "火灾急难型临时救助（先行救助）", "reference", "临救 2026-31"));
        assertThat(spent.status()).as(spent.toString()).isEqualTo(201);
        assertThat(spent.json().get("balanceAfter").decimalValue()).isEqualByComparingTo("1800");
        var tooMuch = w.as(w.townApprover).post(reserve + "/spending", Map.of("amount", "2000", "on", "2026-04-11",
                "purpose", "急难救助"));
        assertThat(PayrollApiTest.fields(tooMuch)).containsExactly("amount");
        assertThat(w.as(w.caseworker).post(reserve + "/top-ups", Map.of("amount", "1", "on", "2026-04-11",
                "purpose", "x")).status()).as("the county tops up").isEqualTo(403);
        assertThat(w.as("qingshan.town.caseworker").post(reserve + "/spending", Map.of("amount", "1",
                "on", "2026-04-11", "purpose", "x")).status()).as("another town's reserve").isEqualTo(404);
        var missing = w.as(w.caseworker).post(reserve + "/spending", Map.of("amount", "0", "on", "2099-01-01"));
        assertThat(PayrollApiTest.fields(missing)).containsExactlyInAnyOrder("amount", "on", "purpose");

        JsonNode reserves = w.as(w.officer).get("/api/v1/funds/reserves").json();
        JsonNode town = reserves.get(0);
        assertThat(town.get("townCode").asString()).isEqualTo(w.town);
        assertThat(town.get("balance").decimalValue()).isEqualByComparingTo("1800");
        JsonNode movements = w.as(w.caseworker).get(reserve + "/movements").json();
        assertThat(movements.get("total").asLong()).isEqualTo(2);
        assertThat(movements.at("/items/0/kind").asString()).isEqualTo("SPENDING");
        JsonNode overview = w.as(w.caseworker).get("/api/v1/funds").json();
        assertThat(overview.get("budgets").isNull()).as("a town sees its reserve, not the county's budgets").isTrue();
        assertThat(overview.at("/reserves/0/balance").decimalValue()).isEqualByComparingTo("1800");
        JsonNode temporary = w.as(w.officer).get("/api/v1/funds/budgets?year=2026").json().get("programmes").get(0);
        assertThat(temporary.get("programme").asString()).isEqualTo("TEMPORARY");
        assertThat(temporary.get("reserveTopUps").decimalValue()).as("a top-up is spent from the county's budget")
                .isEqualByComparingTo("3000");
    }

    @Test
    void theSeedPlansFundingRulesAreCalculatorsThatNameTheirParameters() {
        Api api = Api.as(port, "qingshan.county");
        JsonNode temporary = api.get("/api/v1/funds/calculators/temporary-assistance?region=990121000000&year=2026"
                + "&residents=50001").json();
        assertThat(shares(temporary)).containsExactly("city 25000.50", "county 50001.00");
        assertThat(temporary.get("total").decimalValue()).isEqualByComparingTo("75001.50");
        assertThat(temporary.get("parameters")).extracting(p -> p.get("name").asString() + "@"
                + p.get("regionCode").asString()).containsExactly("funds.temporary.city_per_resident@990100000000",
                "funds.temporary.county_per_resident@990100000000");

        JsonNode disaster = api.get("/api/v1/funds/calculators/disaster-relief?year=2026&lastYearRevenue=123456789")
                .json();
        assertThat(shares(disaster)).containsExactly("least 370370.37", "largest 617283.95");

        JsonNode construction = api.get("/api/v1/funds/calculators/day-care-construction?centres=3").json();
        assertThat(shares(construction)).containsExactly("province 150000.00", "city 90000.00",
                "province_lottery 30000.00", "city_lottery 30000.00");
        assertThat(construction.get("total").decimalValue()).as("100,000 a centre").isEqualByComparingTo("300000");
        JsonNode running = api.get("/api/v1/funds/calculators/day-care-running?withMeals=2&withoutMeals=1").json();
        assertThat(running.get("total").decimalValue()).isEqualByComparingTo("70000");

        var early = api.get("/api/v1/funds/calculators/day-care-construction?centres=1&year=2015");
        assertThat(PayrollApiTest.fields(early)).containsExactly("year");
        var bad = api.get("/api/v1/funds/calculators/day-care-running?withMeals=-1&region=12");
        assertThat(PayrollApiTest.fields(bad)).containsExactlyInAnyOrder("region", "withMeals", "withoutMeals");
    }

    // ---- helpers

    static void budget(Api as, String county, String programme, String source, String amount) {
        var r = as.put("/api/v1/funds/budgets", Map.of("countyCode", county, "year", 2026, "programme", programme,
                "source", source, "amount", amount, "note", "2026年预算"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    static JsonNode dibao(JsonNode report) {
        JsonNode row = dibaoOrNull(report);
        assertThat(row).as(report.toString()).isNotNull();
        return row;
    }

    static JsonNode dibaoOrNull(JsonNode report) {
        for (JsonNode p : report.get("programmes")) {
            if (p.get("programme").asString().equals("DIBAO")) {
                return p;
            }
        }
        return null;
    }

    static List<String> shares(JsonNode calculation) {
        List<String> out = new ArrayList<>();
        calculation.get("shares").forEach(s -> out.add(s.get("name").asString() + " "
                + s.get("amount").decimalValue().setScale(2)));
        return out;
    }
}
