package org.doudi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doudi.testing.DoudiTest;
import org.doudi.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The household pages without JavaScript: search and paging, the detail page, the forms and their errors. */
@DoudiTest
class HouseholdPagesTest {

    private static final Pattern RESULT_ROW = Pattern.compile("<a href=\"/households/(\\d+)\">");

    @LocalServerPort
    int port;

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int rows(WebSession.Page page) {
        Matcher m = RESULT_ROW.matcher(page.body());
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void aPlainGetSearchFindsTheHouseholdsOfTheVillageByNameWithMaskedIdNumbers() {
        String head = TestHouseholds.uniqueName("石桥");
        String id = TestHouseholds.freshIdNumber();
        long household = TestHouseholds.create(port, "admin", TestHouseholds.SHIQIAO, head, id);

        var page = WebSession.signIn(port, "shiqiao.coordinator").get("/households?name=" + q(head));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<a href=\"/households/" + household + "\">" + head + "</a>",
                id.substring(0, 6) + "********" + id.substring(14)).doesNotContain(id);
        assertThat(page.textOf("result-count")).isEqualTo("共 1 户");
        // the form keeps what was searched for
        assertThat(page.body()).contains("value=\"" + head + "\"");
    }

    @Test
    void searchingByTheFullIdNumberFindsTheHousehold() {
        String head = TestHouseholds.uniqueName("证号");
        String id = TestHouseholds.freshIdNumber();
        long household = TestHouseholds.create(port, "admin", TestHouseholds.SHIQIAO, head, id);
        var page = WebSession.signIn(port, "qingshan.town.caseworker").get("/households?idNumber=" + id);
        assertThat(page.body()).contains("<a href=\"/households/" + household + "\">" + head + "</a>");
        assertThat(page.textOf("result-count")).isEqualTo("共 1 户");
    }

    @Test
    void anIncompleteIdNumberIsReportedBesideTheSearchField() {
        var page = WebSession.signIn(port, "shiqiao.coordinator").get("/households?idNumber=99012119");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("<a href=\"#idNumber\">", "aria-describedby=\"idNumber-hint idNumber-error\"");
        assertThat(page.textOf("idNumber-error")).startsWith("错误： 请检查身份证号");
    }

    @Test
    void theVillageListOffersOnlyVillagesInsideTheUsersRegion() {
        var coordinator = WebSession.signIn(port, "shiqiao.coordinator").get("/households");
        assertThat(coordinator.body()).contains("<option value=\"990121101201\">石桥村</option>")
                .doesNotContain("杨柳村", "河口村");
        var county = WebSession.signIn(port, "qingshan.county").get("/households");
        assertThat(county.body()).contains("<optgroup label=\"青山镇\">", "杨柳村", "柳河村").doesNotContain("河口村");
    }

    @Test
    void aLongResultIsPagedWithLinksThatKeepTheSearch() {
        String prefix = TestHouseholds.uniqueName("翻页");
        for (int i = 0; i < 21; i++) {
            TestHouseholds.create(port, "admin", TestHouseholds.SHIQIAO, prefix + "家" + i);
        }
        WebSession session = WebSession.signIn(port, "shiqiao.coordinator");
        var first = session.get("/households?name=" + q(prefix));
        assertThat(first.textOf("result-count")).isEqualTo("共 21 户");
        assertThat(rows(first)).isEqualTo(20);
        assertThat(first.body()).contains("第 1 页，共 2 页", "href=\"/households?name=" + q(prefix) + "&amp;page=2\"");
        var second = session.get("/households?name=" + q(prefix) + "&page=2");
        assertThat(rows(second)).isEqualTo(1);
        assertThat(second.body()).contains("第 2 页，共 2 页", "rel=\"prev\"");
    }

    @Test
    void htmxAsksTheSameAddressAndGetsOnlyTheResults() {
        String head = TestHouseholds.uniqueName("局部");
        TestHouseholds.create(port, "admin", TestHouseholds.SHIQIAO, head);
        var fragment = WebSession.signIn(port, "shiqiao.coordinator")
                .get("/households?name=" + q(head), "HX-Request", "true");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body().strip()).startsWith("<section id=\"results\"").endsWith("</section>")
                .contains(head).doesNotContain("<html", "<form");
    }

    @Test
    void theHouseholdPageShowsItsFactsMembersTheirFactsOverTimeAndHistory() {
        String head = TestHouseholds.uniqueName("详情");
        String spouse = TestHouseholds.uniqueName("配偶");
        long id = TestHouseholds.createWithFacts(port, "shiqiao.coordinator", head, spouse);

        var page = WebSession.signIn(port, "shiqiao.coordinator").get("/households/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>" + head + "家</h1>");
        assertThat(page.textOf("household-region")).isEqualTo("示范省 示范市 青山县 青山镇 石桥村");
        assertThat(page.textOf("household-facts")).contains("石桥村 5 组 8 号", "农村", "脱贫户 是", "低保户",
                "防止返贫监测户", "因病");
        assertThat(page.textOf("members")).contains(head, spouse, "户主", "配偶", "肢体残疾 2 级");
        assertThat(page.body()).contains("工资性收入", "1,200.50", "2025-03", "2026-02", "劳动能力", "弱劳动力或半劳动力",
                "存款及其他金融资产", "8,000.00", "信用社存款");
        assertThat(page.textOf("history")).contains(head, spouse, "仍在本户");
    }

    @Test
    void registeringAHouseholdWithoutJavaScriptLeadsToItsPage() {
        String head = TestHouseholds.uniqueName("新户");
        WebSession session = WebSession.signIn(port, "shiqiao.coordinator");
        var form = session.get("/households/new");
        assertThat(form.body()).contains("<option value=\"990121101201\" selected=\"selected\">石桥村</option>");
        var page = session.post("/households/new", "village", TestHouseholds.SHIQIAO, "address", "石桥村 9 组",
                "residence", "RURAL", "categories", "DIBAO", "categories", "ORPHAN", "causes", "DISASTER",
                "headName", head, "headIdNumber", TestHouseholds.freshIdNumber());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.path()).matches("/households/\\d+");
        assertThat(page.body()).contains("家庭已登记。", "<h1>" + head + "家</h1>", "孤儿", "因灾");
    }

    @Test
    void aBadIdNumberAndAMissingAddressAreListedAtTheTopAndShownBesideTheirFields() {
        WebSession session = WebSession.signIn(port, "shiqiao.coordinator");
        session.get("/households/new");
        String head = TestHouseholds.uniqueName("错误");
        var page = session.post("/households/new", "village", TestHouseholds.SHIQIAO, "address", "",
                "residence", "RURAL", "headName", head, "headIdNumber", "990121198001011230");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("<title>错误：登记新家庭 – 兜底</title>", "<a href=\"#address\">",
                "<a href=\"#headIdNumber\">");
        assertThat(page.textOf("address-error")).isEqualTo("错误： 请填写地址");
        assertThat(page.textOf("headIdNumber-error")).startsWith("错误： 请检查户主身份证号 ： has a wrong check digit");
        // what was typed is kept
        assertThat(page.body()).contains("value=\"" + head + "\"", "value=\"990121198001011230\"");
    }

    @Test
    void savingOverSomeoneElsesChangeIsRefusedAndShowsTheLatestDetails() {
        long id = TestHouseholds.create(port, "admin", TestHouseholds.SHIQIAO, TestHouseholds.uniqueName("并发"));
        WebSession first = WebSession.signIn(port, "shiqiao.coordinator");
        var form = first.get("/households/" + id + "/edit");
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form.body());
        assertThat(version.find()).isTrue();

        WebSession second = WebSession.signIn(port, "qingshan.town.caseworker");
        second.get("/households/" + id + "/edit");
        var saved = second.post("/households/" + id + "/edit", "version", version.group(1),
                "village", TestHouseholds.SHIQIAO, "address", "第二个人写的地址", "residence", "RURAL");
        assertThat(saved.body()).contains("家庭情况已保存。", "第二个人写的地址");

        var refused = first.post("/households/" + id + "/edit", "version", version.group(1),
                "village", TestHouseholds.SHIQIAO, "address", "第一个人写的地址", "residence", "URBAN");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("别人修改了这个家庭，您的修改没有保存", "value=\"第二个人写的地址\"");
        assertThat(first.get("/households/" + id).body()).contains("第二个人写的地址").doesNotContain("第一个人写的地址");
    }

    @Test
    void aMemberIsAddedOnAPageOfItsOwn() {
        long id = TestHouseholds.create(port, "admin", TestHouseholds.SHIQIAO, TestHouseholds.uniqueName("添加"));
        String child = TestHouseholds.uniqueName("孩子");
        WebSession session = WebSession.signIn(port, "shiqiao.coordinator");
        assertThat(session.get("/households/" + id).body())
                .contains("href=\"/households/" + id + "/members/new\"");
        var form = session.get("/households/" + id + "/members/new");
        assertThat(form.body()).contains("<h1>添加家庭成员</h1>");

        var bad = session.post("/households/" + id + "/members/new", "name", child, "idNumber", "12345",
                "relation", "CHILD");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.textOf("idNumber-error")).startsWith("错误： 请检查身份证号");

        var added = session.post("/households/" + id + "/members/new", "name", child,
                "idNumber", TestHouseholds.freshIdNumber(), "relation", "CHILD");
        assertThat(added.path()).isEqualTo("/households/" + id);
        assertThat(added.body()).contains(child + " 已加入这个家庭。");
        assertThat(added.textOf("members")).contains(child, "子女");
    }
}
