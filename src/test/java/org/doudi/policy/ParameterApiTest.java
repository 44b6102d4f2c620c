package org.doudi.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.doudi.audit.AuditEntry;
import org.doudi.audit.AuditTrail;
import org.doudi.region.RegionScope;
import org.doudi.shared.Today;
import org.doudi.testing.Api;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Parameters over HTTP, with maker-checker. Each test works on dates of its own, years ahead, so
 * that the tests do not see each other's changes.
 */
@DoudiTest
class ParameterApiTest {

    static final String PROVINCE = "990000000000";
    static final String CITY = "990100000000";
    static final String QINGSHAN = "990121000000";
    static final String HEKOU = "990122000000";
    static final String SHIQIAO_VILLAGE = "990121101201";
    static final String RURAL = "dibao.standard.rural";

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    /** The first of January some years ahead: a date no other test uses. */
    static LocalDate yearsAhead(int years) {
        return LocalDate.of(Today.in(Clock.systemUTC()).getYear() + years, 1, 1);
    }

    Api as(String user) {
        return Api.as(port, user);
    }

    JsonNode resolve(String user, String name, String region, LocalDate date) {
        var r = as(user).get("/api/v1/parameters/" + name + "/resolve?region=" + region + "&date=" + date);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static Map<String, Object> proposal(String region, Object since, Object value, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("regionCode", region);
        body.put("since", since == null ? null : since.toString());
        body.put("value", value);
        body.put("reason", reason);
        return body;
    }

    long propose(String user, String name, String region, LocalDate since, Object value) {
        var r = as(user).post("/api/v1/parameters/" + name + "/proposals",
                proposal(region, since, value, "青民发〔" + since.getYear() + "〕1号"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("status").asString()).isEqualTo("PROPOSED");
        return r.json().get("id").asLong();
    }

    static List<String> fields(Api.Response r) {
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    // ------------------------------------------------------------------ the demo set

    @Test
    void theDemoSetIsInForceQingshanHasItsOwnRuralStandardAndHekouTheCitys() {
        JsonNode qingshan = resolve("qingshan.county", RURAL, QINGSHAN, LocalDate.of(2026, 6, 1));
        assertThat(qingshan.get("inForce").asBoolean()).isTrue();
        assertThat(qingshan.get("value").asString()).isEqualTo("650");
        assertThat(qingshan.get("entry").get("regionCode").asString()).isEqualTo(QINGSHAN);
        assertThat(qingshan.get("entry").get("since").asString()).isEqualTo("2026-01-01");

        JsonNode hekou = resolve("hekou.county", RURAL, HEKOU, LocalDate.of(2026, 6, 1));
        assertThat(hekou.get("value").asString()).isEqualTo("620");
        assertThat(hekou.get("entry").get("regionCode").asString()).isEqualTo(CITY);

        JsonNode ratio = resolve("shiqiao.coordinator", "dibao.employment_cost.ratio", SHIQIAO_VILLAGE,
                LocalDate.of(2026, 6, 1));
        assertThat(ratio.get("value").asString()).isEqualTo("0.20");
    }

    @Test
    void aParameterWithoutAnEntryOnTheDateIsAnsweredAsNotInForce() {
        JsonNode before = resolve("qingshan.county", "monitoring.line", QINGSHAN, LocalDate.of(2020, 12, 31));
        assertThat(before.get("inForce").asBoolean()).isFalse();
        assertThat(before.get("reason").asString()).isEqualTo("NOT_IN_FORCE");
        assertThat(before.get("value").isNull()).isTrue();

        JsonNode from = resolve("qingshan.county", "monitoring.line", QINGSHAN, LocalDate.of(2021, 1, 1));
        assertThat(from.get("inForce").asBoolean()).isTrue();
        assertThat(from.get("value").asString()).isEqualTo("6500");
        assertThat(from.get("entry").get("regionCode").asString()).isEqualTo(PROVINCE);
    }

    @Test
    void theListOfParametersShowsEachWithItsCurrentValueForTheCallersRegion() {
        var r = as("qingshan.county").get("/api/v1/parameters");
        assertThat(r.status()).isEqualTo(200);
        JsonNode rural = null;
        for (JsonNode p : r.json()) {
            if (p.get("name").asString().equals(RURAL)) {
                rural = p;
            }
        }
        assertThat(rural).isNotNull();
        assertThat(rural.get("unit").asString()).isEqualTo("yuan per person per month");
        assertThat(rural.get("inForce").asBoolean()).isTrue();
        JsonNode direct = resolve("qingshan.county", RURAL, QINGSHAN, Today.in(Clock.systemUTC()));
        assertThat(rural.get("value").asString()).isEqualTo(direct.get("value").asString());
        assertThat(rural.get("entry").get("regionCode").asString())
                .isEqualTo(direct.get("entry").get("regionCode").asString());
    }

    @Test
    void theDemoSetWasLoadedAsOneAuditedImportBySystem() {
        List<AuditEntry> loads = audit.search(RegionScope.of(PROVINCE), "parameter_import",
                "policy/demo-parameters.yaml", null, 0, 10);
        assertThat(loads).hasSize(1);
        assertThat(loads.get(0).actor()).isEqualTo("system");
        assertThat(loads.get(0).action()).isEqualTo("parameter.load");
        assertThat(loads.get(0).after()).contains("dibao.standard.rural");
    }

    @Test
    void unknownParametersAndRegionsOutsideTheCallersReachAreNotFound() {
        assertThat(as("qingshan.county").get("/api/v1/parameters/no.such.thing/resolve").status()).isEqualTo(404);
        assertThat(as("hekou.county").get("/api/v1/parameters/" + RURAL + "/resolve?region=" + QINGSHAN).status())
                .isEqualTo(404);
        // the ancestors' figures are readable: they apply to the caller
        assertThat(as("hekou.county").get("/api/v1/parameters/" + RURAL + "/resolve?region=" + CITY).status())
                .isEqualTo(200);
    }

    // ------------------------------------------------------------------ maker-checker

    @Test
    void aNewRuralStandardForQingshanTakesEffectOnlyOnceAnotherUserApprovesIt() {
        LocalDate from = yearsAhead(2);
        String valueBefore = resolve("qingshan.county", RURAL, QINGSHAN, from).get("value").asString();
        String hekouBefore = resolve("hekou.county", RURAL, HEKOU, from).get("value").asString();

        long id = propose("qingshan.county", RURAL, QINGSHAN, from, "720");

        JsonNode pending = resolve("qingshan.county", RURAL, QINGSHAN, from);
        assertThat(pending.get("value").asString()).isEqualTo(valueBefore);

        var self = as("qingshan.county").post("/api/v1/parameter-proposals/" + id + "/approve", Map.of());
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.json().get("detail").asString()).contains("another user must approve");
        assertThat(resolve("qingshan.county", RURAL, QINGSHAN, from).get("value").asString()).isEqualTo(valueBefore);

        var approved = as("admin").post("/api/v1/parameter-proposals/" + id + "/approve",
                Map.of("reason", "checked against the county's notice"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("decidedBy").asString()).isEqualTo("admin");
        assertThat(approved.json().get("proposedBy").asString()).isEqualTo("qingshan.county");

        JsonNode onTheDay = resolve("qingshan.county", RURAL, QINGSHAN, from);
        assertThat(onTheDay.get("value").asString()).isEqualTo("720");
        assertThat(onTheDay.get("entry").get("regionCode").asString()).isEqualTo(QINGSHAN);
        assertThat(onTheDay.get("entry").get("since").asString()).isEqualTo(from.toString());
        assertThat(resolve("qingshan.county", RURAL, QINGSHAN, from.plusMonths(5)).get("value").asString())
                .isEqualTo("720");
        assertThat(resolve("shiqiao.coordinator", RURAL, SHIQIAO_VILLAGE, from).get("value").asString())
                .isEqualTo("720");
        JsonNode dayBefore = resolve("qingshan.county", RURAL, QINGSHAN, from.minusDays(1));
        assertThat(dayBefore.get("value").asString()).isEqualTo(valueBefore);
        assertThat(resolve("hekou.county", RURAL, HEKOU, from).get("value").asString()).isEqualTo(hekouBefore);

        List<String> actions = audit.search(RegionScope.of(PROVINCE), "parameter_entry", Long.toString(id), null, 0, 10)
                .stream().map(AuditEntry::action).toList();
        assertThat(actions).containsExactly("parameter.approve", "parameter.propose");
    }

    @Test
    void theHistoryKeepsTheOldEntryNextToTheNewOneWithWhoAndWhen() {
        LocalDate from = yearsAhead(3);
        long id = propose("qingshan.county", RURAL, QINGSHAN, from, 730);
        assertThat(as("admin").post("/api/v1/parameter-proposals/" + id + "/approve", Map.of()).status()).isEqualTo(200);

        var r = as("qingshan.county").get("/api/v1/parameters/" + RURAL + "/history?region=" + SHIQIAO_VILLAGE);
        assertThat(r.status()).isEqualTo(200);
        JsonNode old = null;
        JsonNode added = null;
        for (JsonNode e : r.json()) {
            if (e.get("regionCode").asString().equals(QINGSHAN) && e.get("since").asString().equals("2026-01-01")) {
                old = e;
            }
            if (e.get("id").asLong() == id) {
                added = e;
            }
        }
        assertThat(old).as("the 2026 entry of 青山县 is still listed").isNotNull();
        assertThat(old.get("value").asString()).isEqualTo("650");
        assertThat(old.get("status").asString()).isEqualTo("APPROVED");
        assertThat(added.get("value").asString()).isEqualTo("730");
        assertThat(added.get("proposedBy").asString()).isEqualTo("qingshan.county");
        assertThat(added.get("decidedBy").asString()).isEqualTo("admin");
        assertThat(added.get("decidedAt").asString()).isNotBlank();
        assertThat(r.body()).contains("\"regionCode\":\"" + CITY + "\"").doesNotContain(HEKOU);
    }

    @Test
    void aSecondFigureForAnApprovedDateIsRefusedTheApprovedEntryIsNeverOverwritten() {
        LocalDate from = yearsAhead(4);
        long first = propose("qingshan.county", RURAL, QINGSHAN, from, "740");
        long rival = propose("qingshan.county", RURAL, QINGSHAN, from, "745");
        assertThat(as("admin").post("/api/v1/parameter-proposals/" + first + "/approve", Map.of()).status())
                .isEqualTo(200);

        var again = as("qingshan.county").post("/api/v1/parameters/" + RURAL + "/proposals",
                proposal(QINGSHAN, from, "750", "correction"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(fields(again)).containsExactly("since");

        var rivalApproval = as("admin").post("/api/v1/parameter-proposals/" + rival + "/approve", Map.of());
        assertThat(rivalApproval.status()).isEqualTo(409);
        assertThat(rivalApproval.json().get("detail").asString()).contains("never overwritten");
        assertThat(resolve("qingshan.county", RURAL, QINGSHAN, from).get("value").asString()).isEqualTo("740");
    }

    @Test
    void aChangeWhoseDateHasPassedCannotBeApprovedHistoryIsNotRewritten() {
        LocalDate yesterday = Today.in(Clock.systemUTC()).minusDays(1);
        // a proposal made earlier, whose effective date has passed while it waited
        jdbc.sql("""
                insert into parameter_entry (name, region_code, effective_date, value_text, status, reason,
                                             proposed_by, proposed_at)
                values (?, ?, ?, '777', 'PROPOSED', 'waited too long', 'qingshan.county', ?)
                """).params(RURAL, QINGSHAN, yesterday, Timestamp.from(Instant.now().minusSeconds(86400 * 3)))
                .update();
        long id = jdbc.sql("select max(id) from parameter_entry where value_text = '777'").query(Long.class).single();
        String valueBefore = resolve("qingshan.county", RURAL, QINGSHAN, yesterday).get("value").asString();

        var r = as("admin").post("/api/v1/parameter-proposals/" + id + "/approve", Map.of());
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("detail").asString()).contains("retroactively");
        assertThat(as("admin").get("/api/v1/parameter-proposals/" + id).json().get("status").asString())
                .isEqualTo("PROPOSED");
        assertThat(resolve("qingshan.county", RURAL, QINGSHAN, yesterday).get("value").asString()).isEqualTo(valueBefore);

        var rejected = as("admin").post("/api/v1/parameter-proposals/" + id + "/reject",
                Map.of("reason", "its date has passed; propose it from today"));
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
    }

    @Test
    void aProposalDatedBeforeTodayIsRefusedAtOnce() {
        var r = as("qingshan.county").post("/api/v1/parameters/" + RURAL + "/proposals",
                proposal(QINGSHAN, LocalDate.of(2025, 1, 1), "800", "back pay"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("since");
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("retroactively");
    }

    @Test
    void hekouCountyCannotProposeForQingshanNorSeeOrDecideQingshansProposals() {
        LocalDate from = yearsAhead(5);
        var r = as("hekou.county").post("/api/v1/parameters/" + RURAL + "/proposals",
                proposal(QINGSHAN, from, "760", "not ours"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("regionCode");
        // exactly the answer for a region that does not exist
        var unknown = as("hekou.county").post("/api/v1/parameters/" + RURAL + "/proposals",
                proposal("990199000000", from, "760", "nowhere"));
        assertThat(unknown.json().get("errors")).isEqualTo(r.json().get("errors"));

        long id = propose("qingshan.county", RURAL, QINGSHAN, from, "760");
        assertThat(as("hekou.county").get("/api/v1/parameter-proposals/" + id).status()).isEqualTo(404);
        assertThat(as("hekou.county").post("/api/v1/parameter-proposals/" + id + "/approve", Map.of()).status())
                .isEqualTo(404);
        assertThat(as("hekou.county").get("/api/v1/parameter-proposals").body()).doesNotContain("\"id\":" + id + ",");
        assertThat(as("qingshan.county").get("/api/v1/parameter-proposals").body()).contains("\"id\":" + id + ",");
        assertThat(as("admin").get("/api/v1/parameter-proposals?status=PROPOSED").body()).contains("\"id\":" + id + ",");
    }

    @Test
    void rolesThatDoNotSetParametersMayReadButNotPropose() {
        var r = as("qingshan.town.caseworker").post("/api/v1/parameters/" + RURAL + "/proposals",
                proposal("990121101000", yearsAhead(6), "770", "town wish"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(as("city.supervisor").post("/api/v1/parameters/" + RURAL + "/proposals",
                proposal(CITY, yearsAhead(6), "770", "supervisor wish")).status()).isEqualTo(403);
        assertThat(as("qingshan.town.caseworker").get("/api/v1/parameters/" + RURAL + "/resolve").status())
                .isEqualTo(200);
    }

    @Test
    void aBadProposalNamesEveryFieldAtFault() {
        var unknown = as("qingshan.county").post("/api/v1/parameters/no.such.parameter/proposals",
                proposal(HEKOU, "2027-13-45", "700", " "));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(fields(unknown)).containsExactlyInAnyOrder("name", "regionCode", "since", "reason");

        var money = as("qingshan.county").post("/api/v1/parameters/" + RURAL + "/proposals",
                proposal(HEKOU, "next year", "six hundred", "raise"));
        assertThat(money.status()).isEqualTo(400);
        assertThat(fields(money)).containsExactlyInAnyOrder("regionCode", "since", "value");

        var rate = as("admin").post("/api/v1/parameters/dibao.employment_cost.ratio/proposals",
                proposal(PROVINCE, yearsAhead(7), 20, "twenty per cent"));
        assertThat(fields(rate)).containsExactly("value");

        var noValue = as("qingshan.county").post("/api/v1/parameters/" + RURAL + "/proposals",
                Map.of("regionCode", QINGSHAN, "since", yearsAhead(7).toString(), "reason", "forgot"));
        assertThat(fields(noValue)).containsExactly("value");
    }

    @Test
    void aCapOfNoneCanBeProposedAsNull() {
        LocalDate from = yearsAhead(8);
        long id = propose("admin", "medical.cap.dibao", CITY, from, null);
        assertThat(as("admin").get("/api/v1/parameter-proposals/" + id).json().get("value").isNull()).isTrue();
        var decided = as("city.supervisor").post("/api/v1/parameter-proposals/" + id + "/approve", Map.of());
        assertThat(decided.status()).isEqualTo(403);
    }

    @Test
    void theProposerMayWithdrawButNobodyElseAndAWithdrawnChangeCannotBeApproved() {
        LocalDate from = yearsAhead(9);
        long id = propose("qingshan.county", RURAL, QINGSHAN, from, "780");
        var byOther = as("admin").post("/api/v1/parameter-proposals/" + id + "/withdraw", Map.of());
        assertThat(byOther.status()).isEqualTo(403);
        assertThat(byOther.json().get("detail").asString()).contains("Only the proposer");

        var withdrawn = as("qingshan.county").post("/api/v1/parameter-proposals/" + id + "/withdraw", Map.of());
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(as("admin").post("/api/v1/parameter-proposals/" + id + "/approve", Map.of()).status())
                .isEqualTo(409);
        assertThat(resolve("qingshan.county", RURAL, QINGSHAN, from).get("value").asString()).isNotEqualTo("780");
    }

    @Test
    void aRejectionNeedsAReasonAndLeavesTheFigureAsItWas() {
        LocalDate from = yearsAhead(10);
        String before = resolve("qingshan.county", RURAL, QINGSHAN, from).get("value").asString();
        long id = propose("qingshan.county", RURAL, QINGSHAN, from, "790");
        var noReason = as("admin").post("/api/v1/parameter-proposals/" + id + "/reject", Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactly("reason");
        var own = as("qingshan.county").post("/api/v1/parameter-proposals/" + id + "/reject", Map.of("reason", "oops"));
        assertThat(own.status()).isEqualTo(403);

        var rejected = as("admin").post("/api/v1/parameter-proposals/" + id + "/reject",
                Map.of("reason", "the county's budget does not cover it"));
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("decisionReason").asString()).contains("budget");
        assertThat(resolve("qingshan.county", RURAL, QINGSHAN, from).get("value").asString()).isEqualTo(before);
    }

    @Test
    void theDatabaseItselfRefusesASecondApprovedEntryForTheSameDayWhileProposalsMayCoexist() {
        LocalDate day = yearsAhead(13);
        String insert = """
                insert into parameter_entry (name, region_code, effective_date, value_text, status, reason, proposed_by,
                                             proposed_at, decided_by, decided_at, approved_effective_date)
                values (?, ?, ?, ?, ?, 'constraint test', 'qingshan.county', current_timestamp, ?, ?, ?)
                """;
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql(insert).params(RURAL, HEKOU, day, "1", "PROPOSED", null, null, null).update();
        jdbc.sql(insert).params(RURAL, HEKOU, day, "2", "PROPOSED", null, null, null).update();
        jdbc.sql(insert).params(RURAL, HEKOU, day, "3", "APPROVED", "admin", now, day).update();
        assertThatThrownBy(() ->
                        jdbc.sql(insert).params(RURAL, HEKOU, day, "4", "APPROVED", "admin", now, day).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        // an approved row must carry its date in the unique column, so the constraint cannot be dodged
        assertThatThrownBy(() ->
                        jdbc.sql(insert).params(RURAL, HEKOU, day, "5", "APPROVED", "admin", now, null).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    // ------------------------------------------------------------------ export and import

    @Test
    void theExportHoldsOnlyTheRegionsOwnApprovedEntriesAndReadsBackAsAParameterFile() {
        var r = as("qingshan.county").get("/api/v1/parameters/export?region=" + QINGSHAN);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/yaml");
        ParameterFile file = ParameterFile.read(r.body());
        assertThat(file.entries()).isNotEmpty().allMatch(e -> e.regionCode().equals(QINGSHAN));
        assertThat(file.entries()).contains(
                new ParameterEntry(RURAL, QINGSHAN, LocalDate.of(2026, 1, 1), "650"),
                new ParameterEntry("tekun.basic_living.yearly.centralised", QINGSHAN, LocalDate.of(2018, 1, 1), "5500"));
        assertThat(file.definitions()).extracting(ParameterDefinition::name).doesNotContain("monitoring.line");
    }

    @Test
    void anImportedFileBecomesProposalsOnlyForItsNewRows() {
        LocalDate from = yearsAhead(11);
        String exported = as("qingshan.county").get("/api/v1/parameters/export?region=" + QINGSHAN).body();
        int existing = ParameterFile.read(exported).entries().size();
        String edited = exported + """
                dibao.standard.urban:
                  description: "城市低保标准 urban minimum-living standard"
                  unit: "yuan per person per month"
                  values:
                    "990121000000": {"%s": 900.50}
                """.formatted(from);

        var r = as("qingshan.county").post("/api/v1/parameters/import?region=" + QINGSHAN + "&reason=county+notice", edited);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("proposed")).hasSize(1);
        JsonNode proposed = r.json().get("proposed").get(0);
        assertThat(proposed.get("name").asString()).isEqualTo("dibao.standard.urban");
        assertThat(proposed.get("value").asString()).isEqualTo("900.50");
        assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(proposed.get("reason").asString()).isEqualTo("county notice");
        assertThat(r.json().get("unchanged").asInt()).isEqualTo(existing);
        assertThat(resolve("qingshan.county", "dibao.standard.urban", QINGSHAN, from).get("value").asString())
                .isNotEqualTo("900.50");

        var again = as("qingshan.county").post("/api/v1/parameters/import?region=" + QINGSHAN, edited);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("proposed")).isEmpty();
        assertThat(again.json().get("alreadyProposed").asInt()).isEqualTo(1);

        long id = proposed.get("id").asLong();
        assertThat(as("admin").post("/api/v1/parameter-proposals/" + id + "/approve", Map.of()).status()).isEqualTo(200);
        assertThat(resolve("qingshan.county", "dibao.standard.urban", QINGSHAN, from).get("value").asString())
                .isEqualTo("900.50");
    }

    @Test
    void anImportWithBadRowsNamesEachRowAndWritesNothing() {
        LocalDate from = yearsAhead(12);
        String file = """
                dibao.standard.rural:
                  description: rural
                  unit: yuan per person per month
                  values:
                    "990121000000": {"2026-01-01": 660, "%1$s": 800, "%2$s": "eight hundred", "2025-06-01": 640}
                    "990122000000": {"%1$s": 700}
                no.such.parameter:
                  description: invented
                  unit: count
                  values: {"990121000000": {"%1$s": 1}}
                """.formatted(from, from.plusYears(1));
        int pendingBefore = as("qingshan.county").get("/api/v1/parameter-proposals").json().size();

        var r = as("qingshan.county").post("/api/v1/parameters/import?region=" + QINGSHAN, file);
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactlyInAnyOrder(
                "dibao.standard.rural[990121000000][2026-01-01]",
                "dibao.standard.rural[990121000000][" + from.plusYears(1) + "]",
                "dibao.standard.rural[990121000000][2025-06-01]",
                "dibao.standard.rural[990122000000][" + from + "]",
                "no.such.parameter");
        assertThat(as("qingshan.county").get("/api/v1/parameter-proposals").json().size()).isEqualTo(pendingBefore);

        var foreign = as("hekou.county").post("/api/v1/parameters/import?region=" + QINGSHAN, file);
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(fields(foreign)).containsExactly("region");

        var broken = as("qingshan.county").post("/api/v1/parameters/import?region=" + QINGSHAN, "a: [");
        assertThat(fields(broken)).containsExactly("body");
    }
}
