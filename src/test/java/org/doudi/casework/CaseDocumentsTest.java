package org.doudi.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.doudi.testing.Api;
import org.doudi.testing.DibaoCases;
import org.doudi.testing.DocumentFontAvailable;
import org.doudi.testing.DoudiTest;
import org.doudi.testing.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The case documents as PDF, read back: the Chinese text and figures, region scope, absence, the audit. */
@DoudiTest
@ExtendWith(DocumentFontAvailable.class)
class CaseDocumentsTest {

    static final String PDF = "application/pdf, application/problem+json";

    @LocalServerPort
    int port;

    DibaoCases cases() {
        return new DibaoCases(port);
    }

    /** The document as {@code user}; one that arrives is kept in {@code target/documents/} for a person to look at. */
    Api.Download download(String user, long id, String document) {
        var d = cases().as(user).download("/api/v1/cases/" + id + "/" + document, PDF);
        if (d.status() == 200) {
            try {
                Files.createDirectories(Path.of("target", "documents"));
                Files.write(Path.of("target", "documents", document), d.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return d;
    }

    @Test
    void anApprovalHasADecisionNoticeNamingTheHouseholdTheAmountTheStartMonthTheDeciderAndTheDate() {
        var household = cases().household(DibaoCases.SHIQIAO);
        long id = cases().approved(household.id());
        JsonNode c = cases().get(id);
        int amount = DibaoCases.frozenAmount(c);
        assertThat(amount).isPositive();

        var pdf = download(DibaoCases.CASEWORKER, id, "decision-notice.pdf");
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.contentDisposition()).isEqualTo("attachment; filename=\"decision-notice-" + id + ".pdf\"");
        PdfText text = PdfText.of(pdf.body());
        assertThat(text.allFontsEmbedded()).as("fonts " + text.fonts()).isTrue();
        assertThat(text.compact()).contains("青山镇人民政府", "最低生活保障审核确认决定书", "案件编号：" + id,
                household.headName() + "：", "2026年9月30日", "予以批准",
                "保障家庭：" + household.headName() + "户，共3人（青山镇石桥村）", "救助项目：最低生活保障",
                "保障金额：每月" + amount + "元", "起始月份：自2026年11月起按月发放", "决定人：青山镇审核确认人",
                "决定日期：2026年10月22日", "2026年10月15日至2026年10月21日公示期满无异议");

        assertThat(download(DibaoCases.CASEWORKER, id, "refusal-notice.pdf").status())
                .as("an approval has no refusal notice").isEqualTo(404);

        var audit = cases().as("admin").get("/api/v1/audit?entityType=case&entityId=" + id + "&size=500");
        List<String> reads = new ArrayList<>();
        audit.json().get("items").forEach(e -> {
            if (e.get("action").asString().startsWith("read")) {
                reads.add(e.toString());
            }
        });
        assertThat(reads).as("the download is audited as a read: " + audit.body()).hasSize(1);
        assertThat(reads.get(0)).contains("decision-notice-" + id + ".pdf", DibaoCases.CASEWORKER);
    }

    @Test
    void aRefusalHasARefusalNoticeWithItsReasonsAndHowToAppeal() {
        var household = cases().household(DibaoCases.SHIQIAO);
        String reasons = "家庭人均收入高于当地低保标准，且拥有机动车辆一辆";
        long id = cases().refused(household.id(), reasons);

        var pdf = download(DibaoCases.APPROVER, id, "refusal-notice.pdf");
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.contentDisposition()).contains("refusal-notice-" + id + ".pdf");
        PdfText text = PdfText.of(pdf.body());
        assertThat(text.allFontsEmbedded()).isTrue();
        assertThat(text.compact()).contains("不予救助通知书", household.headName() + "：", "不予批准", reasons,
                "决定日期：2026年10月15日",
                // the law's remedies, with the body and the time limit of each
                "六十日内向青山县人民政府申请行政复议", "六个月内，向本机关所在地的人民法院提起行政诉讼",
                "行政复议法》第二十条", "行政诉讼法》第十八条、第四十六条");

        assertThat(download(DibaoCases.APPROVER, id, "decision-notice.pdf").status()).isEqualTo(404);
        assertThat(download(DibaoCases.APPROVER, id, "publicity-sheet.pdf").status())
                .as("a refusal the town recommended is never publicised").isEqualTo(404);
    }

    @Test
    void aCaseTheCountyDecidedIsNotifiedByTheCountysCivilAffairsBureau() {
        DibaoCases cases = cases();
        var household = cases.household(DibaoCases.SHIQIAO);
        long id = cases.assessed(household.id());
        cases.act(DibaoCases.APPROVER, id, "town-opinion", Map.of("on", "2026-10-14", "recommendation", "REFUSE",
                "reasons", "家庭财产超过规定"));
        cases.act("qingshan.county", id, "decision", Map.of("on", "2026-10-16", "outcome", "REFUSE",
                "reasons", "家庭财产超过规定"));
        var pdf = download("qingshan.county", id, "refusal-notice.pdf");
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(PdfText.of(pdf.body()).compact()).startsWith("青山县民政局").contains("决定人：青山县民政",
                "六十日内向青山县人民政府申请行政复议").doesNotContain("青山镇人民政府");
    }

    @Test
    void thePublicitySheetShowsTheNameTheHouseholdSizeAndTheAmountAndNothingElseAboutTheHousehold() {
        var household = cases().household(DibaoCases.SHIQIAO);
        long id = cases().publicised(household.id());
        JsonNode c = cases().get(id);
        var pdf = download(DibaoCases.CASEWORKER, id, "publicity-sheet.pdf");
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        PdfText text = PdfText.of(pdf.body());
        assertThat(text.allFontsEmbedded()).isTrue();
        assertThat(text.compact()).contains("最低生活保障公示表", "公示单位：青山镇人民政府", "公示地点：石桥村村务公开栏",
                "公示时间：2026年10月15日至2026年10月21日",
                "1" + household.headName() + "3" + DibaoCases.frozenAmount(c));
        var detail = cases().as("admin").get("/api/v1/households/" + household.id());
        String address = detail.json().get("address").asString();
        String idMasked = detail.json().at("/members/0/idNumberMasked").asString();
        assertThat(text.compact()).doesNotContain(address.replace(" ", ""), "吴秀兰", "周小明",
                idMasked.substring(0, 6), "1200");

        assertThat(download(DibaoCases.CASEWORKER, id, "decision-notice.pdf").status())
                .as("not decided yet").isEqualTo(404);
    }

    @Test
    void documentsAreRegionScopedAndMissingCasesAreNotFound() {
        var household = cases().household(DibaoCases.SHIQIAO);
        long id = cases().approved(household.id());
        var hekou = download("hekou.county", id, "decision-notice.pdf");
        assertThat(hekou.status()).isEqualTo(404);
        assertThat(hekou.contentType()).startsWith("application/problem+json");
        assertThat(download("qingshan.county", id, "decision-notice.pdf").status()).isEqualTo(200);
        assertThat(download(DibaoCases.CASEWORKER, 987654321L, "publicity-sheet.pdf").status()).isEqualTo(404);
        assertThat(Api.anonymous(port).download("/api/v1/cases/" + id + "/decision-notice.pdf", PDF).status())
                .isEqualTo(401);
    }

    @Test
    void theJsonPublicitySheetNamesWhereItIsPosted() {
        long id = cases().publicised(cases().household(DibaoCases.SHIQIAO).id());
        var sheet = cases().as(DibaoCases.CASEWORKER).get("/api/v1/cases/" + id + "/publicity-sheet");
        assertThat(sheet.json().get("place").asString()).isEqualTo("石桥村村务公开栏");
        assertThat(sheet.json().properties().stream().map(Map.Entry::getKey).toList())
                .containsExactly("name", "householdSize", "monthlyAmount", "from", "until", "programme", "amount", "place");
        assertThat(sheet.json().get("programme").asString()).isEqualTo("DIBAO");
        assertThat(sheet.json().get("amount").isNull()).as("a monthly programme's amount is monthly").isTrue();
    }
}
