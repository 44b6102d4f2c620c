package org.doudi.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.exchange.Feeds.COUNTY;
import static org.doudi.exchange.Feeds.SHIQIAO;
import static org.doudi.exchange.Feeds.newIdNumber;
import static org.doudi.exchange.Feeds.upload;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/** Department feeds through HTTP, as 青山县's civil-affairs officer sends them. */
@DoudiTest
class FeedImportApiTest {

    static final List<String> DEATHS = List.of("id_number", "name", "event", "date", "certificate_no", "recorded_by");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGoodDeathsFileImportsMatchesTheRegisteredPersonAndReportsTheStranger() {
        String head = newIdNumber();
        JsonNode household = Feeds.household(port, SHIQIAO, List.of(Map.of("name", "赵老汉", "idNumber", head,
                "relation", "HEAD")));
        String stranger = newIdNumber();
        byte[] file = Feeds.csv(DEATHS, List.of(
                List.of(head, "赵老汉", "DEATH", "2026-03-02", "SW2026001", "青山县人民医院"),
                List.of(head, "赵老汉", "火化", "2026/3/5", "HZ2026002", "青山县殡仪馆"),
                List.of(stranger, "钱某", "DEATH", "20260310", "", "")));

        var answer = upload(port, COUNTY, "deaths", null, "deaths-2026-03.csv", file);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonNode i = answer.json();
        assertThat(i.get("status").asString()).isEqualTo("IMPORTED");
        assertThat(i.get("type").asString()).isEqualTo("DEATHS");
        assertThat(i.get("rows").asInt()).isEqualTo(3);
        assertThat(i.get("imported").asInt()).isEqualTo(3);
        assertThat(i.get("rejected").asInt()).isZero();
        assertThat(i.get("duplicates").asInt()).isZero();
        assertThat(i.get("unmatched").asInt()).isEqualTo(1);
        assertThat(i.get("regionCode").asString()).isEqualTo("990121000000");
        long id = i.get("id").asLong();

        var unmatched = Feeds.as(port, COUNTY).get("/api/v1/feeds/" + id + "/unmatched");
        assertThat(unmatched.status()).isEqualTo(200);
        assertThat(unmatched.json().size()).isEqualTo(1);
        assertThat(unmatched.json().get(0).get("row").asInt()).as("the stranger's row in the file").isEqualTo(4);
        assertThat(unmatched.json().get(0).get("idNumberMasked").asString())
                .isEqualTo(stranger.substring(0, 6) + "********" + stranger.substring(14));

        long personId = household.at("/members/0/personId").asLong();
        List<Map<String, Object>> facts = jdbc.queryForList("""
                select code, fact_date, person_id, household_id, region_code from feed_fact
                 where import_id = ? and person_id is not null order by fact_date""", id);
        assertThat(facts).hasSize(2);
        assertThat(facts.get(0)).containsEntry("code", "DEATH").containsEntry("household_id",
                household.get("id").asLong()).containsEntry("region_code", SHIQIAO);
        assertThat(((Number) facts.get(0).get("person_id")).longValue()).isEqualTo(personId);
        assertThat(facts.get(1).get("code")).as("the Chinese label read as its code").isEqualTo("CREMATION");
        assertThat(jdbc.queryForObject("select count(*) from feed_fact where import_id = ? and id_number_hash like '%"
                + "' and region_code = '990121000000'", Long.class, id)).as("the stranger's row is kept, in the county")
                .isEqualTo(1);

        var audit = Feeds.as(port, "admin").get("/api/v1/audit?entityType=feed_import&entityId=" + id);
        assertThat(audit.json().get("items").get(0).get("action").asString()).isEqualTo("feed.import");
    }

    @Test
    void aBadFileRejectedGetsAReportPerRowAndColumnAndChangesNothing() {
        String good = newIdNumber();
        String badCheckDigit = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        List<List<String>> rows = List.of(
                List.of(good, "孙一", "DEATH", "2026-04-01", "", ""),
                List.of(badCheckDigit, "孙二", "DEATH", "2026-04-01", "", ""),
                List.of(newIdNumber(), "孙三", "BURIAL", "2026-02-30", "", ""),
                List.of(newIdNumber(), "", "DEATH", "2099-01-01", "", ""));
        long factsBefore = jdbc.queryForObject("select count(*) from feed_fact", Long.class);

        var answer = upload(port, COUNTY, "deaths", "reject-file", "bad.csv", Feeds.csv(DEATHS, rows));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode p = answer.json();
        assertThat(p.get("rows").asInt()).isEqualTo(4);
        assertThat(p.get("rejected").asInt()).isEqualTo(3);
        List<String> errors = new ArrayList<>();
        p.get("errors").forEach(e -> errors.add(e.get("row").asInt() + " " + e.get("column").asString()));
        assertThat(errors).containsExactly("3 id_number", "4 event", "4 date", "5 name", "5 date");
        assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("row 3: id_number");
        assertThat(p.get("errors").get(0).get("message").asString()).contains("check digit");
        assertThat(jdbc.queryForObject("select count(*) from feed_fact", Long.class))
                .as("nothing written").isEqualTo(factsBefore);

        long id = p.get("importId").asLong();
        var recorded = Feeds.as(port, COUNTY).get("/api/v1/feeds/" + id);
        assertThat(recorded.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(recorded.json().get("imported").asInt()).isZero();
        assertThat(recorded.json().get("problems").size()).isEqualTo(5);

        var report = Feeds.download(port, COUNTY, "/api/v1/feeds/" + id + "/report.csv");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String text = new String(report.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFrow,column,kind,message\n").contains("3,id_number,ERROR,")
                .contains("4,date,ERROR,must be a date").contains("5,date,ERROR,is in the future");

        var again = upload(port, COUNTY, "deaths", "reject-file", "bad-again.csv", Feeds.csv(DEATHS, rows));
        assertThat(again.status()).as("a rejected file may be sent again and is rejected again").isEqualTo(400);

        var goodAlone = upload(port, COUNTY, "deaths", null, "good.csv", Feeds.csv(DEATHS, List.of(rows.get(0))));
        assertThat(goodAlone.json().get("imported").asInt()).as("the good row was not written before").isEqualTo(1);
    }

    @Test
    void importGoodStoresOnlyTheGoodRowsAndListsTheBadOnes() {
        List<List<String>> rows = List.of(
                List.of(newIdNumber(), "周一", "DEATH", "2026-05-01", "", ""),
                List.of("12345", "周二", "DEATH", "2026-05-01", "", ""),
                List.of(newIdNumber(), "周三", "CREMATION", "2026-05-03", "", ""));

        var answer = upload(port, COUNTY, "deaths", "import-good", "mixed.csv", Feeds.csv(DEATHS, rows));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonNode i = answer.json();
        assertThat(i.get("mode").asString()).isEqualTo("IMPORT_GOOD");
        assertThat(i.get("imported").asInt()).isEqualTo(2);
        assertThat(i.get("rejected").asInt()).isEqualTo(1);
        assertThat(i.at("/problems/0/row").asInt()).isEqualTo(3);
        assertThat(i.at("/problems/0/column").asString()).isEqualTo("id_number");
        assertThat(jdbc.queryForList("select name from feed_fact where import_id = ? order by row_no", String.class,
                i.get("id").asLong())).containsExactly("周一", "周三");
    }

    @Test
    void importingTheSameFileTwiceAddsNothingAndOverlappingFilesAddOnlyNewRows() {
        List<String> first = List.of(newIdNumber(), "吴一", "DEATH", "2026-06-01", "", "");
        List<String> second = List.of(newIdNumber(), "吴二", "DEATH", "2026-06-02", "", "");
        byte[] file = Feeds.csv(DEATHS, List.of(first, second));
        assertThat(upload(port, COUNTY, "deaths", null, "june.csv", file).status()).isEqualTo(201);
        long facts = jdbc.queryForObject("select count(*) from feed_fact", Long.class);

        var again = upload(port, COUNTY, "deaths", null, "june-copy.csv", file);

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("imported already");
        assertThat(jdbc.queryForObject("select count(*) from feed_fact", Long.class)).isEqualTo(facts);

        List<String> third = List.of(newIdNumber(), "吴三", "DEATH", "2026-06-03", "", "");
        var overlapping = upload(port, COUNTY, "deaths", null, "june-and-more.csv",
                Feeds.csv(DEATHS, List.of(second, third, first, third)));
        assertThat(overlapping.status()).as(overlapping.toString()).isEqualTo(201);
        assertThat(overlapping.json().get("rows").asInt()).isEqualTo(4);
        assertThat(overlapping.json().get("imported").asInt()).isEqualTo(1);
        assertThat(overlapping.json().get("duplicates").asInt()).as("two known rows and one repeated").isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from feed_fact", Long.class)).isEqualTo(facts + 1);
    }

    @Test
    void aFileWhoseFirstRowsAreNewButLaterOnesStoredAddsOnlyTheNewOnes() {
        List<String> known = List.of(newIdNumber(), "郑一", "DEATH", "2026-07-01", "", "");
        assertThat(upload(port, COUNTY, "deaths", null, "july.csv", Feeds.csv(DEATHS, List.of(known))).status())
                .isEqualTo(201);
        long facts = jdbc.queryForObject("select count(*) from feed_fact", Long.class);
        // more new rows than one batch of the stream looks up at a time, then the stored one: on PostgreSQL the
        // first attempt trusts the file to be new after its first batch, the COPY meets the stored row, and the
        // import is tried again looking up every row
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 10_050; i++) {
            rows.add(List.of(newIdNumber(), "郑" + i, "DEATH", "2026-07-02", "", ""));
        }
        rows.add(known);

        var later = upload(port, COUNTY, "deaths", "import-good", "july-and-more.csv", Feeds.csv(DEATHS, rows));

        assertThat(later.status()).as(later.toString()).isEqualTo(201);
        assertThat(later.json().get("imported").asInt()).isEqualTo(10_050);
        assertThat(later.json().get("duplicates").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from feed_fact", Long.class)).isEqualTo(facts + 10_050);
    }

    @Test
    void anXlsxFileImportsTheSameAsItsCsv() throws Exception {
        String patient = newIdNumber();
        Feeds.household(port, SHIQIAO, List.of(Map.of("name", "郑病人", "idNumber", patient, "relation", "HEAD")));
        List<String> header = List.of("身份证号码", "姓名", "结算单号", "结算日期", "就诊类别", "医疗总费用",
                "政策范围内个人自付", "医疗机构");
        List<List<String>> rows = List.of(
                List.of(patient, "郑病人", "js-" + patient, "2026-03-15", "住院", "18650.00", "4210.50", "示范市人民医院"),
                List.of(patient, "郑病人", "js2-" + patient, "2026-04-02", "CHRONIC_OUTPATIENT", "900.00", "120.30", ""));

        var xlsx = upload(port, COUNTY, "medical", null, "medical.xlsx", Feeds.xlsx(header, rows));
        assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(201);
        assertThat(xlsx.json().get("format").asString()).isEqualTo("XLSX");
        assertThat(xlsx.json().get("imported").asInt()).isEqualTo(2);
        assertThat(xlsx.json().get("unmatched").asInt()).isZero();

        var csv = upload(port, COUNTY, "medical", null, "medical.csv", Feeds.csv(header, rows));
        assertThat(csv.status()).as(csv.toString()).isEqualTo(201);
        assertThat(csv.json().get("imported").asInt()).as("the same rows, read the same").isZero();
        assertThat(csv.json().get("duplicates").asInt()).isEqualTo(2);

        List<Map<String, Object>> stored = jdbc.queryForList("""
                select reference, fact_date, code, amount, amount2, organisation from feed_fact
                 where import_id = ? order by row_no""", xlsx.json().get("id").asLong());
        assertThat(stored.get(0)).containsEntry("reference", ("js-" + patient).toUpperCase())
                .containsEntry("code", "INPATIENT").containsEntry("organisation", "示范市人民医院");
        assertThat(stored.get(0).get("fact_date").toString()).isEqualTo("2026-03-15");
        assertThat(new java.math.BigDecimal(stored.get(0).get("amount").toString())).isEqualByComparingTo("4210.50");
        assertThat(new java.math.BigDecimal(stored.get(1).get("amount2").toString())).isEqualByComparingTo("900");
    }

    @Test
    void importsAreSeenOnlyInsideTheirRegionAndMadeOnlyByCountyOfficers() {
        var answer = upload(port, COUNTY, "deaths", null, "scoped.csv",
                Feeds.csv(DEATHS, List.of(List.of(newIdNumber(), "冯某", "DEATH", "2026-07-01", "", ""))));
        long id = answer.json().get("id").asLong();

        assertThat(Feeds.as(port, "hekou.county").get("/api/v1/feeds/" + id).status()).isEqualTo(404);
        assertThat(Feeds.as(port, "hekou.county").get("/api/v1/feeds/" + id + "/unmatched").status()).isEqualTo(404);
        assertThat(Feeds.download(port, "hekou.county", "/api/v1/feeds/" + id + "/report.csv").statusCode())
                .isEqualTo(404);
        var hekouList = Feeds.as(port, "hekou.county").get("/api/v1/feeds?size=200");
        hekouList.json().get("items").forEach(i -> assertThat(i.get("regionCode").asString()).startsWith("990122"));
        var cityList = Feeds.as(port, "city.supervisor").get("/api/v1/feeds?type=deaths&size=200");
        List<Long> ids = new ArrayList<>();
        cityList.json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        assertThat(ids).as("the city sees its counties' imports").contains(id);
        assertThat(cityList.json().get("total").asLong()).isGreaterThanOrEqualTo(1);

        var byTown = upload(port, "qingshan.town.caseworker", "deaths", null, "town.csv",
                Feeds.csv(DEATHS, List.of(List.of(newIdNumber(), "冯某", "DEATH", "2026-07-01", "", ""))));
        assertThat(byTown.status()).isEqualTo(403);
    }

    @Test
    void aRequestWithoutTypeOrFileNamesTheFields() {
        var answer = upload(port, COUNTY, "births", "maybe", "x.txt", "a,b".getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        answer.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactly("type", "mode");

        var wrongFormat = upload(port, COUNTY, "deaths", null, "x.txt", "a,b".getBytes(StandardCharsets.UTF_8));
        assertThat(wrongFormat.status()).isEqualTo(400);
        assertThat(wrongFormat.json().at("/errors/0/field").asString()).isEqualTo("file");

        var wrongLayout = upload(port, COUNTY, "deaths", null, "vehicles.csv", Feeds.csv(
                List.of("id_number", "name", "plate_no", "vehicle_type", "registered_on"),
                List.of(List.of(newIdNumber(), "某", "示A1", "CAR", "2020-01-01"))));
        assertThat(wrongLayout.status()).as(wrongLayout.toString()).isEqualTo(400);
        List<String> problems = new ArrayList<>();
        wrongLayout.json().get("errors").forEach(e -> problems.add(e.get("column").asString()));
        assertThat(problems).contains("plate_no", "event", "date");
    }
}
