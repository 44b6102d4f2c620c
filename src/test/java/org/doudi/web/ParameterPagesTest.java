package org.doudi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doudi.shared.Today;
import org.doudi.testing.DoudiTest;
import org.doudi.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 政策参数 through the pages: the values in force, a parameter's history, and a change going through
 * maker-checker — proposed by one county officer, refused to its own proposer, approved by another.
 * Each test proposes on a date of its own, decades ahead, so that tests never meet each other's changes.
 */
@DoudiTest
class ParameterPagesTest {

    static final String QINGSHAN = "990121000000";
    static final String MINIMUM = "dibao.min_per_person";
    private static final Pattern PROPOSAL = Pattern.compile("/parameters/proposals/(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A day nobody else proposes for: some time 30 to 80 years ahead. */
    static LocalDate dayOfItsOwn() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return LocalDate.of(Today.in(Clock.systemUTC()).getYear() + 30 + r.nextInt(50), 1 + r.nextInt(12),
                1 + r.nextInt(28));
    }

    static long idOf(WebSession.Page page) {
        Matcher m = PROPOSAL.matcher(page.path());
        assertThat(m.matches()).as(page.path()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void theListShowsTheValueInForceTodayForTheRegionAndWhereItComesFrom() {
        var county = WebSession.signIn(port, "qingshan.county").get("/parameters");
        assertThat(county.status()).isEqualTo(200);
        assertThat(county.textOf("parameter-dibao.standard.rural"))
                .contains("农村低保标准", "650 元/人·月", "青山县，2026-01-01 起", "元/人·月");
        assertThat(county.textOf("parameter-dibao.supplement.severe_disability")).contains("20%", "示范市，2015-01-01 起");
        assertThat(county.textOf("parameter-dibao.gradual_exit_months")).contains("6 个月", "示范省");
        // the village inherits its county's figure; the city has its own
        var village = WebSession.signIn(port, "shiqiao.coordinator").get("/parameters");
        assertThat(village.textOf("parameter-dibao.standard.rural")).contains("650 元/人·月", "青山县");
        var city = WebSession.signIn(port, "city.supervisor").get("/parameters");
        assertThat(city.textOf("parameter-dibao.standard.rural")).contains("620 元/人·月", "示范市，2026-01-01 起");
    }

    @Test
    void aParametersHistoryCoversTheRegionAndItsAncestorsAndMarksTheEntryThatApplies() {
        var page = WebSession.signIn(port, "qingshan.county").get("/parameters/dibao.standard.rural");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>农村低保标准</h1>");
        assertThat(page.textOf("applies")).isEqualTo("650 元/人·月");
        String history = page.textOf("history");
        assertThat(history).containsSubsequence("示范市 2015-01-01 240 元/人·月 已批准", "示范市 2021-01-01 500 元/人·月",
                "示范市 2026-01-01 620 元/人·月", "青山县 2026-01-01 650 元/人·月 已批准 今天适用");
        // on an earlier date, the entry in force then
        var then = WebSession.signIn(port, "qingshan.county").get("/parameters/dibao.standard.rural?date=2018-06-01");
        assertThat(then.textOf("applies")).isEqualTo("240 元/人·月");
        assertThat(then.textOf("history")).contains("示范市 2015-01-01 240 元/人·月 已批准 当天适用");
    }

    @Test
    void aRegionOneMayNotReadLooksLikeOneThatDoesNotExist() {
        WebSession hekou = WebSession.signIn(port, "hekou.county");
        assertThat(hekou.get("/parameters?region=" + QINGSHAN).status()).isEqualTo(404);
        assertThat(hekou.get("/parameters/dibao.standard.rural?region=" + QINGSHAN).status()).isEqualTo(404);
        assertThat(hekou.get("/parameters/no.such.parameter").status()).isEqualTo(404);
    }

    @Test
    void aCountyOfficerProposesAnotherApprovesAndTheNewValueEntersTheHistory() {
        LocalDate from = dayOfItsOwn();
        WebSession maker = WebSession.signIn(port, "qingshan.county");
        var parameter = maker.get("/parameters/" + MINIMUM);
        assertThat(parameter.body()).contains("href=\"/parameters/" + MINIMUM + "/propose\"");
        var form = maker.get("/parameters/" + MINIMUM + "/propose");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("<option value=\"990121000000\" selected=\"selected\">青山县</option>")
                .doesNotContain("河口县");
        assertThat(form.textOf("current")).isEqualTo("现在执行的数值：60 元/人·月");

        var proposed = maker.post("/parameters/" + MINIMUM + "/propose", "region", QINGSHAN,
                "effectiveDate", from.toString(), "value", "75", "basis", "青民发〔2026〕9号");
        long id = idOf(proposed);
        assertThat(proposed.body()).contains("已提交。这项修改要由另一位人员批准后才生效。");
        assertThat(proposed.textOf("status")).isEqualTo("待审批");
        assertThat(proposed.textOf("new-value")).isEqualTo("75 元/人·月");
        // the proposer is told it needs someone else, and is offered no way to approve it
        assertThat(proposed.body()).contains("这是您提出的修改").doesNotContain("/proposals/" + id + "/approve\"");

        var ownApproval = maker.post("/parameters/proposals/" + id + "/approve");
        assertThat(ownApproval.status()).isEqualTo(403);
        assertThat(ownApproval.body()).contains("您不能批准自己提出的修改", "maker-checker");

        WebSession checker = WebSession.signIn(port, "admin");
        assertThat(checker.get("/parameters/proposals").textOf("proposal-" + id))
                .contains("低保保底金额", "青山县", from.toString(), "75 元/人·月", "qingshan.county");
        var page = checker.get("/parameters/proposals/" + id);
        assertThat(page.body()).contains("/proposals/" + id + "/approve\"", "/proposals/" + id + "/reject\"");

        var noReason = checker.post("/parameters/proposals/" + id + "/reject", "rejection", "");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("<a href=\"#rejection\">");
        assertThat(noReason.textOf("rejection-error")).startsWith("错误： 请检查驳回理由");

        var approved = checker.post("/parameters/proposals/" + id + "/approve", "note", "同意");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.path()).isEqualTo("/parameters/" + MINIMUM);
        assertThat(approved.body()).contains("已批准。新的数值从生效日期起执行。");
        assertThat(approved.textOf("entry-" + id)).contains("青山县", from.toString(), "75 元/人·月", "已批准",
                "qingshan.county", "admin", "同意");
        var onTheDay = checker.get("/parameters/" + MINIMUM + "?region=" + QINGSHAN + "&date=" + from);
        assertThat(onTheDay.textOf("applies")).isEqualTo("75 元/人·月");
        assertThat(checker.get("/parameters/proposals").body()).doesNotContain("proposal-" + id + "\"");
    }

    @Test
    void aProposalDatedBeforeTodayOrWithABadValueIsRefusedBesideItsFields() {
        WebSession maker = WebSession.signIn(port, "qingshan.county");
        maker.get("/parameters/" + MINIMUM + "/propose");
        var refused = maker.post("/parameters/" + MINIMUM + "/propose", "region", QINGSHAN,
                "effectiveDate", "2025-01-01", "value", "sixty", "basis", "");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("<a href=\"#effectiveDate\">", "<a href=\"#value\">", "<a href=\"#basis\">");
        assertThat(refused.textOf("effectiveDate-error")).startsWith("错误： 请检查生效日期").contains("retroactively");
        assertThat(refused.textOf("value-error")).startsWith("错误： 请检查新的数值").contains("amount in yuan");
        assertThat(refused.textOf("basis-error")).startsWith("错误： 请检查理由或依据文件");
        assertThat(refused.body()).contains("value=\"sixty\"");
    }

    @Test
    void approvingAChangeWhoseDateHasPassedIsRefusedWithAPlainExplanation() {
        LocalDate yesterday = Today.in(Clock.systemUTC()).minusDays(1);
        jdbc.sql("""
                insert into parameter_entry (name, region_code, effective_date, value_text, status, reason,
                                             proposed_by, proposed_at)
                values (?, ?, ?, '66', 'PROPOSED', 'waited too long (page test)', 'qingshan.county', ?)
                """).params(MINIMUM, QINGSHAN, yesterday, Timestamp.from(Instant.now().minusSeconds(86400 * 2)))
                .update();
        long id = jdbc.sql("select max(id) from parameter_entry where reason = 'waited too long (page test)'")
                .query(Long.class).single();
        WebSession checker = WebSession.signIn(port, "admin");
        checker.get("/parameters/proposals/" + id);
        var refused = checker.post("/parameters/proposals/" + id + "/approve");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("这项修改的生效日期 " + yesterday + " 已经过去", "批准它就等于追溯修改历史",
                "retroactively");
        assertThat(refused.textOf("status")).isEqualTo("待审批");
        var rejected = checker.post("/parameters/proposals/" + id + "/reject", "rejection", "日期已过，请重新提议");
        assertThat(rejected.body()).contains("已驳回。");
    }

    @Test
    void aTownCaseworkerMayReadParametersButNotProposeChanges() {
        WebSession caseworker = WebSession.signIn(port, "qingshan.town.caseworker");
        assertThat(caseworker.get("/parameters/" + MINIMUM).body()).doesNotContain("/propose\"");
        var form = caseworker.get("/parameters/" + MINIMUM + "/propose");
        assertThat(form.status()).isEqualTo(403);
        assertThat(form.body()).contains("您没有权限进行这项操作");
        caseworker.get("/parameters");
        var post = caseworker.post("/parameters/" + MINIMUM + "/propose", "region", "990121101000",
                "effectiveDate", dayOfItsOwn().toString(), "value", "70", "basis", "试试");
        assertThat(post.status()).isEqualTo(403);
    }

    @Test
    void anotherCountysProposalCannotBeSeenOrDecided() {
        WebSession maker = WebSession.signIn(port, "qingshan.county");
        maker.get("/parameters/" + MINIMUM + "/propose");
        long id = idOf(maker.post("/parameters/" + MINIMUM + "/propose", "region", QINGSHAN,
                "effectiveDate", dayOfItsOwn().toString(), "value", "70", "basis", "青民发〔2026〕10号"));
        WebSession other = WebSession.signIn(port, "hekou.county");
        assertThat(other.get("/parameters/proposals/" + id).status()).isEqualTo(404);
        assertThat(other.get("/parameters/proposals").body()).doesNotContain("proposal-" + id + "\"");
        assertThat(other.post("/parameters/proposals/" + id + "/approve").status()).isEqualTo(404);
        maker.get("/parameters/proposals/" + id);
        assertThat(maker.post("/parameters/proposals/" + id + "/withdraw").body()).contains("已撤回。");
    }
}
