package org.doudi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.doudi.registry.IdNumber;
import org.doudi.testing.Api;

/** Households the page tests make for themselves, through the registry's HTTP API. */
final class TestHouseholds {

    static final String SHIQIAO = "990121101201";
    static final String HEKOU_VILLAGE = "990122101201";
    private static final String SYLLABLES = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";

    private TestHouseholds() {
    }

    /** A name no other test uses: the prefix and four random syllables. */
    static String uniqueName(String prefix) {
        StringBuilder name = new StringBuilder(prefix);
        for (int i = 0; i < 4; i++) {
            name.append(SYLLABLES.charAt(ThreadLocalRandom.current().nextInt(SYLLABLES.length())));
        }
        return name.toString();
    }

    /** A valid ID number nobody else is likely to have: a random birth date and sequence. */
    static String freshIdNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(20_000));
        return IdNumber.compose("990121", born, r.nextInt(1000)).value();
    }

    /** Registers a household with only a head; answers its id. */
    static long create(int port, String user, String village, String headName, String headIdNumber) {
        var created = Api.as(port, user).post("/api/v1/households", Map.of(
                "regionCode", village, "address", headName + "的家", "residence", "RURAL",
                "categories", List.of("DIBAO"),
                "members", List.of(Map.of("name", headName, "idNumber", headIdNumber, "relation", "HEAD"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /**
     * A household of 石桥村 with a head and a spouse and facts of every kind the detail page shows:
     * a wage over a month range, a disability, labour capacity, a serious illness, savings.
     */
    static long createWithFacts(int port, String user, String headName, String spouseName) {
        var created = Api.as(port, user).post("/api/v1/households", Map.of(
                "regionCode", SHIQIAO, "address", "石桥村 5 组 8 号", "residence", "RURAL", "exitedPoverty", true,
                "categories", List.of("DIBAO", "MONITORED"), "causes", List.of("ILLNESS"),
                "members", List.of(
                        Map.of("name", headName, "idNumber", freshIdNumber(), "relation", "HEAD",
                                "incomes", List.of(Map.of("type", "WAGE", "monthly", "1200.50", "from", "2025-03",
                                        "to", "2026-02")),
                                "disabilities", List.of(Map.of("kind", "PHYSICAL", "grade", "2",
                                        "from", "2019-05-01")),
                                "facts", List.of(Map.of("kind", "LABOUR_CAPACITY", "value", "PARTIAL",
                                        "from", "2019-05-01"))),
                        Map.of("name", spouseName, "idNumber", freshIdNumber(), "relation", "SPOUSE",
                                "facts", List.of(Map.of("kind", "SERIOUS_ILLNESS", "value", "TRUE",
                                        "from", "2024-01-01")))),
                "assets", List.of(Map.of("kind", "FINANCIAL", "value", "8000", "description", "信用社存款",
                        "from", "2025-01-01"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    static long create(int port, String user, String village, String headName) {
        return create(port, user, village, headName, freshIdNumber());
    }
}
