package org.doudi.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.doudi.testing.Api;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Payrolls through HTTP: each test in a county of its own, its months in the past (2026). */
@DoudiTest
class PayrollApiTest {

    @LocalServerPort
    int port;

    @Test
    void theSameMonthGeneratedTwiceYieldsOnePaymentPerBenefit() throws Exception {
        PaymentWorld w = PaymentWorld.create(port);
        long a = w.single("王大山").get("id").asLong();
        long b = w.single("李小河").get("id").asLong();
        long c = w.single("赵春生").get("id").asLong();
        long ba = w.grant(a, "2026-06", "650").get("id").asLong();
        long bb = w.grant(b, "2026-06", "420.50").get("id").asLong();
        long bc = w.grant(c, "2026-06", "980").get("id").asLong();

        var first = w.generateResponse(w.officer, "DIBAO", "2026-06");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        JsonNode p = first.json();
        long id = p.get("id").asLong();
        assertThat(p.get("state").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(p.get("month").asString()).isEqualTo("2026-06");
        assertThat(p.at("/totals/lines").asLong()).isEqualTo(3);
        assertThat(p.at("/totals/payable").decimalValue()).isEqualByComparingTo("2050.50");

        var again = w.generateResponse(w.officer, "DIBAO", "2026-06");
        assertThat(again.status()).as("the open payroll of the same parameters is answered").isEqualTo(200);
        assertThat(again.json().get("id").asLong()).isEqualTo(id);
        assertThat(w.lines(id)).hasSize(3);

        Map<Long, java.math.BigDecimal> amounts = new HashMap<>();
        for (JsonNode l : w.lines(id)) {
            assertThat(l.get("kind").asString()).isEqualTo("REGULAR");
            assertThat(l.get("status").asString()).isEqualTo("DUE");
            assertThat(l.get("forMonth").asString()).isEqualTo("2026-06");
            assertThat(l.get("accountMasked").asString()).as("masked in the API").matches("\\*+\\d{4}");
            amounts.put(l.get("benefitId").asLong(), l.get("amount").decimalValue());
        }
        assertThat(amounts.get(ba)).isEqualByComparingTo("650");
        assertThat(amounts.get(bb)).isEqualByComparingTo("420.50");
        assertThat(amounts.get(bc)).isEqualByComparingTo("980");

        w.step(w.checker, id, "approve");
        w.step(w.officer, id, "export");
        var supplementary = w.generateResponse(w.officer, "DIBAO", "2026-06");
        assertThat(supplementary.status()).as("once exported, a new payroll pays only what is unpaid").isEqualTo(201);
        assertThat(supplementary.json().get("id").asLong()).isNotEqualTo(id);
        assertThat(supplementary.json().at("/totals/lines").asLong()).isZero();

        // two clerks pressing the button at the same moment for the next month: one payroll, one line per benefit
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Api.Response> call = () -> {
                start.await();
                return w.generateResponse(w.officer, "DIBAO", "2026-07");
            };
            Future<Api.Response> one = pool.submit(call);
            Future<Api.Response> two = pool.submit(call);
            start.countDown();
            List<Integer> statuses = new ArrayList<>(List.of(one.get().status(), two.get().status()));
            assertThat(statuses).as(one.get() + "\n" + two.get()).containsExactlyInAnyOrder(200, 201);
            assertThat(one.get().json().get("id").asLong()).isEqualTo(two.get().json().get("id").asLong());
            List<JsonNode> july = w.lines(one.get().json().get("id").asLong());
            assertThat(july).hasSize(3);
            assertThat(july).allMatch(l -> l.get("forMonth").asString().equals("2026-07"));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aBenefitDecidedLateIsPaidItsPastMonthsAsArrearsAndAMonthWithoutPayrollIsCaughtUp() {
        PaymentWorld w = PaymentWorld.create(port);
        long a = w.single("孙守田").get("id").asLong();
        long ba = w.grant(a, "2026-06", "600").get("id").asLong();
        w.paid("2026-06");

        // decided after June's payroll was exported, paying from June
        long late = w.single("周晚秋").get("id").asLong();
        long bl = w.grant(late, "2026-06", "500").get("id").asLong();
        long july = w.generate("2026-07").get("id").asLong();
        assertThat(kinds(w.lines(july, late))).containsExactlyInAnyOrder("REGULAR 2026-07 DUE 500.00",
                "ARREARS 2026-06 DUE 500.00");
        assertThat(kinds(w.lines(july, a))).containsExactly("REGULAR 2026-07 DUE 600.00");
        w.step(w.checker, july, "approve");
        w.step(w.officer, july, "export");

        // no payroll for August: September's pays it
        long september = w.generate("2026-09").get("id").asLong();
        assertThat(kinds(w.lines(september, a))).containsExactlyInAnyOrder("REGULAR 2026-09 DUE 600.00",
                "ARREARS 2026-08 DUE 600.00");
        assertThat(kinds(w.lines(september, late))).containsExactlyInAnyOrder("REGULAR 2026-09 DUE 500.00",
                "ARREARS 2026-08 DUE 500.00");
        assertThat(w.generateResponse(w.officer, "DIBAO", "2026-09").json().get("id").asLong()).isEqualTo(september);
        assertThat(w.lines(september)).hasSize(4);
        w.step(w.checker, september, "approve");
        w.step(w.officer, september, "export");

        long october = w.generate("2026-10").get("id").asLong();
        assertThat(kinds(w.lines(october))).containsExactlyInAnyOrder("REGULAR 2026-10 DUE 600.00",
                "REGULAR 2026-10 DUE 500.00");
        // every month of each benefit paid exactly once over the four payrolls
        assertThat(monthsPaid(w, ba)).containsExactly("2026-06", "2026-07", "2026-08", "2026-09", "2026-10");
        assertThat(monthsPaid(w, bl)).containsExactly("2026-06", "2026-07", "2026-08", "2026-09", "2026-10");
    }

    @Test
    void aDeathReportedMidMonthStopsTheNextPayrollAndWhatWasAlreadyPaidForLaterMonthsIsRecovered() {
        PaymentWorld w = PaymentWorld.create(port);
        JsonNode h = w.single("钱老汉");
        long household = h.get("id").asLong();
        long head = PaymentWorld.personOf(h, "HEAD");
        long benefit = w.grant(household, "2026-06", "650").get("id").asLong();
        JsonNode couple = w.household("RURAL", List.of(
                PaymentWorld.member("郑大伯", "HEAD", java.time.LocalDate.of(1948, 1, 1), PaymentWorld.account()),
                PaymentWorld.member("郑大妈", "SPOUSE", java.time.LocalDate.of(1950, 1, 1), null)));
        long coupleId = couple.get("id").asLong();
        w.grant(coupleId, "2026-06", "900");
        w.paid("2026-06");
        w.paid("2026-07");
        long august = w.paid("2026-08").get("id").asLong();
        assertThat(kinds(w.lines(august, household))).containsExactly("REGULAR 2026-08 EXPORTED 650.00");

        // reported in September: he died on 10 July; the couple's head (the payee) on 15 September
        w.died(household, head, "2026-07-10");
        w.died(coupleId, PaymentWorld.personOf(couple, "HEAD"), "2026-09-15");
        JsonNode september = w.generate("2026-09");
        long sep = september.get("id").asLong();
        // the registry's record of the death stopped his benefit after July (casework's reviews): nothing is due
        assertThat(w.lines(sep, household)).as("nothing is due after the death").isEmpty();
        JsonNode stoppedByDeath = w.as(w.officer).get("/api/v1/benefits/" + benefit).json();
        assertThat(stoppedByDeath.get("toMonth").asString()).isEqualTo("2026-07");
        assertThat(stoppedByDeath.get("endReason").asString()).isEqualTo("DEATH");
        List<JsonNode> theirs = w.lines(sep, coupleId);
        assertThat(theirs.get(0).get("hold").asString()).as("the payee died: a new head first")
                .isEqualTo("PAYEE_DECEASED");
        assertThat(september.at("/totals/payableLines").asLong()).isZero();

        // August was paid after his death: a recovery, once, whoever reports it again
        JsonNode recoveries = w.as(w.officer).get("/api/v1/recoveries?householdId=" + household).json();
        assertThat(recoveries.get("total").asLong()).isEqualTo(1);
        JsonNode r = recoveries.get("items").get(0);
        assertThat(r.get("reason").asString()).isEqualTo("PAID_AFTER_DEATH");
        assertThat(r.get("sourceMonth").asString()).isEqualTo("2026-08");
        assertThat(r.get("amount").decimalValue()).isEqualByComparingTo("650");
        assertThat(r.get("outstanding").decimalValue()).isEqualByComparingTo("650");
        w.generateResponse(w.officer, "DIBAO", "2026-09");
        assertThat(w.as(w.officer).get("/api/v1/recoveries?householdId=" + household).json().get("total").asLong())
                .as("generating again does not recover August a second time").isEqualTo(1);

        // the family pays it back
        long id = r.get("id").asLong();
        var refund = w.as(w.officer).post("/api/v1/recoveries/" + id + "/refunds",
                Map.of("amount", "650", "receivedOn", "2026-10-08", "note", "家属退回"));
        assertThat(refund.status()).as(refund.toString()).isEqualTo(200);
        assertThat(refund.json().get("outstanding").decimalValue()).isEqualByComparingTo("0");
        assertThat(w.as(w.officer).get("/api/v1/recoveries?open=true&householdId=" + household).json()
                .get("total").asLong()).isZero();
        var tooMuch = w.as(w.officer).post("/api/v1/recoveries/" + id + "/refunds",
                Map.of("amount", "1", "receivedOn", "2026-10-08"));
        assertThat(fields(tooMuch)).containsExactly("amount");
    }

    @Test
    void aStopDecidedBeforeTheBankFileCancelsThePaymentAndOneDecidedAfterItIsRecovered() {
        PaymentWorld w = PaymentWorld.create(port);
        long household = w.single("冯来顺").get("id").asLong();
        long benefit = w.grant(household, "2026-06", "500").get("id").asLong();
        w.paid("2026-06");
        long july = w.paid("2026-07").get("id").asLong();
        long august = w.generate("2026-08").get("id").asLong();

        // the household left the programme after June, decided in August
        w.stop(benefit, "2026-06", "EXIT");
        List<JsonNode> aug = w.lines(august, household);
        assertThat(aug.get(0).get("status").asString()).as("not yet in a bank file: cancelled").isEqualTo("CANCELLED");
        JsonNode recoveries = w.as(w.officer).get("/api/v1/recoveries?householdId=" + household).json();
        assertThat(recoveries.get("total").asLong()).isEqualTo(1);
        assertThat(recoveries.at("/items/0/reason").asString()).isEqualTo("PAID_AFTER_STOP");
        assertThat(recoveries.at("/items/0/sourceReference").asString()).isEqualTo(w.lines(july, household).get(0)
                .get("reference").asString());
        w.step(w.checker, august, "approve");
        JsonNode exported = w.step(w.officer, august, "export");
        assertThat(exported.at("/totals/payableLines").asLong()).isZero();
        assertThat(w.bankFile(august, "csv").split("\r\n")).hasSize(1);
    }

    @Test
    void aFailedBankPaymentIsPaidAgainOnceTheAccountIsCorrectedAndNeverTwice() {
        PaymentWorld w = PaymentWorld.create(port);
        JsonNode ha = w.single("吴有才");
        long a = ha.get("id").asLong();
        long b = w.single("陈满仓").get("id").asLong();
        long benefitA = w.grant(a, "2026-06", "700").get("id").asLong();
        w.grant(b, "2026-06", "450");
        long june = w.paid("2026-06").get("id").asLong();
        String failedRef = w.lines(june, a).get(0).get("reference").asString();

        String returned = w.returnFor(june, List.of(failedRef));
        var imported = w.returnFile(june, returned);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("paid").asInt()).isEqualTo(1);
        assertThat(imported.json().get("failed").asInt()).isEqualTo(1);
        assertThat(imported.json().get("state").asString()).isEqualTo("RECONCILED");
        assertThat(w.payroll(june).get("state").asString()).isEqualTo("RECONCILED");
        var repeated = w.returnFile(june, returned);
        assertThat(repeated.json().get("repeated").asBoolean()).as("the same file again changes nothing").isTrue();
        JsonNode failed = w.as(w.officer).get("/api/v1/payrolls/failed-payments").json();
        assertThat(failed.get("items")).extracting(l -> l.get("reference").asString()).contains(failedRef);
        assertThat(w.lines(june, a).get(0).get("status").asString()).isEqualTo("FAILED");
        assertThat(w.lines(june, a).get(0).get("note").asString()).isEqualTo("账户已销户");

        // July: the account is still the one the bank returned; nothing goes there
        long july = w.generate("2026-07").get("id").asLong();
        assertThat(kinds(w.lines(july, a))).containsExactlyInAnyOrder("REGULAR 2026-07 HELD 700.00",
                "REPAYMENT 2026-06 HELD 700.00");
        assertThat(w.lines(july, a)).allMatch(l -> l.get("hold").asString().equals("ACCOUNT_FAILED"));
        assertThat(kinds(w.lines(july, b))).containsExactly("REGULAR 2026-07 DUE 450.00");
        w.step(w.checker, july, "approve");
        w.step(w.officer, july, "export");

        // corrected in August: June and July are paid with August, to the new account, once
        String corrected = PaymentWorld.account();
        w.newAccount(a, PaymentWorld.personOf(ha, "HEAD"), corrected);
        long august = w.generate("2026-08").get("id").asLong();
        assertThat(kinds(w.lines(august, a))).containsExactlyInAnyOrder("REGULAR 2026-08 DUE 700.00",
                "ARREARS 2026-07 DUE 700.00", "REPAYMENT 2026-06 DUE 700.00");
        assertThat(w.generateResponse(w.officer, "DIBAO", "2026-08").json().at("/totals/lines").asLong())
                .isEqualTo(4);
        w.step(w.checker, august, "approve");
        w.step(w.officer, august, "export");
        String file = w.bankFile(august, "csv");
        assertThat(file.split(corrected, -1)).as("the new account, in full, on three payments").hasSize(4);
        assertThat(file).contains("低保金重发 2026-06", "低保金补发 2026-07", "低保金 2026-08");
        long september = w.generate("2026-09").get("id").asLong();
        assertThat(kinds(w.lines(september, a))).containsExactly("REGULAR 2026-09 DUE 700.00");
        assertThat(monthsPaid(w, benefitA)).containsExactly("2026-06", "2026-07", "2026-08", "2026-09");

        // a later file contradicting the first is refused, naming its line, and nothing changes
        var contradiction = w.returnFile(june, "reference,status\n" + failedRef + ",PAID\n");
        assertThat(fields(contradiction)).containsExactly("line 2");
        assertThat(w.lines(june, a).get(0).get("status").asString()).isEqualTo("FAILED");
    }

    @Test
    void anAccountReleasedUnchangedIsPaidAgainWithTheMonthsItMissedOnceAndTheReleaseIsAudited() {
        PaymentWorld w = PaymentWorld.create(port);
        long a = w.single("郑有福").get("id").asLong();
        long benefitA = w.grant(a, "2026-06", "600").get("id").asLong();
        long june = w.paid("2026-06").get("id").asLong();
        JsonNode line = w.lines(june, a).get(0);
        long lineId = line.get("id").asLong();
        var imported = w.returnFile(june, w.returnFor(june, List.of(line.get("reference").asString())));
        assertThat(imported.json().get("failed").asInt()).isEqualTo(1);
        long july = w.generate("2026-07").get("id").asLong();
        assertThat(w.lines(july, a)).allMatch(l -> l.get("hold").asString().equals("ACCOUNT_FAILED"));
        w.step(w.checker, july, "approve");
        w.step(w.officer, july, "export");

        String path = "/api/v1/payrolls/failed-payments/" + lineId + "/release";
        assertThat(fields(w.as(w.officer).post(path, Map.of("note", " ")))).containsExactly("note");
        assertThat(w.as(w.caseworker).post(path, Map.of("note", "银行系统故障已排除")).status())
                .as("a town caseworker may not").isEqualTo(403);
        PaymentWorld other = PaymentWorld.create(port);
        assertThat(other.as(other.officer).post(path, Map.of("note", "银行系统故障已排除")).status())
                .as("another county's officer does not see it").isEqualTo(404);

        var released = w.as(w.officer).post(path, Map.of("note", "银行系统故障已排除"));
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().get("failuresCleared").asInt()).isEqualTo(1);
        assertThat(released.json().get("by").asString()).isEqualTo(w.officer);
        assertThat(w.as(w.officer).post(path, Map.of("note", "again")).status()).as("released already").isEqualTo(409);
        JsonNode audit = Api.as(port, "admin").get("/api/v1/audit?entityType=payment-failure&entityId=" + lineId
                + "&size=50").json();
        assertThat(audit.get("items")).extracting(e -> e.get("action").asString())
                .containsExactly("payment.account-release");

        // August: the same account again, with June and July, once each
        long august = w.generate("2026-08").get("id").asLong();
        assertThat(kinds(w.lines(august, a))).containsExactlyInAnyOrder("REGULAR 2026-08 DUE 600.00",
                "ARREARS 2026-07 DUE 600.00", "REPAYMENT 2026-06 DUE 600.00");
        w.step(w.checker, august, "approve");
        w.step(w.officer, august, "export");
        assertThat(monthsPaid(w, benefitA)).containsExactly("2026-06", "2026-07", "2026-08");
    }

    @Test
    void anOverpaymentIsTakenBackByTheInstalmentsDecided() {
        PaymentWorld w = PaymentWorld.create(port);
        long household = w.single("蒋有余").get("id").asLong();
        long benefit = w.grant(household, "2026-06", "600").get("id").asLong();
        var bad = w.as(w.officer).post("/api/v1/recoveries", Map.of("benefitId", benefit, "amount", "-5",
                "instalment", "300.001"));
        assertThat(fields(bad)).containsExactlyInAnyOrder("amount", "instalment", "note");
        var decided = w.as(w.officer).post("/api/v1/recoveries", Map.of("benefitId", benefit, "amount", "1000",
                "instalment", "300", "note", "复核发现务工收入未申报"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        long id = decided.json().get("id").asLong();

        List<String> netAmounts = new ArrayList<>();
        for (String month : List.of("2026-06", "2026-07", "2026-08", "2026-09", "2026-10")) {
            long payroll = w.paid(month).get("id").asLong();
            JsonNode line = w.lines(payroll, household).get(0);
            netAmounts.add(line.get("deducted").decimalValue().stripTrailingZeros().toPlainString() + "/"
                    + line.get("amount").decimalValue().stripTrailingZeros().toPlainString());
            w.returnFile(payroll, w.returnFor(payroll, List.of()));
        }
        assertThat(netAmounts).containsExactly("300/300", "300/300", "300/300", "100/500", "0/600");
        JsonNode r = w.as(w.officer).get("/api/v1/recoveries/" + id).json();
        assertThat(r.get("recovered").decimalValue()).isEqualByComparingTo("1000");
        assertThat(r.get("outstanding").decimalValue()).isEqualByComparingTo("0");
        assertThat(r.get("deductions")).hasSize(4);
        assertThat(r.get("deductions")).allMatch(d -> d.get("confirmed").asBoolean());
    }

    @Test
    void theCheckerIsNotTheMakerAndEveryoneActsOnlyInTheirRegionAndRole() {
        PaymentWorld w = PaymentWorld.create(port);
        w.grant(w.single("韩守业").get("id").asLong(), "2026-06", "500");
        JsonNode p = w.generate("2026-06");
        long id = p.get("id").asLong();
        int version = p.get("version").asInt();

        var own = w.as(w.officer).post("/api/v1/payrolls/" + id + "/approve", Map.of("version", version));
        assertThat(own.status()).as(own.toString()).isEqualTo(403);
        assertThat(own.json().get("detail").asString()).contains("you generated payroll " + id);
        var townApprover = w.as(w.townApprover).post("/api/v1/payrolls/" + id + "/approve", Map.of("version", version));
        assertThat(townApprover.status()).as("a town approver's role does not approve payrolls").isEqualTo(403);
        var export = w.as(w.checker).post("/api/v1/payrolls/" + id + "/export", Map.of("version", version));
        assertThat(export.status()).as("not approved yet").isEqualTo(409);
        var stale = w.as(w.checker).post("/api/v1/payrolls/" + id + "/approve", Map.of("version", version + 7));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(w.as(w.checker).post("/api/v1/payrolls/" + id + "/approve", Map.of()).status()).isEqualTo(400);

        for (String outsider : List.of("hekou.county", "qingshan.county", "qingshan.town.caseworker")) {
            assertThat(w.as(outsider).get("/api/v1/payrolls/" + id).status()).as(outsider).isEqualTo(404);
            assertThat(w.as(outsider).get("/api/v1/payrolls/" + id + "/lines").status()).as(outsider).isEqualTo(404);
            assertThat(w.as(outsider).get("/api/v1/payrolls?month=2026-06&size=500").json().get("items"))
                    .as(outsider).noneMatch(i -> i.get("id").asLong() == id);
        }
        var hekou = w.as("hekou.county").post("/api/v1/payrolls/" + id + "/approve", Map.of("version", version));
        assertThat(hekou.status()).isEqualTo(404);
        var otherCounty = w.as("hekou.county").post("/api/v1/payrolls", Map.of("countyCode", w.county,
                "programme", "DIBAO", "month", "2026-07"));
        assertThat(otherCounty.status()).as("a county outside the region is not found").isEqualTo(404);
        assertThat(w.as("city.supervisor").get("/api/v1/payrolls/" + id).status()).as("the city reads").isEqualTo(200);
        assertThat(w.as("city.supervisor").post("/api/v1/payrolls", Map.of("countyCode", w.county,
                "programme", "DIBAO", "month", "2026-07")).status()).isEqualTo(403);

        var approved = w.as(w.checker).post("/api/v1/payrolls/" + id + "/approve", Map.of("version", version));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("approvedBy").asString()).isEqualTo(w.checker);
        assertThat(approved.json().get("generatedBy").asString()).isEqualTo(w.officer);

        var audit = w.as("admin").get("/api/v1/audit?entityType=payroll&entityId=" + id + "&size=50");
        List<String> actions = new ArrayList<>();
        audit.json().get("items").forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).contains("payroll.create", "payroll.generate", "payroll.approve");
    }

    @Test
    void aRejectedPayrollFreesWhatItWouldHavePaid() {
        PaymentWorld w = PaymentWorld.create(port);
        long household = w.single("褚金宝").get("id").asLong();
        w.grant(household, "2026-06", "530");
        long first = w.generate("2026-06").get("id").asLong();
        var noReason = w.as(w.checker).post("/api/v1/payrolls/" + first + "/reject",
                Map.of("version", w.payroll(first).get("version").asInt()));
        assertThat(fields(noReason)).containsExactly("reason");
        var rejected = w.as(w.checker).post("/api/v1/payrolls/" + first + "/reject",
                Map.of("version", w.payroll(first).get("version").asInt(), "reason", "金额核对有误"));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().get("state").asString()).isEqualTo("REJECTED");
        assertThat(w.lines(first).get(0).get("status").asString()).isEqualTo("CANCELLED");
        long second = w.generate("2026-06").get("id").asLong();
        assertThat(second).isNotEqualTo(first);
        assertThat(kinds(w.lines(second))).containsExactly("REGULAR 2026-06 DUE 530.00");
    }

    @Test
    void badInputNamesEveryFieldAndChangesNothing() {
        PaymentWorld w = PaymentWorld.create(port);
        var all = w.as(w.officer).post("/api/v1/payrolls", Map.of("countyCode", "12345", "programme", "FOO",
                "month", "2026-13"));
        assertThat(fields(all)).containsExactlyInAnyOrder("countyCode", "programme", "month");
        var town = w.as(w.officer).post("/api/v1/payrolls", Map.of("countyCode", w.town, "programme", "DIBAO",
                "month", "2026-06"));
        assertThat(fields(town)).containsExactly("countyCode");
        var future = w.as(w.officer).post("/api/v1/payrolls", Map.of("programme", "DIBAO", "month", "2099-01"));
        assertThat(fields(future)).containsExactly("month");
        assertThat(w.as(w.officer).get("/api/v1/payrolls?size=0&page=-1").status()).isEqualTo(400);
        assertThat(w.as(w.officer).get("/api/v1/payrolls?state=SOMETIME").status()).isEqualTo(400);

        long household = w.single("卫长生").get("id").asLong();
        w.grant(household, "2026-06", "480");
        JsonNode p = w.paid("2026-06");
        long id = p.get("id").asLong();
        String ref = w.lines(id).get(0).get("reference").asString();
        var rows = w.returnFile(id, "reference,status,amount\n" + ref + ",PAID,480.00\n" + ref + ",PAID,\n"
                + "P999999L1,PAID,\n" + ref.replace("L", "L9") + ",FAILED,\n,PAID,\n" + ref + ",MAYBE,\n");
        assertThat(fields(rows)).containsExactly("line 3", "line 4", "line 5", "line 6", "line 7");
        var amount = w.returnFile(id, "reference,status,amount\n" + ref + ",PAID,48.00\n");
        assertThat(fields(amount)).containsExactly("line 2");
        var header = w.returnFile(id, "参考,状态\n" + ref + ",成功\n");
        assertThat(fields(header)).containsExactly("line 1");
        assertThat(w.payroll(id).get("state").asString()).isEqualTo("EXPORTED");
        assertThat(w.lines(id).get(0).get("status").asString()).isEqualTo("EXPORTED");
        var chinese = w.returnFile(id, "参考号,状态,原因\n" + ref + ",成功,\n");
        assertThat(chinese.status()).as(chinese.toString()).isEqualTo(200);
        assertThat(w.lines(id).get(0).get("status").asString()).isEqualTo("PAID");
    }

    @Test
    void theBankFileCarriesTheFullAccountInCsvAndXlsxWhileTheApiMasksIt() throws Exception {
        PaymentWorld w = PaymentWorld.create(port);
        String account = PaymentWorld.account();
        JsonNode h = w.household("URBAN", List.of(PaymentWorld.member("沈晓梅", "HEAD",
                java.time.LocalDate.of(1980, 5, 5), account)));
        long household = h.get("id").asLong();
        w.grant(household, "2026-06", "820");
        long id = w.generate("2026-06").get("id").asLong();
        var early = w.as(w.officer).get("/api/v1/payrolls/" + id + "/bank-file");
        assertThat(early.status()).as("no bank file before the export").isEqualTo(409);
        w.step(w.checker, id, "approve");
        w.step(w.officer, id, "export");
        JsonNode line = w.lines(id).get(0);
        assertThat(line.get("accountMasked").asString()).isEqualTo("*".repeat(account.length() - 4)
                + account.substring(account.length() - 4));
        assertThat(w.as(w.officer).get("/api/v1/payrolls/" + id + "/lines").body()).doesNotContain(account);

        String[] csv = w.bankFile(id, "csv").split("\r\n");
        assertThat(csv[0]).isEqualTo("reference,name,account,bank,amount,purpose,month");
        assertThat(csv).hasSize(2);
        assertThat(csv[1]).isEqualTo(line.get("reference").asString() + ",沈晓梅," + account
                + ",农村信用社,820.00,低保金 2026-06,2026-06");

        byte[] xlsx = w.download(id, "xlsx");
        Map<String, String> parts = new HashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(parts).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml",
                "xl/worksheets/sheet2.xml", "xl/styles.xml");
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<t xml:space=\"preserve\">" + account + "</t>", "<v>820.00</v>", "账号");
        assertThat(parts.get("xl/worksheets/sheet2.xml")).contains("<v>820.00</v>");

        var audit = w.as("admin").get("/api/v1/audit?entityType=payroll&entityId=" + id + "&size=50").json();
        List<String> actions = new ArrayList<>();
        audit.get("items").forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).as("every download of full accounts is recorded").contains("read.payroll");

        // the account changed after the export: the file can no longer be the one handed over
        w.newAccount(household, PaymentWorld.personOf(h, "HEAD"), PaymentWorld.account());
        assertThat(w.as(w.officer).get("/api/v1/payrolls/" + id + "/bank-file").status()).isEqualTo(409);
    }

    @Test
    void anApprovedDibaoDecisionIsPaidFromTheMonthAfterIt() {
        PaymentWorld w = PaymentWorld.create(port);
        JsonNode h = w.household("RURAL", List.of(
                withWage(PaymentWorld.member("彭建国", "HEAD", java.time.LocalDate.of(1985, 3, 1),
                        PaymentWorld.account())),
                PaymentWorld.member("彭秀英", "SPOUSE", java.time.LocalDate.of(1987, 6, 1), null),
                PaymentWorld.member("彭小宝", "CHILD", java.time.LocalDate.of(2016, 9, 1), null)));
        long household = h.get("id").asLong();
        Api caseworker = w.as(w.caseworker);
        var c = caseworker.post("/api/v1/cases", Map.of("householdId", household, "receivedOn", "2026-05-06",
                "documents", List.of("APPLICATION_FORM", "HOUSEHOLD_REGISTER", "ID_CARDS", "INCOME_DECLARATION",
                        "ASSET_DECLARATION", "VERIFICATION_CONSENT")));
        assertThat(c.status()).as(c.toString()).isEqualTo(201);
        long caseId = c.json().get("id").asLong();
        JsonNode k = c.json();
        k = act(caseworker, caseId, "investigation", k, Map.of("on", "2026-05-07", "visitors", List.of("甲", "乙"),
                "findings", "入户调查"));
        k = act(caseworker, caseId, "verification", k, Map.of("on", "2026-05-08", "result", "CONSISTENT"));
        k = act(caseworker, caseId, "assessment", k, Map.of("on", "2026-05-08"));
        k = act(w.as(w.townApprover), caseId, "town-opinion", k, Map.of("on", "2026-05-09", "recommendation",
                "APPROVE"));
        k = act(caseworker, caseId, "publicity", k, Map.of("on", "2026-05-11", "place", "村务公开栏"));
        // a county of its own, which has not devolved 低保 decisions to its towns: its officer decides
        k = act(w.as(w.officer), caseId, "decision", k, Map.of("on", "2026-05-19", "outcome", "APPROVE"));
        int amount = k.at("/decision/monthlyAmount").asInt();
        assertThat(amount).isPositive();

        JsonNode may = w.as(w.officer).post("/api/v1/payrolls", Map.of("programme", "DIBAO", "month", "2026-05")).json();
        assertThat(may.at("/totals/lines").asLong()).as("not before the month after the decision").isZero();
        long june = w.generate("2026-06").get("id").asLong();
        List<JsonNode> lines = w.lines(june, household);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).get("amount").asInt()).isEqualTo(amount);
        assertThat(lines.get(0).get("payeeName").asString()).isEqualTo("彭建国");
    }

    // ---- helpers

    static Map<String, Object> withWage(Map<String, Object> member) {
        member.put("incomes", List.of(Map.of("type", "WAGE", "monthly", "1200", "from", "2025-01")));
        return member;
    }

    static JsonNode act(Api as, long caseId, String step, JsonNode current, Map<String, Object> body) {
        Map<String, Object> withVersion = new java.util.LinkedHashMap<>(body);
        withVersion.put("version", current.get("version").asInt());
        var r = as.post("/api/v1/cases/" + caseId + "/" + step, withVersion);
        assertThat(r.status()).as(step + ": " + r).isEqualTo(200);
        return r.json();
    }

    /** Each line as "KIND month STATUS amount". */
    static List<String> kinds(List<JsonNode> lines) {
        return lines.stream().map(l -> l.get("kind").asString() + " " + l.get("forMonth").asString() + " "
                + l.get("status").asString() + " " + l.get("amount").decimalValue().setScale(2)).toList();
    }

    /** The months a benefit has been paid (or is to be) across every payroll of the county, in order. */
    static List<String> monthsPaid(PaymentWorld w, long benefitId) {
        List<String> months = new ArrayList<>();
        for (JsonNode p : w.as(w.officer).get("/api/v1/payrolls?size=500&county=" + w.county).json().get("items")) {
            for (JsonNode l : w.lines(p.get("id").asLong())) {
                String status = l.get("status").asString();
                if (l.get("benefitId").asLong() == benefitId && !l.get("kind").asString().equals("PRICE_SUBSIDY")
                        && List.of("DUE", "EXPORTED", "PAID").contains(status)) {
                    months.add(l.get("forMonth").asString());
                }
            }
        }
        return months.stream().sorted().toList();
    }

    static List<String> fields(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
