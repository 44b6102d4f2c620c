package org.doudi.exchange;

import static org.doudi.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.exchange.Feeds.COUNTY;
import static org.doudi.exchange.Feeds.HEKOU_VILLAGE;
import static org.doudi.exchange.Feeds.SHIQIAO;
import static org.doudi.exchange.Feeds.newIdNumber;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The facts as screening reads them through {@link FeedFacts}: by people, by households, and in bulk by region. */
@DoudiTest
class FeedFactsTest {

    @LocalServerPort
    int port;

    @Autowired
    FeedFacts facts;

    @Test
    void screeningReadsFactsByPeopleHouseholdsAndRegionWithinTheActorsRegion() {
        String a = newIdNumber();
        String b = newIdNumber();
        String h = newIdNumber();
        JsonNode shiqiao = Feeds.household(port, SHIQIAO, List.of(Map.of("name", "甲", "idNumber", a, "relation", "HEAD"),
                Map.of("name", "乙", "idNumber", b, "relation", "SPOUSE")));
        JsonNode hekou = Feeds.household(port, HEKOU_VILLAGE, List.of(Map.of("name", "丙", "idNumber", h,
                "relation", "HEAD")));
        var imported = Feeds.upload(port, "admin", "medical", null, "m.csv", Feeds.csv(
                List.of("id_number", "name", "settlement_no", "settled_on", "visit", "total_cost", "in_policy_self_pay"),
                List.of(List.of(a, "甲", "A1-" + a, "2025-06-01", "INPATIENT", "100.00", "50.00"),
                        List.of(a, "甲", "A2-" + a, "2026-06-01", "INPATIENT", "300.00", "120.00"),
                        List.of(b, "乙", "B1-" + b, "2026-07-01", "OUTPATIENT", "80.00", "20.00"),
                        List.of(h, "丙", "H1-" + h, "2026-07-02", "OUTPATIENT", "60.00", "10.00"))));
        long importId = imported.json().get("id").asLong();
        long shiqiaoId = shiqiao.get("id").asLong();
        long hekouId = hekou.get("id").asLong();
        long personA = shiqiao.at("/members/0/personId").asLong();

        List<FeedFact> sinceJanuary = as(Actor.SYSTEM, () -> facts.ofPeople(List.of(personA),
                EnumSet.of(FeedType.MEDICAL), LocalDate.of(2026, 1, 1)));
        assertThat(sinceJanuary).extracting(FeedFact::reference).containsExactly(("A2-" + a).toUpperCase());
        assertThat(sinceJanuary.get(0).amount()).isEqualByComparingTo("120.00");
        assertThat(sinceJanuary.get(0).householdId()).isEqualTo(shiqiaoId);

        long personB = shiqiao.at("/members/1/personId").asLong();
        long personH = hekou.at("/members/0/personId").asLong();
        List<Long> everyone = List.of(personH, personB, personA);
        List<FeedFact> ofAll = as(Actor.SYSTEM, () -> facts.ofPeople(everyone, EnumSet.of(FeedType.MEDICAL), null));
        assertThat(ofAll).extracting(FeedFact::reference).as("by person, then date").containsExactly(
                ("A1-" + a).toUpperCase(), ("A2-" + a).toUpperCase(), ("B1-" + b).toUpperCase(),
                ("H1-" + h).toUpperCase());
        assertThat(as(Actor.SYSTEM, () -> facts.ofPeople(everyone, EnumSet.of(FeedType.DEATHS), null))).isEmpty();
        List<FeedFact.Brief> brief = as(Actor.SYSTEM, () -> facts.briefOfPeople(everyone, EnumSet.of(FeedType.MEDICAL),
                null));
        assertThat(brief).as("the same facts, in the same order, as screening reads them")
                .extracting(FeedFact.Brief::id, FeedFact.Brief::personId, FeedFact.Brief::type, FeedFact.Brief::date,
                        FeedFact.Brief::inForceTo, FeedFact.Brief::code, FeedFact.Brief::grade, FeedFact.Brief::amount)
                .containsExactlyElementsOf(ofAll.stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.id(),
                        f.personId(), f.type(), f.date(), f.inForceTo(), f.code(), f.grade(), f.amount())).toList());
        assertThat(as(Actor.SYSTEM, () -> facts.briefOfPeople(everyone, EnumSet.of(FeedType.MEDICAL),
                LocalDate.of(2026, 7, 2)))).extracting(FeedFact.Brief::personId).containsExactly(personH);

        List<Long> scattered = new ArrayList<>(List.of(personH, personA));
        for (int i = 1; scattered.size() < 12_001; i++) {
            scattered.add(personH + 3L * i * 1_000);   // nobody: ids far apart, read as lists, several statements
        }
        assertThat(as(Actor.SYSTEM, () -> facts.ofPeople(scattered, EnumSet.of(FeedType.MEDICAL), null)))
                .extracting(FeedFact::reference).as("scattered people read as lists, still in person order")
                .containsExactly(("A1-" + a).toUpperCase(), ("A2-" + a).toUpperCase(), ("H1-" + h).toUpperCase());

        Actor qingshan = new Actor(COUNTY, "990121000000", Set.of(Role.COUNTY_OFFICER));
        assertThat(as(qingshan, () -> facts.ofPeople(everyone, EnumSet.of(FeedType.MEDICAL), null)))
                .as("only the facts inside the actor's region").hasSize(3)
                .allMatch(f -> f.householdId() == shiqiaoId);

        assertThat(as(Actor.SYSTEM, () -> facts.householdsOfImport(importId))).containsExactlyInAnyOrder(shiqiaoId,
                hekouId);
        assertThat(as(qingshan, () -> facts.householdsOfImport(importId))).containsExactly(shiqiaoId);
    }

    @Autowired
    FeedImports imports;

    @Test
    void theFactsOfAPersonWhoMovedFollowThemAtTheNextRematch() {
        String mover = newIdNumber();
        JsonNode from = Feeds.household(port, SHIQIAO, List.of(Map.of("name", "丁", "idNumber", mover,
                "relation", "HEAD"), Map.of("name", "戊", "idNumber", newIdNumber(), "relation", "SPOUSE")));
        JsonNode to = Feeds.household(port, HEKOU_VILLAGE, List.of(Map.of("name", "己", "idNumber", newIdNumber(),
                "relation", "HEAD")));
        Feeds.upload(port, "admin", "medical", null, "move.csv", Feeds.csv(
                List.of("id_number", "name", "settlement_no", "settled_on", "visit", "total_cost", "in_policy_self_pay"),
                List.of(List.of(mover, "丁", "M1-" + mover, "2026-06-01", "INPATIENT", "100.00", "50.00"))));
        long person = from.at("/members/0/personId").asLong();
        long toId = to.get("id").asLong();

        var moved = Feeds.as(port, "admin").post("/api/v1/households/" + toId + "/members",
                Map.of("name", "丁", "idNumber", mover, "relation", "OTHER", "reason", "迁入"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        assertThat(as(Actor.SYSTEM, () -> facts.ofPeople(List.of(person), EnumSet.of(FeedType.MEDICAL), null)))
                .as("until the re-match the fact stays where it was").extracting(FeedFact::householdId)
                .containsExactly(from.get("id").asLong());

        int changed = as(Actor.SYSTEM, imports::rematch);
        assertThat(changed).isPositive();
        List<FeedFact> after = as(Actor.SYSTEM, () -> facts.ofPeople(List.of(person), EnumSet.of(FeedType.MEDICAL),
                null));
        assertThat(after).extracting(FeedFact::householdId).containsExactly(toId);
        assertThat(after).extracting(FeedFact::regionCode).containsExactly(HEKOU_VILLAGE);
        assertThat(as(Actor.SYSTEM, imports::rematch)).as("nothing left to change").isZero();
    }
}
