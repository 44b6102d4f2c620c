package org.doudi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doudi.registry.IdNumber;
import org.doudi.testing.Api;
import org.doudi.testing.DoudiTest;
import org.doudi.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The department data pages without JavaScript, as 青山县's officer uses them: the upload form, the progress page
 * (reloaded by hand here, polled by htmx in the browser), the import with its problems and counts, the report and
 * templates, and the refusals said beside the field.
 */
@DoudiTest
class FeedPagesTest {

    static final String COUNTY = "qingshan.county";
    static final String HEADER = "身份证号码,姓名,事件,日期,证明编号,登记单位\n";
    private static final Pattern IMPORT_PATH = Pattern.compile("/feeds/(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** A valid ID number of region of issue 990176 (this test's own), random enough for every run. */
    static String strangerId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return IdNumber.compose("990176", LocalDate.of(1930, 1, 1).plusDays(r.nextInt(30_000)), r.nextInt(1000)).value();
    }

    static String wrongCheckDigit(String id) {
        return id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
    }

    @Test
    void aBadFileIsRejectedWithItsProblemsThenItsGoodRowsImportedAndTheSameFileRefusedTheThirdTime() {
        String registered = TestHouseholds.freshIdNumber();
        String head = TestHouseholds.uniqueName("殷");
        TestHouseholds.create(port, "admin", TestHouseholds.SHIQIAO, head, registered);
        String stranger = strangerId();
        String csv = HEADER
                + registered + "," + head + ",死亡,2026-03-02,SW001,青山县人民医院\n"
                + stranger + ",钱某,DEATH,2026/3/5,,\n"
                + wrongCheckDigit(strangerId()) + ",孙某,DEATH,2026-03-06,,\n"
                + strangerId() + ",李某,BURIAL,2026-02-30,,\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        WebSession officer = WebSession.signIn(port, COUNTY);

        WebSession.Page list = officer.get("/feeds");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("href=\"/feeds\"").contains("id=\"upload-link\"");
        WebSession.Page form = officer.get("/feeds/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("死亡和火化（民政（殡葬）、公安、卫生健康）")
                .contains("href=\"/feeds/types/deaths/template.csv\"").contains("href=\"/feeds/types/deaths/template.xlsx\"")
                .contains("href=\"/feeds/types/deaths\"");
        assertThat(form.formFields("form")).containsSequence("importMode", "reject-file");

        WebSession.Page rejected = finished(officer, officer.upload("/feeds", "feedFile", "deaths-2026-03.csv", file,
                "feedType", "deaths", "importMode", "reject-file"));
        long first = importId(rejected);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.textOf("outcome")).contains("4 行中有 2 行有问题").contains("没有保存任何数据");
        assertThat(rejected.textOf("import-status")).isEqualTo("未导入");
        assertThat(rejected.textOf("problems-count")).contains("共 3 个问题");
        assertThat(rejected.textOf("problem-list")).contains("4 id_number 身份证号码").contains("check digit")
                .contains("5 event 事件").contains("5 date 日期");
        assertThat(jdbc.queryForObject("select count(*) from feed_fact where import_id = ?", Long.class, first))
                .as("nothing stored").isZero();

        WebSession.Page again = officer.get(link(rejected, "upload-good"));
        assertThat(again.formFields("form")).containsSequence("importMode", "import-good").containsSequence("feedType", "deaths");
        WebSession.Page imported = finished(officer, officer.upload("/feeds", "feedFile", "deaths-2026-03.csv", file,
                again.formFields("form").toArray(String[]::new)));
        long second = importId(imported);
        assertThat(second).isNotEqualTo(first);
        assertThat(imported.textOf("import-status")).isEqualTo("已导入");
        assertThat(imported.textOf("outcome")).contains("读取 4 行，新增 2 条记录").contains("有问题的 2 行没有导入");
        assertThat(imported.textOf("count-imported")).isEqualTo("2");
        assertThat(imported.textOf("count-unmatched")).isEqualTo("1");
        assertThat(imported.textOf("count-rejected")).isEqualTo("2");
        assertThat(imported.textOf("problem-list")).contains("4 id_number");
        assertThat(jdbc.queryForObject("select count(*) from feed_fact where import_id = ?", Long.class, second))
                .isEqualTo(2);

        WebSession.Page unmatched = officer.get(link(imported, "unmatched-link"));
        assertThat(unmatched.textOf("unmatched")).contains("3").contains("钱某")
                .contains(stranger.substring(0, 6) + "********" + stranger.substring(14)).doesNotContain(stranger);
        var report = officer.download(link(imported, "report-link"));
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.contentType()).startsWith("text/csv");
        assertThat(new String(report.body(), StandardCharsets.UTF_8)).contains("4,id_number,ERROR,")
                .contains("3,id_number,UNMATCHED,");

        long importsBefore = jdbc.queryForObject("select count(*) from feed_import", Long.class);
        WebSession.Page third = finished(officer, officer.upload("/feeds", "feedFile", "again.csv", file,
                "feedType", "deaths", "importMode", "import-good"));
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.path()).startsWith("/feeds/uploads/");
        assertThat(third.textOf("feedFile-error")).contains("以前已经导入过").contains("import " + second);
        assertThat(third.formFields("form")).containsSequence("feedType", "deaths").containsSequence("importMode", "import-good");
        assertThat(jdbc.queryForObject("select count(*) from feed_import", Long.class)).isEqualTo(importsBefore);

        WebSession.Page listed = officer.get("/feeds?type=deaths");
        assertThat(listed.textOf("imports")).contains("导入 " + second).contains("deaths-2026-03.csv").contains(COUNTY)
                .contains("未导入").contains("已导入");
    }

    @Test
    void badInputIsSaidBesideTheFieldAndChangesNothing() {
        WebSession officer = WebSession.signIn(port, COUNTY);
        officer.get("/feeds/new");
        long importsBefore = jdbc.queryForObject("select count(*) from feed_import", Long.class);
        byte[] good = (HEADER + strangerId() + ",周某,DEATH,2026-03-02,,\n").getBytes(StandardCharsets.UTF_8);

        WebSession.Page noFile = officer.upload("/feeds", "feedFile", "", new byte[0], "feedType", "deaths",
                "importMode", "reject-file");
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.textOf("feedFile-error")).contains("请选择要上传的文件");
        assertThat(noFile.body()).contains("<title>错误：");

        WebSession.Page noType = officer.upload("/feeds", "feedFile", "deaths.csv", good, "feedType", "",
                "importMode", "reject-file");
        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.textOf("feedType-error")).contains("请选择数据类型");
        WebSession.Page unknownType = officer.upload("/feeds", "feedFile", "deaths.csv", good, "feedType", "weather",
                "importMode", "reject-file");
        assertThat(unknownType.textOf("feedType-error")).contains("请从列表中选择数据类型");
        WebSession.Page badMode = officer.upload("/feeds", "feedFile", "deaths.csv", good, "feedType", "deaths",
                "importMode", "some");
        assertThat(badMode.textOf("importMode-error")).contains("请选择有问题的行怎么办");

        WebSession.Page empty = officer.upload("/feeds", "feedFile", "empty.csv", new byte[0], "feedType", "deaths",
                "importMode", "reject-file");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.textOf("feedFile-error")).contains("文件“empty.csv”是空的");

        WebSession.Page notCsv = finished(officer, officer.upload("/feeds", "feedFile", "deaths.txt", good,
                "feedType", "deaths", "importMode", "reject-file"));
        assertThat(notCsv.status()).isEqualTo(400);
        assertThat(notCsv.textOf("feedFile-error")).contains("请检查数据文件").contains(".csv or .xlsx");
        assertThat(jdbc.queryForObject("select count(*) from feed_import", Long.class))
                .as("refused before anything was written").isEqualTo(importsBefore);

        WebSession.Page unreadable = finished(officer, officer.upload("/feeds", "feedFile", "medical.csv",
                "结算单号,金额\nJS1,100\n".getBytes(StandardCharsets.UTF_8), "feedType", "deaths",
                "importMode", "import-good"));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.path()).startsWith("/feeds/uploads/");
        assertThat(unreadable.textOf("feedFile-error")).contains("无法按这一类数据读取")
                .contains("row 1 结算单号 is not a column of the deaths layout")
                .contains("row 1 id_number is a required column and is missing");
        assertThat(unreadable.formFields("form")).containsSequence("importMode", "import-good");
        long recorded = Long.parseLong(unreadable.textOf("recorded-import").replaceAll("\\D+", " ").strip().split(" ")[0]);
        assertThat(jdbc.queryForObject("select status from feed_import where id = ?", String.class, recorded))
                .isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("select count(*) from feed_fact where import_id = ?", Long.class, recorded))
                .isZero();
    }

    @Test
    void onlyImportersMayUploadEveryoneSeesTheirRegionAndAnUploadIsSeenOnlyByWhoeverMadeIt() {
        WebSession officer = WebSession.signIn(port, COUNTY);
        officer.get("/feeds/new");
        WebSession.Page done = officer.upload("/feeds", "feedFile", "one.csv",
                (HEADER + strangerId() + ",吴某,DEATH,2026-03-02,,\n").getBytes(StandardCharsets.UTF_8),
                "feedType", "deaths", "importMode", "reject-file");
        String uploadPath = done.path();
        done = finished(officer, done);
        long id = importId(done);
        if (uploadPath.startsWith("/feeds/uploads/")) {
            WebSession.Page fragment = officer.get(uploadPath + "/progress");
            assertThat(fragment.status()).isEqualTo(200);
            assertThat(fragment.textOf("upload-phase")).isEqualTo("已完成");
            assertThat(fragment.body()).as("no more polling").doesNotContain("hx-trigger");
        }

        WebSession coordinator = WebSession.signIn(port, "shiqiao.coordinator");
        WebSession.Page home = coordinator.get("/");
        assertThat(home.body()).doesNotContain("href=\"/feeds\"");
        assertThat(coordinator.get("/feeds/new").status()).isEqualTo(403);
        assertThat(coordinator.upload("/feeds", "feedFile", "one.csv", "x".getBytes(StandardCharsets.UTF_8),
                "feedType", "deaths").status()).isEqualTo(403);

        WebSession supervisor = WebSession.signIn(port, "city.supervisor");
        WebSession.Page seen = supervisor.get("/feeds");
        assertThat(seen.body()).contains("href=\"/feeds\"").doesNotContain("id=\"upload-link\"");
        assertThat(seen.textOf("imports")).contains("导入 " + id);
        assertThat(supervisor.get("/feeds/" + id).status()).isEqualTo(200);
        assertThat(supervisor.get("/feeds/new").status()).isEqualTo(403);

        WebSession hekou = WebSession.signIn(port, "hekou.county");
        assertThat(hekou.get("/feeds/" + id).status()).as("another county's import").isEqualTo(404);
        assertThat(hekou.get("/feeds/" + id + "/report.csv").status()).isEqualTo(404);
        if (uploadPath.startsWith("/feeds/uploads/")) {
            assertThat(hekou.get(uploadPath).status()).as("someone else's upload").isEqualTo(404);
            assertThat(hekou.get(uploadPath + "/progress").status()).isEqualTo(404);
        }
        assertThat(hekou.get("/feeds/uploads/no-such-token").status()).isEqualTo(404);
    }

    @Test
    void theLayoutPageAndTheTemplatesComeFromTheLayouts() {
        WebSession officer = WebSession.signIn(port, "city.supervisor");
        WebSession.Page layout = officer.get("/feeds/types/deaths");
        assertThat(layout.status()).isEqualTo(200);
        assertThat(layout.textOf("columns")).contains("身份证号码 id_number 是").contains("DEATH 死亡")
                .contains("CREMATION 火化").contains("证明编号 certificate_no 否");
        assertThat(layout.textOf("identified-by")).contains("event");

        var csv = officer.download("/feeds/types/medical/template.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.contentDisposition()).contains("medical-template.csv");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFF身份证号码,姓名,结算单号");
        var xlsx = officer.download("/feeds/types/real-estate/template.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(officer.get("/feeds/types/weather").status()).isEqualTo(404);
    }

    @Test
    void theProblemsArePagedAndTheTotalIsCounted() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            lines.add(wrongCheckDigit(strangerId()) + ",郑某" + i + ",DEATH,2026-03-02,,");
        }
        WebSession officer = WebSession.signIn(port, COUNTY);
        officer.get("/feeds/new");
        WebSession.Page page = finished(officer, officer.upload("/feeds", "feedFile", "sixty.csv",
                (HEADER + String.join("\n", lines)).getBytes(StandardCharsets.UTF_8), "feedType", "deaths"));
        long id = importId(page);
        assertThat(page.textOf("problems-count")).contains("共 60 个问题");
        assertThat(rowsOf(page)).as("fifty to a page").hasSize(50).startsWith("2").endsWith("51");
        WebSession.Page next = officer.get("/feeds/" + id + "?page=2");
        assertThat(rowsOf(next)).containsExactly("52", "53", "54", "55", "56", "57", "58", "59", "60", "61");
        assertThat(next.body()).contains("第 2 页，共 2 页");
        assertThat(Api.as(port, COUNTY).get("/api/v1/feeds/" + id).json().get("problemsTotal").asInt()).isEqualTo(60);
    }

    private static List<String> rowsOf(WebSession.Page page) {
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile("<tr>\\s*<td class=\"numeric\">(\\d+)</td>").matcher(page.body());
        while (m.find()) {
            rows.add(m.group(1));
        }
        return rows;
    }

    /** Reloads the progress page, as someone without JavaScript does, until the import is over. */
    static WebSession.Page finished(WebSession session, WebSession.Page page) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (page.path().startsWith("/feeds/uploads/") && page.body().contains("id=\"upload-progress\"")) {
            assertThat(page.textOf("upload-phase")).as("the phase is said").isNotBlank();
            assertThat(page.body()).contains("hx-trigger=\"every 1s\"");
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("the import did not finish: " + page);
            }
            sleep();
            page = session.get(page.path());
        }
        return page;
    }

    private static long importId(WebSession.Page page) {
        Matcher m = IMPORT_PATH.matcher(page.path());
        assertThat(m.matches()).as(page.toString()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String link(WebSession.Page page, String id) {
        Matcher m = Pattern.compile("<a[^>]*\\bid=\"" + id + "\"[^>]*>").matcher(page.body());
        assertThat(m.find()).as("link " + id + " on " + page.uri()).isTrue();
        Matcher href = Pattern.compile("href=\"([^\"]+)\"").matcher(m.group());
        assertThat(href.find()).isTrue();
        return href.group(1).replace("&amp;", "&");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
