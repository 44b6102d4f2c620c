package org.doudi.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.registry.RegistryFixtures.HEKOU_VILLAGE;
import static org.doudi.registry.RegistryFixtures.SHIQIAO;
import static org.doudi.registry.RegistryFixtures.as;
import static org.doudi.registry.RegistryFixtures.household;
import static org.doudi.registry.RegistryFixtures.member;
import static org.doudi.registry.RegistryFixtures.newIdNumber;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doudi.registry.RegistryFixtures.Fixture;
import org.doudi.shared.pii.Masking;
import org.doudi.testing.Api;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@DoudiTest
class RegistryApiTest {

    @LocalServerPort
    int port;

    private Api admin() {
        return as(port, "admin");
    }

    private static Map<String, String> errors(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().has("errors")).as(r.toString()).isTrue();
        Map<String, String> out = new LinkedHashMap<>();
        r.json().get("errors").forEach(e -> out.put(e.get("field").asString(), e.get("message").asString()));
        return out;
    }

    @Test
    void aNewHouseholdShowsItsMembersFactsAndHistoryWithIdNumbersMasked() {
        Fixture f = RegistryFixtures.rich(port, SHIQIAO);
        var r = admin().get(f.path(""));
        assertThat(r.status()).isEqualTo(200);
        JsonNode h = r.json();
        assertThat(h.get("regionCode").asString()).isEqualTo(SHIQIAO);
        assertThat(h.get("categories").get(0).asString()).isEqualTo("DIBAO");
        JsonNode head = h.get("members").get(0);
        assertThat(head.get("relation").asString()).isEqualTo("HEAD");
        assertThat(head.get("idNumberMasked").asString()).isEqualTo(Masking.idNumber(f.headIdNumber()));
        assertThat(head.get("sex").asString()).isEqualTo(IdNumber.parse(f.headIdNumber()).sex().name());
        assertThat(head.get("birthDate").asString()).isEqualTo(IdNumber.parse(f.headIdNumber()).birthDate().toString());
        assertThat(head.get("since").asString()).isEqualTo("2015-03-01");
        assertThat(head.get("incomes").get(0).get("monthly").decimalValue()).isEqualByComparingTo("1500.50");
        assertThat(head.get("incomes").get(0).get("from").asString()).isEqualTo("2025-06");
        assertThat(head.get("incomes").get(0).get("to").isNull()).isTrue();
        assertThat(head.get("disabilities").get(0).get("grade").asInt()).isEqualTo(2);
        assertThat(head.get("facts").get(0).get("kind").asString()).isEqualTo("SCHOOLING");
        assertThat(h.get("assets").get(0).get("value").decimalValue()).isEqualByComparingTo("12000");
        assertThat(h.get("history")).hasSize(2);
        assertThat(r.body()).doesNotContain(f.headIdNumber()).doesNotContain(f.spouseIdNumber());
    }

    @Test
    void searchByIdNumberFindsTheHouseholdThroughTheBlindIndexAndListsItMasked() {
        Fixture f = RegistryFixtures.rich(port, SHIQIAO);
        var found = admin().get("/api/v1/households?idNumber=" + f.spouseIdNumber());
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("total").asLong()).isEqualTo(1);
        JsonNode summary = found.json().get("items").get(0);
        assertThat(summary.get("id").asLong()).isEqualTo(f.householdId());
        assertThat(summary.get("headName").asString()).isEqualTo("王建国");
        assertThat(summary.get("headIdNumberMasked").asString()).isEqualTo(Masking.idNumber(f.headIdNumber()));
        assertThat(summary.get("memberCount").asInt()).isEqualTo(2);
        assertThat(found.body()).doesNotContain(f.headIdNumber()).doesNotContain(f.spouseIdNumber());

        var nobody = admin().get("/api/v1/households?idNumber=" + newIdNumber());
        assertThat(nobody.json().get("total").asLong()).isZero();
        var malformed = admin().get("/api/v1/households?idNumber=12345");
        assertThat(errors(malformed)).containsKey("idNumber");
    }

    @Test
    void householdsAreFoundByMemberNameCategoryAndRegion() {
        String surname = "测" + System.nanoTime() % 100000;
        Map<String, Object> form = household(HEKOU_VILLAGE, List.of(member(surname + "明", newIdNumber(), "HEAD")));
        form.put("categories", List.of("MONITORED", "LEFT_BEHIND"));
        long id = RegistryFixtures.create(port, form).get("id").asLong();

        assertThat(ids(admin().get("/api/v1/households?name=" + surname + "&size=200"))).containsExactly(id);
        assertThat(ids(admin().get("/api/v1/households?name=" + surname + "&category=MONITORED"))).containsExactly(id);
        assertThat(ids(admin().get("/api/v1/households?name=" + surname + "&category=DIBAO"))).isEmpty();
        assertThat(ids(admin().get("/api/v1/households?name=" + surname + "&region=990122000000"))).containsExactly(id);
        assertThat(ids(admin().get("/api/v1/households?name=" + surname + "&region=990121000000"))).isEmpty();
        // a wildcard typed into the name is a character, not a pattern: "_" does not stand for "测"
        assertThat(ids(admin().get("/api/v1/households?size=200&name=_" + surname.substring(1)))).doesNotContain(id);
        assertThat(ids(admin().get("/api/v1/households?size=200&name=%25" + surname.substring(1)))).doesNotContain(id);
        // 青山县 sees nothing of 河口县, whatever it asks for
        assertThat(ids(as(port, "qingshan.county").get("/api/v1/households?name=" + surname + "&region=990122000000")))
                .isEmpty();
        var bad = admin().get("/api/v1/households?region=99&category=RICH&size=0");
        assertThat(errors(bad)).containsKeys("region", "category", "size");
    }

    private static List<Long> ids(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    @Test
    void amountsAndGradesMayBeSentAsJsonNumbers() {
        Fixture f = RegistryFixtures.rich(port, SHIQIAO);
        String member = f.path("/members/" + f.spouseId());
        var income = admin().post(member + "/incomes", """
                {"type": "WAGE", "monthly": 1500.5, "from": "2025-06", "to": null}""");
        assertThat(income.status()).as(income.toString()).isEqualTo(201);
        assertThat(income.json().get("monthly").decimalValue()).isEqualByComparingTo("1500.50");
        var disability = admin().post(member + "/disabilities", """
                {"kind": "HEARING", "grade": 4, "from": "2021-05-01"}""");
        assertThat(disability.status()).as(disability.toString()).isEqualTo(201);
        assertThat(errors(admin().post(member + "/incomes", """
                {"type": "WAGE", "monthly": 1e20, "from": "2025-06"}"""))).containsOnlyKeys("monthly");
        assertThat(errors(admin().post(member + "/incomes", "{not json"))).containsOnlyKeys("body");
        assertThat(errors(admin().post(member + "/incomes", """
                {"type": ["WAGE"], "monthly": 1, "from": "2025-06"}"""))).containsOnlyKeys("type");
        assertThat(errors(admin().get("/api/v1/households?size=many"))).containsOnlyKeys("size");
        assertThat(admin().delete("/api/v1/households").status()).isEqualTo(405);
    }

    @Test
    void anInvalidIdNumberIsRefusedNamingTheMemberAndTheProblem() {
        String valid = newIdNumber();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        var r = admin().post("/api/v1/households", household(SHIQIAO, List.of(
                member("甲", "99019919500101", "HEAD"),
                member("乙", wrongCheck, "SPOUSE"),
                member("丙", "99019919501301001A", "CHILD"))));
        Map<String, String> errors = errors(r);
        assertThat(errors).containsEntry("members[0].idNumber", "must have 18 characters, not 14");
        assertThat(errors).containsEntry("members[1].idNumber", "has a wrong check digit: a character is mistyped");
        assertThat(errors).containsEntry("members[2].idNumber", "must be 17 digits followed by a digit or X");
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        Map<String, Object> head = member("", newIdNumber(), "BOSS");
        head.put("sex", "UNKNOWN");
        head.put("incomes", List.of(Map.of("type", "SALARY", "monthly", "-5", "from", "2025-13"),
                Map.of("type", "WAGE", "monthly", "10.555", "from", "2025-06", "to", "2025-01")));
        head.put("disabilities", List.of(Map.of("kind", "PHYSICAL", "grade", "7", "from", "2020-02-30")));
        head.put("facts", List.of(Map.of("kind", "SCHOOLING", "value", "PHD", "from", "2020-01-01")));
        head.put("bankAccount", "12-34");
        Map<String, Object> form = household(SHIQIAO, List.of(head));
        form.put("address", " ");
        form.put("residence", "CITY");
        form.put("categories", List.of("DIBAO", "RICH"));
        form.put("phone", "call me");
        form.put("assets", List.of(Map.of("kind", "FINANCIAL", "value", "abc", "exempt", true, "from", "2024-01-01")));
        Map<String, String> errors = errors(admin().post("/api/v1/households", form));
        assertThat(errors).containsOnlyKeys("address", "residence", "categories[1]", "phone",
                "members[0].name", "members[0].relation", "members[0].sex", "members[0].bankAccount",
                "members[0].incomes[0].type", "members[0].incomes[0].monthly", "members[0].incomes[0].from",
                "members[0].incomes[1].monthly", "members[0].incomes[1].to",
                "members[0].disabilities[0].grade", "members[0].disabilities[0].from",
                "members[0].facts[0].value", "assets[0].value", "assets[0].exempt");
        assertThat(errors.get("members[0].incomes[1].monthly")).isEqualTo("must have at most two decimals");
        assertThat(errors.get("members[0].incomes[0].monthly")).isEqualTo("must be 0 or more");
        assertThat(errors.get("members[0].facts[0].value")).contains("NONE, COMPULSORY");
    }

    @Test
    void nothingIsWrittenWhenOneMemberOfANewHouseholdIsInvalid() {
        String goodId = newIdNumber();
        var refused = admin().post("/api/v1/households", household(SHIQIAO, List.of(
                member("周一", goodId, "HEAD"), member("周二", "not a number", "CHILD"))));
        assertThat(errors(refused)).containsOnlyKeys("members[1].idNumber");
        assertThat(admin().get("/api/v1/households?idNumber=" + goodId).json().get("total").asLong()).isZero();
        // the valid member's ID number was not taken by a half-written person
        var accepted = admin().post("/api/v1/households", household(SHIQIAO, List.of(member("周一", goodId, "HEAD"))));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(accepted.json().get("history")).hasSize(1);
    }

    @Test
    void aNewHouseholdNeedsExactlyOneHeadAndNoIdNumberTwice() {
        String id = newIdNumber();
        Map<String, String> twoHeads = errors(admin().post("/api/v1/households", household(SHIQIAO, List.of(
                member("甲", newIdNumber(), "HEAD"), member("乙", newIdNumber(), "HEAD")))));
        assertThat(twoHeads).containsOnlyKeys("members[1].relation");
        Map<String, String> noHead = errors(admin().post("/api/v1/households", household(SHIQIAO, List.of(
                member("甲", id, "SPOUSE"), member("乙", id, "CHILD")))));
        assertThat(noHead).containsEntry("members[1].idNumber", "is the same as members[0].idNumber");
        assertThat(noHead).containsKey("members");
        Map<String, String> empty = errors(admin().post("/api/v1/households", household(SHIQIAO, List.of())));
        assertThat(empty).containsOnlyKeys("members");
    }

    @Test
    void anIdNumberAlreadyInAnotherHouseholdIsRefusedWithoutSayingWhichOutsideTheRegion() {
        Fixture hekou = RegistryFixtures.rich(port, HEKOU_VILLAGE);
        var byCoordinator = as(port, "shiqiao.coordinator").post("/api/v1/households", household(SHIQIAO,
                List.of(member("王建国", hekou.headIdNumber(), "HEAD"))));
        assertThat(errors(byCoordinator))
                .containsExactly(Map.entry("members[0].idNumber", "is already registered in another household"));
        assertThat(byCoordinator.body()).doesNotContain(Long.toString(hekou.householdId()));

        var byAdmin = admin().post("/api/v1/households", household(SHIQIAO,
                List.of(member("王建国", hekou.headIdNumber(), "HEAD"))));
        assertThat(errors(byAdmin).get("members[0].idNumber")).contains("household " + hekou.householdId());
    }

    @Test
    void aPersonWhoMovesLeavesTheOldHouseholdAndKeepsTheirHistoryAndFacts() {
        Fixture from = RegistryFixtures.rich(port, SHIQIAO);
        Fixture to = RegistryFixtures.rich(port, SHIQIAO);
        Map<String, Object> mover = member("王建国", from.headIdNumber(), "OTHER");
        mover.put("since", "2026-03-01");
        mover.put("reason", "随子女生活");
        var moved = as(port, "qingshan.town.caseworker").post(to.path("/members"), mover);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        assertThat(moved.json().get("personId").asLong()).isEqualTo(from.headId());
        assertThat(moved.json().get("since").asString()).isEqualTo("2026-03-01");
        assertThat(moved.json().get("incomes").get(0).get("id").asLong()).isEqualTo(from.incomeId());

        JsonNode old = admin().get(from.path("")).json();
        assertThat(old.get("members")).hasSize(1);
        JsonNode left = history(old, from.headId());
        assertThat(left.get("from").asString()).isEqualTo("2015-03-01");
        assertThat(left.get("to").asString()).isEqualTo("2026-03-01");
        assertThat(left.get("reason").asString()).isEqualTo("随子女生活");
        assertThat(admin().get(from.path("/members/" + from.headId())).status()).isEqualTo(404);

        JsonNode now = admin().get(to.path("")).json();
        assertThat(now.get("members")).hasSize(3);
        JsonNode joined = history(now, from.headId());
        assertThat(joined.get("from").asString()).isEqualTo("2026-03-01");
        assertThat(joined.get("to").isNull()).isTrue();
        assertThat(ids(admin().get("/api/v1/households?idNumber=" + from.headIdNumber())))
                .containsExactly(to.householdId());
    }

    private static JsonNode history(JsonNode household, long personId) {
        for (JsonNode m : household.get("history")) {
            if (m.get("personId").asLong() == personId) {
                return m;
            }
        }
        throw new AssertionError("no history of person " + personId + " in " + household);
    }

    @Test
    void aMoveIsRefusedWhenTheNameIsNotTheRegisteredOneOrTheDateIsBeforeTheLastChange() {
        Fixture from = RegistryFixtures.rich(port, SHIQIAO);
        Fixture to = RegistryFixtures.rich(port, SHIQIAO);
        Map<String, Object> wrongName = member("王建军", from.headIdNumber(), "OTHER");
        assertThat(errors(admin().post(to.path("/members"), wrongName))).containsOnlyKeys("name");
        Map<String, Object> tooEarly = member("王建国", from.headIdNumber(), "OTHER");
        tooEarly.put("since", "2014-01-01");
        assertThat(errors(admin().post(to.path("/members"), tooEarly)).get("since")).contains("2015-03-01");
        assertThat(admin().get(from.path("/members/" + from.headId())).status()).isEqualTo(200);
    }

    @Test
    void aRemovedMemberLeavesWithTheReasonAndCanJoinAgainLater() {
        Fixture f = RegistryFixtures.rich(port, SHIQIAO);
        assertThat(errors(admin().delete(f.path("/members/" + f.spouseId())))).containsOnlyKeys("reason");
        var removed = admin().delete(f.path("/members/" + f.spouseId() + "?reason=%E5%A4%96%E5%AB%81&on=2026-01-15"));
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(admin().get(f.path("/members/" + f.spouseId())).status()).isEqualTo(404);
        JsonNode left = history(admin().get(f.path("")).json(), f.spouseId());
        assertThat(left.get("to").asString()).isEqualTo("2026-01-15");
        assertThat(left.get("reason").asString()).isEqualTo("外嫁");

        Map<String, Object> back = member("李秀英", f.spouseIdNumber(), "SPOUSE");
        back.put("since", "2026-02-01");
        var rejoined = admin().post(f.path("/members"), back);
        assertThat(rejoined.status()).as(rejoined.toString()).isEqualTo(201);
        assertThat(rejoined.json().get("personId").asLong()).isEqualTo(f.spouseId());
        assertThat(admin().get(f.path("")).json().get("history")).hasSize(3);
    }

    @Test
    void aSecondHeadIsRefused() {
        Fixture f = RegistryFixtures.rich(port, SHIQIAO);
        assertThat(errors(admin().post(f.path("/members"), member("新户主", newIdNumber(), "HEAD"))).get("relation"))
                .contains("王建国");
        Map<String, Object> spouseAsHead = new LinkedHashMap<>();
        spouseAsHead.put("version", 0);
        spouseAsHead.put("name", "李秀英");
        spouseAsHead.put("relation", "HEAD");
        assertThat(errors(admin().put(f.path("/members/" + f.spouseId()), spouseAsHead))).containsOnlyKeys("relation");
    }

    @Test
    void aHouseholdThatMovesToAnotherVillageLeavesTheOldVillagesView() {
        Fixture f = RegistryFixtures.rich(port, SHIQIAO);
        Api county = as(port, "qingshan.county");
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("version", county.get(f.path("")).json().get("version").asInt());
        change.put("regionCode", "990122101202");
        change.put("address", "杨柳村 1 组");
        change.put("residence", "RURAL");
        assertThat(errors(county.put(f.path(""), change)).get("regionCode")).contains("inside your own region");

        change.put("regionCode", "990121101202");
        var moved = county.put(f.path(""), change);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("regionCode").asString()).isEqualTo("990121101202");
        assertThat(as(port, "shiqiao.coordinator").get(f.path("")).status()).isEqualTo(404);
        assertThat(ids(county.get("/api/v1/households?region=990121101202&idNumber=" + f.spouseIdNumber())))
                .containsExactly(f.householdId());
    }

    @Test
    void aChangeBasedOnAnOldVersionIsAConflict() {
        Fixture f = RegistryFixtures.rich(port, SHIQIAO);
        int version = admin().get(f.path("")).json().get("version").asInt();
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("version", version);
        change.put("address", "新地址 1 号");
        change.put("residence", "RURAL");
        change.put("categories", List.of("DIBAO", "MONITORED"));
        change.put("causes", List.of("ILLNESS"));
        var first = as(port, "qingshan.town.caseworker").put(f.path(""), change);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("address").asString()).isEqualTo("新地址 1 号");
        assertThat(first.json().get("causes").get(0).asString()).isEqualTo("ILLNESS");
        assertThat(first.json().get("version").asInt()).isGreaterThan(version);

        change.put("address", "另一个地址");
        var second = as(port, "shiqiao.coordinator").put(f.path(""), change);
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(admin().get(f.path("")).json().get("address").asString()).isEqualTo("新地址 1 号");

        change.remove("version");
        assertThat(errors(admin().put(f.path(""), change))).containsOnlyKeys("version");
    }

    @Test
    void aMemberChangeBasedOnAnOldVersionIsAConflictAndABankAccountIsShownMasked() {
        Fixture f = RegistryFixtures.rich(port, SHIQIAO);
        int version = admin().get(f.path("/members/" + f.spouseId())).json().get("version").asInt();
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("version", version);
        change.put("name", "李秀英");
        change.put("relation", "SPOUSE");
        change.put("bankName", "示范农商银行");
        change.put("bankAccount", "6222 0202 0011 2233 445");
        var changed = admin().put(f.path("/members/" + f.spouseId()), change);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("bankAccountMasked").asString()).isEqualTo("***************3445");
        assertThat(changed.body()).doesNotContain("6222020200112233445");
        assertThat(admin().put(f.path("/members/" + f.spouseId()), change).status()).isEqualTo(409);
    }

    @Test
    void revealingAnIdNumberIsAuditedAndRefusedToACoordinator() {
        Fixture f = RegistryFixtures.rich(port, SHIQIAO);
        var refused = as(port, "shiqiao.coordinator").get(f.path("/members/" + f.headId() + "/id-number"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(f.headIdNumber());

        var revealed = as(port, "qingshan.town.caseworker").get(f.path("/members/" + f.headId() + "/id-number"));
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.json().get("idNumber").asString()).isEqualTo(f.headIdNumber());

        JsonNode reads = admin().get("/api/v1/audit?entityType=person&entityId=" + f.headId()).json().get("items");
        List<String> readers = new ArrayList<>();
        reads.forEach(e -> {
            if (e.get("action").asString().equals("read.person")) {
                readers.add(e.get("actor").asString());
            }
        });
        assertThat(readers).containsExactly("qingshan.town.caseworker");
    }

    @Test
    void theAuditLogRecordsEveryWriteWithoutAFullIdNumber() {
        Fixture f = RegistryFixtures.rich(port, SHIQIAO);
        var audit = admin().get("/api/v1/audit?entityType=household&entityId=" + f.householdId());
        assertThat(audit.status()).isEqualTo(200);
        JsonNode entry = audit.json().get("items").get(0);
        assertThat(entry.get("action").asString()).isEqualTo("household.create");
        assertThat(entry.get("actor").asString()).isEqualTo("admin");
        assertThat(entry.get("after").asString()).contains(Masking.idNumber(f.headIdNumber()));
        assertThat(audit.body()).doesNotContain(f.headIdNumber()).doesNotContain(f.spouseIdNumber());

        admin().post(f.path("/members/" + f.headId() + "/incomes"),
                Map.of("type", "PENSION", "monthly", "800", "from", "2026-01"));
        JsonNode incomeAudit = admin().get("/api/v1/audit?entityType=income_item").json().get("items").get(0);
        assertThat(incomeAudit.get("action").asString()).isEqualTo("income.add");
        assertThat(incomeAudit.get("regionCode").asString()).isEqualTo(SHIQIAO);
    }

    @Test
    void aVillageCoordinatorRegistersHouseholdsInTheirOwnVillageOnly() {
        Map<String, Object> form = household(null, List.of(member("赵村民", newIdNumber(), "HEAD")));
        form.remove("regionCode");
        var created = as(port, "shiqiao.coordinator").post("/api/v1/households", form);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("regionCode").asString()).isEqualTo(SHIQIAO);

        form.put("regionCode", "990121101202");
        form.put("members", List.of(member("钱村民", newIdNumber(), "HEAD")));
        assertThat(errors(as(port, "shiqiao.coordinator").post("/api/v1/households", form)).get("regionCode"))
                .contains("inside your own region");
        form.put("regionCode", "990121101000");
        assertThat(errors(as(port, "qingshan.county").post("/api/v1/households", form)).get("regionCode"))
                .contains("village");
        form.remove("regionCode");
        assertThat(errors(as(port, "qingshan.county").post("/api/v1/households", form))).containsKey("regionCode");
    }

    @Test
    void factsAreEndedNotDeletedAndAFactOfAKindDoesNotOverlapAnother() {
        Fixture f = RegistryFixtures.rich(port, SHIQIAO);
        String member = f.path("/members/" + f.headId());
        var overlapping = admin().post(member + "/facts", Map.of("kind", "SCHOOLING", "value", "COMPULSORY",
                "from", "2024-09-01"));
        assertThat(errors(overlapping).get("from")).contains("overlaps the SCHOOLING fact from 2020-01-01");
        var otherKind = admin().post(member + "/facts", Map.of("kind", "LABOUR_CAPACITY", "value", "PARTIAL",
                "from", "2024-09-01"));
        assertThat(otherKind.status()).as(otherKind.toString()).isEqualTo(201);

        assertThat(errors(admin().post(member + "/facts/" + f.factId() + "/end", Map.of("to", "2019-12-31"))))
                .containsOnlyKeys("to");
        var ended = admin().post(member + "/facts/" + f.factId() + "/end", Map.of("to", "2024-08-31"));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().get("to").asString()).isEqualTo("2024-08-31");
        assertThat(admin().post(member + "/facts/" + f.factId() + "/end", Map.of("to", "2024-09-30")).status())
                .isEqualTo(409);
        var next = admin().post(member + "/facts", Map.of("kind", "SCHOOLING", "value", "COMPULSORY",
                "from", "2024-09-01"));
        assertThat(next.status()).as(next.toString()).isEqualTo(201);

        var income = admin().post(member + "/incomes/" + f.incomeId() + "/end", Map.of("to", "2026-02"));
        assertThat(income.json().get("to").asString()).isEqualTo("2026-02");
        assertThat(errors(admin().post(member + "/incomes", Map.of("type", "WAGE", "monthly", "1", "from", "2026-1"))))
                .containsOnlyKeys("from");

        var expense = admin().post(f.path("/expenses"), Map.of("personId", String.valueOf(f.spouseId()),
                "kind", "MEDICAL", "amount", "3200.00", "month", "2026-04"));
        assertThat(expense.status()).as(expense.toString()).isEqualTo(201);
        assertThat(errors(admin().post(f.path("/expenses"), Map.of("personId", "1", "kind", "MEDICAL",
                "amount", "1", "month", "2026-04")))).containsOnlyKeys("personId");
        JsonNode detail = admin().get(f.path("")).json();
        assertThat(detail.get("expenses").get(0).get("amount").decimalValue()).isEqualByComparingTo("3200");
        assertThat(detail.get("members").get(0).get("facts")).hasSize(3);
    }
}
