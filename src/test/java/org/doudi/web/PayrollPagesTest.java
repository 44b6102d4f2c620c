package org.doudi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.doudi.payment.PaymentWorld;
import org.doudi.testing.DoudiTest;
import org.doudi.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The payroll and funds pages without JavaScript: forms, redirects, refusals in plain words. */
@DoudiTest
class PayrollPagesTest {

    @LocalServerPort
    int port;

    @Test
    void aCountyOfficerGeneratesAnotherApprovesExportsAndReconcilesFromThePages() {
        PaymentWorld w = PaymentWorld.create(port);
        long household = w.single("葛长青").get("id").asLong();
        w.grant(household, "2026-06", "640");

        WebSession maker = WebSession.signIn(port, w.officer, PaymentWorld.PASSWORD);
        WebSession.Page list = maker.get("/payrolls");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("生成发放名册");
        WebSession.Page bad = maker.post("/payrolls", "programme", "DIBAO", "month", "2026-6x");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.textOf("month-error")).contains("请检查发放月份");

        WebSession.Page started = maker.post("/payrolls", "programme", "DIBAO", "month", "2026-06");
        assertThat(started.path()).startsWith("/payrolls/");
        String path = started.path();
        WebSession.Page page = waitUntilGenerated(maker, path);
        assertThat(page.textOf("state")).isEqualTo("待审核");
        assertThat(page.textOf("payable")).isEqualTo("640.00");
        assertThat(page.textOf("own-payroll")).contains("另一位县级民政人员");
        assertThat(page.body()).doesNotContain("id=\"approve\"");
        assertThat(page.textOf("lines")).contains("葛长青", "640.00", "当月");

        WebSession checker = WebSession.signIn(port, w.checker, PaymentWorld.PASSWORD);
        WebSession.Page approved = checker.post(path + "/approve", checker.get(path).formFields("approve")
                .toArray(String[]::new));
        assertThat(approved.path()).isEqualTo(path);
        assertThat(approved.textOf("state")).isEqualTo("已审核");
        WebSession.Page stale = maker.post(path + "/approve", "version", "0");
        assertThat(stale.status()).isEqualTo(409);

        WebSession.Page exported = maker.post(path + "/export", maker.get(path).formFields("export")
                .toArray(String[]::new));
        assertThat(exported.textOf("state")).isEqualTo("已导出");
        WebSession.Page csv = maker.get(path + "/bank-file.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String reference = csv.body().split("\r\n")[1].split(",")[0];

        WebSession.Page rejected = maker.upload(path + "/return-file", "returnFile", "return.csv",
                ("reference,status\n" + reference + ",UNKNOWN\n").getBytes(StandardCharsets.UTF_8));
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.body()).contains("line 2");
        WebSession.Page reconciled = maker.upload(path + "/return-file", "returnFile", "return.csv",
                ("参考号,状态,原因\n" + reference + ",成功,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(reconciled.path()).isEqualTo(path);
        assertThat(reconciled.textOf("state")).isEqualTo("已对账");
        assertThat(reconciled.textOf("return-result")).contains("新确认到账 1 笔");
    }

    @Test
    void theGeneratorIsToldPlainlyThatSomeoneElseApproves() {
        PaymentWorld w = PaymentWorld.create(port);
        w.grant(w.single("闻一多").get("id").asLong(), "2026-06", "500");
        long id = w.generate("2026-06").get("id").asLong();
        WebSession maker = WebSession.signIn(port, w.officer, PaymentWorld.PASSWORD);
        maker.get("/payrolls/" + id);
        WebSession.Page refused = maker.post("/payrolls/" + id + "/approve", "version",
                Integer.toString(w.payroll(id).get("version").asInt()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("您不能审核自己生成的发放名册");
        WebSession outsider = WebSession.signIn(port, "hekou.county");
        assertThat(outsider.get("/payrolls/" + id).status()).isEqualTo(404);
    }

    @Test
    void theFundsPagesShowBudgetsReservesAndTheCalculators() {
        PaymentWorld w = PaymentWorld.create(port);
        WebSession officer = WebSession.signIn(port, w.officer, PaymentWorld.PASSWORD);
        WebSession.Page funds = officer.get("/funds");
        assertThat(funds.status()).isEqualTo(200);
        WebSession.Page saved = officer.post("/funds/budgets", "county", w.county, "year", "2026",
                "programme", "DIBAO", "source", "PROVINCIAL", "amount", "80,000", "budgetNote", "省级补助");
        assertThat(saved.path()).isEqualTo("/funds");
        assertThat(saved.textOf("budgets")).contains("80,000.00");
        WebSession.Page bad = officer.post("/funds/budgets", "county", w.county, "year", "2026",
                "programme", "DIBAO", "source", "PROVINCIAL", "amount", "abc");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.textOf("amount-error")).contains("金额");

        String reserve = "/funds/reserves/" + w.town;
        officer.get(reserve);
        WebSession.Page topped = officer.post(reserve + "/movements", "kind", "TOP_UP", "amount", "2000",
                "on", "2026-05-06", "purpose", "备用金", "reference", "");
        assertThat(topped.textOf("balance")).isEqualTo("2,000.00 元");
        WebSession town = WebSession.signIn(port, w.caseworker, PaymentWorld.PASSWORD);
        assertThat(town.get("/funds").path()).as("a town sees its reserve").isEqualTo(reserve);
        WebSession.Page overdrawn = town.post(reserve + "/movements", "kind", "SPENDING", "amount", "2500",
                "on", "2026-05-07", "purpose", "急难救助");
        assertThat(overdrawn.status()).isEqualTo(400);
        assertThat(overdrawn.textOf("amount-error")).contains("2000.00");
        WebSession.Page spent = town.post(reserve + "/movements", "kind", "SPENDING", "amount", "500",
                "on", "2026-05-07", "purpose", "急难救助");
        assertThat(spent.textOf("balance")).isEqualTo("1,500.00 元");
        assertThat(spent.textOf("movements")).contains("急难救助", "500.00", w.caseworker);

        WebSession.Page calculators = officer.get("/funds/calculators");
        assertThat(calculators.textOf("calculators")).contains("临时救助资金", "自然灾害救助资金");
        WebSession.Page temporary = officer.get("/funds/calculators/temporary-assistance?region=" + w.county
                + "&year=2026&residents=100000");
        assertThat(temporary.textOf("total")).isEqualTo("150,000.00 元");
        assertThat(temporary.textOf("parameters")).contains("990100000000");
        WebSession.Page wrong = officer.get("/funds/calculators/day-care-construction?year=2026&centres=x");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.textOf("centres-error")).isNotBlank();
    }

    static WebSession.Page waitUntilGenerated(WebSession session, String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            WebSession.Page page = session.get(path);
            String state = page.textOf("state");
            if (!"正在生成".equals(state) || Instant.now().isAfter(deadline)) {
                return page;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
