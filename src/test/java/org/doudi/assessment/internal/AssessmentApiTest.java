package org.doudi.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.doudi.assessment.WorkedCases;
import org.doudi.registry.IdNumber;
import org.doudi.testing.Api;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The calculator over real HTTP: the worked cases, bad input, stored households, and approved parameter changes. */
@DoudiTest
class AssessmentApiTest {

    static final String QINGSHAN_VILLAGE = "990121101201";
    static final String HEKOU_VILLAGE = "990122101201";

    @LocalServerPort
    int port;

    Api as(String user) {
        return Api.as(port, user);
    }

    @TestFactory
    Stream<DynamicTest> everyWorkedCaseIsReproducedThroughHttp() {
        Api admin = as("admin");
        return Stream.concat(
                WorkedCases.load("assessment").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    var r = admin.post("/api/v1/assessments", c.request().toString());
                    assertThat(r.status()).as(r.toString()).isEqualTo(200);
                    assertThat(WorkedCases.assessmentDifferences(c.expect(), r.json())).as(c.name() + "\n" + r.body())
                            .isEmpty();
                })),
                WorkedCases.load("medical").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    var r = admin.post("/api/v1/assessments/medical", c.request().toString());
                    assertThat(r.status()).as(r.toString()).isEqualTo(200);
                    assertThat(WorkedCases.medicalDifferences(c.expect(), r.json())).as(c.name()).isEmpty();
                })));
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsCalculated() {
        var r = as("qingshan.town.caseworker").post("/api/v1/assessments", """
                {"regionCode": "99012", "residence": "RURAL", "temporary": {"kind": "EMERGENCY", "severity": 5},
                 "members": [{"ref": "a", "birthDate": "1980-01-01",
                              "incomes": [{"type": "WAGE", "monthly": -5, "from": "2025-01"}]},
                             {"ref": "a", "disability": {"kind": "PHYSICAL", "grade": 7}}]}
                """);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(fields(r)).contains("regionCode", "asOf", "temporary.severity", "members[0].incomes[0].monthly",
                "members[1].ref", "members[1].birthDate", "members[1].disability.grade");
    }

    @Test
    void aValueOfTheWrongFormNamesItsField() {
        var r = as("qingshan.town.caseworker").post("/api/v1/assessments", """
                {"regionCode": "990121101201", "asOf": "2026-11-15", "residence": "SUBURBAN",
                 "members": [{"ref": "a", "birthDate": "1980-01-01"}]}
                """);
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("residence");
    }

    @Test
    void anUnknownRegionIsNotFound() {
        var r = as("admin").post("/api/v1/assessments", """
                {"regionCode": "990199000000", "asOf": "2026-11-15", "residence": "RURAL",
                 "members": [{"ref": "a", "birthDate": "1980-01-01"}]}
                """);
        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void aStoredHouseholdIsAssessedFromItsFactsAndOnlyInsideTheUsersRegion() {
        long shiqiao = createHousehold(QINGSHAN_VILLAGE);
        var r = as("shiqiao.coordinator").get("/api/v1/households/" + shiqiao + "/assessment?asOf=2026-11-15");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        // a wage of 1,200 from 2025-01 less the employment-cost deduction of 240, over 3 members: 320 a month
        assertThat(r.json().at("/income/perCapitaMonthly").decimalValue()).isEqualByComparingTo("320");
        JsonNode dibao = result(r.json(), "DIBAO", null);
        assertThat(dibao.get("status").asString()).isEqualTo("ELIGIBLE");
        assertThat(dibao.get("monthlyAmount").asInt()).isEqualTo(1055);

        long hekou = createHousehold(HEKOU_VILLAGE);
        assertThat(as("shiqiao.coordinator").get("/api/v1/households/" + hekou + "/assessment").status())
                .isEqualTo(404);
        assertThat(as("hekou.county").get("/api/v1/households/" + hekou + "/assessment").status()).isEqualTo(200);
    }

    @Test
    void aCountyStandardOnceApprovedChangesThatCountyOnlyAndOnlyFromItsDate() {
        LocalDate from = LocalDate.of(2091, 3, 1);
        LocalDate before = from.minusDays(1);
        int qingshanBefore = dibaoAmount(QINGSHAN_VILLAGE, before);
        int qingshanAfter = dibaoAmount(QINGSHAN_VILLAGE, from);
        int hekouAfter = dibaoAmount(HEKOU_VILLAGE, from);

        var proposed = as("qingshan.county").post("/api/v1/parameters/dibao.standard.rural/proposals",
                Map.of("regionCode", "990121000000", "since", from.toString(), "value", "900",
                        "reason", "青民发〔2091〕1号"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        long id = proposed.json().get("id").asLong();
        assertThat(dibaoAmount(QINGSHAN_VILLAGE, from)).as("nothing changes before approval").isEqualTo(qingshanAfter);

        var approved = as("admin").post("/api/v1/parameter-proposals/" + id + "/approve", Map.of());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

        // the same household: 3 members at 320 a month per head, one minor: (900 − 320) × 3 + 10 % × 900
        assertThat(dibaoAmount(QINGSHAN_VILLAGE, from)).isEqualTo(1830);
        assertThat(dibaoAmount(QINGSHAN_VILLAGE, before)).as("before its date").isEqualTo(qingshanBefore);
        assertThat(dibaoAmount(HEKOU_VILLAGE, from)).as("another county").isEqualTo(hekouAfter);

        var trace = result(assess(QINGSHAN_VILLAGE, from), "DIBAO", null).get("trace");
        JsonNode standard = null;
        for (JsonNode step : trace) {
            if ("standard".equals(step.get("step").asString())) {
                standard = step;
            }
        }
        assertThat(standard).isNotNull();
        assertThat(standard.get("region").asString()).isEqualTo("990121000000");
        assertThat(standard.get("since").asString()).isEqualTo(from.toString());
    }

    /** The P01 family (two adults, a child of ten, one wage of 1,200) assessed in a region on a date. */
    JsonNode assess(String region, LocalDate asOf) {
        var r = as("admin").post("/api/v1/assessments", Map.of(
                "regionCode", region, "asOf", asOf.toString(), "residence", "RURAL",
                "members", List.of(
                        Map.of("ref", "a", "birthDate", asOf.minusYears(41).toString(),
                                "incomes", List.of(Map.of("type", "WAGE", "monthly", 1200, "from", "2025-01"))),
                        Map.of("ref", "b", "birthDate", asOf.minusYears(39).toString()),
                        Map.of("ref", "c", "birthDate", asOf.minusYears(10).toString()))));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    int dibaoAmount(String region, LocalDate asOf) {
        return result(assess(region, asOf), "DIBAO", null).get("monthlyAmount").asInt();
    }

    static JsonNode result(JsonNode assessment, String programme, String member) {
        for (JsonNode r : assessment.get("results")) {
            boolean sameMember = member == null ? r.get("member").isNull() : member.equals(r.get("member").asString());
            if (r.get("programme").asString().equals(programme) && sameMember) {
                return r;
            }
        }
        throw new AssertionError(programme + " not in " + assessment);
    }

    long createHousehold(String village) {
        Map<String, Object> head = member("赵大山", "HEAD", LocalDate.of(1985, 3, 10), 1);
        head.put("incomes", List.of(Map.of("type", "WAGE", "monthly", "1200", "from", "2025-01")));
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("regionCode", village);
        form.put("address", "测试路 1 号");
        form.put("residence", "RURAL");
        form.put("members", new ArrayList<>(List.of(head,
                member("钱小花", "SPOUSE", LocalDate.of(1987, 7, 1), 2),
                member("赵小宝", "CHILD", LocalDate.of(2016, 9, 1), 3))));
        var r = as("admin").post("/api/v1/households", form);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    static int nextSequence = (int) (System.nanoTime() % 300);

    static Map<String, Object> member(String name, String relation, LocalDate born, int salt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("idNumber", IdNumber.compose("990198", born, (nextSequence++ * 3 + salt) % 1000).value());
        m.put("relation", relation);
        m.put("since", born.isAfter(LocalDate.of(2015, 1, 1)) ? born.toString() : "2015-01-01");
        return m;
    }

    static List<String> fields(Api.Response r) {
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
