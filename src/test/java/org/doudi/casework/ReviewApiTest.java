package org.doudi.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.doudi.payment.BenefitKind;
import org.doudi.payment.BenefitsInForce;
import org.doudi.payment.NewBenefit;
import org.doudi.registry.IdNumber;
import org.doudi.shared.security.Actor;
import org.doudi.shared.security.Role;
import org.doudi.testing.SignedIn;
import org.doudi.testing.Api;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Reviews of benefits in force through HTTP, as the demo users of 青山镇: the schedule by category, each
 * outcome's effect on the benefit from the next month, changes reported, exits, deaths, maker-checker.
 * A 低保 benefit comes from an application approved on 22 October 2026 through the case API (from November);
 * the review's steps happen today, so its effects are asserted against today's month.
 */
@DoudiTest
class ReviewApiTest {

    static final String SHIQIAO = "990121101201";
    static final String HEKOU_VILLAGE = "990122101201";
    static final String CASEWORKER = "qingshan.town.caseworker";
    static final String APPROVER = "qingshan.town.approver";
    static final String COUNTY = "qingshan.county";
    static final List<String> ALL_DOCUMENTS = List.of("APPLICATION_FORM", "HOUSEHOLD_REGISTER", "ID_CARDS",
            "INCOME_DECLARATION", "ASSET_DECLARATION", "VERIFICATION_CONSENT");
    static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(3000));
    static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    BenefitsInForce benefits;

    final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    final YearMonth thisMonth = YearMonth.from(today);

    // ---- the schedule

    @Test
    void theScheduleOpensOneReviewPerBenefitDueByCategoryAndNeverASecond() {
        long unstable = workingFamily(SHIQIAO);
        long stable = elderlyCouple(SHIQIAO);
        long unstableBenefit = approvedDibao(unstable).get("id").asLong();
        long stableBenefit = approvedDibao(stable).get("id").asLong();

        var run = as(CASEWORKER).post("/api/v1/reviews/schedule", Map.of());
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.json().get("created").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(run.json().get("asOf").asString()).isEqualTo(today.toString());

        JsonNode half = onlyReview(unstableBenefit);
        assertThat(half.get("kind").asString()).isEqualTo("SCHEDULED");
        assertThat(half.get("category").asString()).as("a member works: income unstable").isEqualTo("UNSTABLE");
        assertThat(half.get("dueOn").asString()).as("six months after the grant").isEqualTo("2027-04-22");
        assertThat(half.get("state").asString()).isEqualTo("OPEN");
        assertThat(half.get("householdId").asLong()).isEqualTo(unstable);
        JsonNode year = onlyReview(stableBenefit);
        assertThat(year.get("category").asString()).as("both over 70, a basic pension only").isEqualTo("STABLE");
        assertThat(year.get("dueOn").asString()).as("a year after the grant").isEqualTo("2027-10-22");

        var again = as(COUNTY).post("/api/v1/reviews/schedule", Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("alreadyOpen").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(onlyReview(unstableBenefit).get("id").asLong()).as("no second review").isEqualTo(half.get("id").asLong());
        assertThat(onlyReview(stableBenefit).get("id").asLong()).isEqualTo(year.get("id").asLong());

        var notTheirs = as("shiqiao.coordinator").post("/api/v1/reviews/schedule", Map.of());
        assertThat(notTheirs.status()).isEqualTo(403);
        var elsewhere = as("hekou.county").get("/api/v1/reviews?benefitId=" + unstableBenefit);
        assertThat(elsewhere.json().get("total").asLong()).as("region-scoped").isZero();
        assertThat(as("hekou.county").get("/api/v1/reviews/" + half.get("id").asLong()).status()).isEqualTo(404);
    }

    @Test
    void aTekunBenefitIsReviewedYearly() {
        long household = elderlyCouple(SHIQIAO);
        long person = members(household).get(0).get("personId").asLong();
        long tekun = grantTekun(household, person, LocalDate.of(2026, 3, 10));
        as(CASEWORKER).post("/api/v1/reviews/schedule", Map.of());
        JsonNode review = onlyReview(tekun);
        assertThat(review.get("category").asString()).isEqualTo("TEKUN");
        assertThat(review.get("personId").asLong()).isEqualTo(person);
        assertThat(review.get("dueOn").asString()).isEqualTo("2027-03-10");
    }

    // ---- the outcomes, each from the month after the decision

    @Test
    void continueLeavesTheBenefitAsItIsAndTheNextReviewIsDueFromTheDecision() {
        long household = workingFamily(SHIQIAO);
        JsonNode benefit = approvedDibao(household);
        long benefitId = benefit.get("id").asLong();
        int amount = benefit.at("/amounts/0/amount").asInt();
        JsonNode r = assessedReview(benefitId);
        assertThat(r.at("/assessment/monthlyAmount").asInt()).as("nothing changed since the application").isEqualTo(amount);
        assertThat(r.get("currentAmount").asInt()).isEqualTo(amount);
        assertThat(strings(r.at("/assessment/allowedOutcomes"))).containsExactly("CONTINUE", "STOP");
        assertThat(fields(as(CASEWORKER).post(path(r, "proposal"), Map.of("version", r.get("version").asInt(),
                "outcome", "CHANGE_AMOUNT")))).containsExactly("outcome");

        r = act(CASEWORKER, r, "proposal", Map.of("outcome", "CONTINUE"));
        r = act(APPROVER, r, "decision", Map.of());
        assertThat(r.at("/decision/outcome").asString()).isEqualTo("CONTINUE");
        JsonNode after = benefit(household, benefitId);
        assertThat(after.get("amounts").size()).isEqualTo(1);
        assertThat(after.get("toMonth").isNull()).isTrue();
        assertThat(after.get("version").asInt()).as("untouched").isEqualTo(benefit.get("version").asInt());

        r = act(CASEWORKER, r, "notification", Map.of("method", "当面送达"));
        assertThat(r.get("state").asString()).isEqualTo("NOTIFIED");
        assertThat(r.at("/notice/text").asString()).contains("继续保障").contains(Integer.toString(amount));
        assertThat(r.at("/notice/method").asString()).isEqualTo("当面送达");

        as(CASEWORKER).post("/api/v1/reviews/schedule", Map.of());
        var reviews = as(CASEWORKER).get("/api/v1/reviews?benefitId=" + benefitId + "&state=OPEN");
        assertThat(reviews.json().get("total").asLong()).isEqualTo(1);
        assertThat(reviews.json().at("/items/0/dueOn").asString()).as("six months after this review's decision")
                .isEqualTo(today.plusMonths(6).toString());
    }

    @Test
    void aChangedAmountIsPaidFromTheMonthAfterTheDecision() {
        long household = workingFamily(SHIQIAO);
        JsonNode benefit = approvedDibao(household);
        long benefitId = benefit.get("id").asLong();
        int before = benefit.at("/amounts/0/amount").asInt();
        // the spouse now receives a remittance: income still below the standard, the gap smaller
        addIncome(household, members(household).get(1).get("personId").asLong(), "TRANSFER", "300", "2025-01");
        int expected = calculatorAmount(household);
        assertThat(expected).isPositive().isLessThan(before);

        JsonNode r = assessedReview(benefitId);
        assertThat(r.at("/assessment/status").asString()).isEqualTo("ELIGIBLE");
        assertThat(r.at("/assessment/monthlyAmount").asInt()).isEqualTo(expected);
        r = act(CASEWORKER, r, "proposal", Map.of("outcome", "CHANGE_AMOUNT"));
        assertThat(r.at("/proposal/monthlyAmount").asInt()).isEqualTo(expected);
        r = act(APPROVER, r, "decision", Map.of());
        assertThat(r.at("/decision/amountFromMonth").asString()).isEqualTo(thisMonth.plusMonths(1).toString());

        JsonNode after = benefit(household, benefitId);
        assertThat(after.get("toMonth").isNull()).isTrue();
        assertThat(after.get("amounts").size()).isEqualTo(2);
        assertThat(after.at("/amounts/0/fromMonth").asString()).isEqualTo("2026-11");
        assertThat(after.at("/amounts/0/amount").asInt()).as("months already decided keep their amount").isEqualTo(before);
        assertThat(after.at("/amounts/1/fromMonth").asString()).isEqualTo(thisMonth.plusMonths(1).toString());
        assertThat(after.at("/amounts/1/amount").asInt()).isEqualTo(expected);

        r = act(CASEWORKER, r, "notification", Map.of("method", "邮寄"));
        assertThat(r.at("/notice/text").asString()).contains("调整为每月 " + expected + " 元").contains("行政复议");
        var notice = as(CASEWORKER).get("/api/v1/reviews/" + r.get("id").asLong() + "/notice");
        assertThat(notice.status()).isEqualTo(200);
        assertThat(notice.json().get("fromMonth").asString()).isEqualTo(thisMonth.plusMonths(1).toString());

        var audit = as("admin").get("/api/v1/audit?entityType=review&entityId=" + r.get("id").asLong() + "&size=100");
        List<String> audited = new ArrayList<>();
        audit.json().get("items").forEach(e -> audited.add(e.get("action").asString()));
        assertThat(audited).as("every step audited").contains("review.investigation", "review.verification",
                "review.assessment", "review.proposal", "review.decision", "review.notification");
        var benefitAudit = as("admin").get("/api/v1/audit?entityType=benefit&entityId=" + benefitId + "&size=100");
        assertThat(benefitAudit.body()).contains("benefit.change-amount");
    }

    @Test
    void aMemberWhoFoundWorkBringsAGradualExitAtTheCurrentAmountThenTheStop() {
        long household = workingFamily(SHIQIAO);
        JsonNode benefit = approvedDibao(household);
        long benefitId = benefit.get("id").asLong();
        int amount = benefit.at("/amounts/0/amount").asInt();
        // the spouse found work: per-capita income above the standard, wages last month
        addIncome(household, members(household).get(1).get("personId").asLong(), "WAGE", "3000",
                thisMonth.minusMonths(13).toString());

        JsonNode r = assessedReview(benefitId);
        assertThat(r.at("/assessment/status").asString()).isEqualTo("GRADUAL_EXIT");
        YearMonth until = thisMonth.plusMonths(6);
        assertThat(r.at("/assessment/until").asString()).as("dibao.gradual_exit_months = 6, from M+1")
                .isEqualTo(until.toString());
        assertThat(strings(r.at("/assessment/allowedOutcomes"))).containsExactly("GRADUAL_EXIT", "STOP");
        r = act(CASEWORKER, r, "proposal", Map.of("outcome", "GRADUAL_EXIT"));
        r = act(APPROVER, r, "decision", Map.of());
        assertThat(r.at("/decision/lastMonth").asString()).isEqualTo(until.toString());
        assertThat(r.at("/decision/benefitEnd").asString()).isEqualTo("GRADUAL_EXIT_ENDED");

        JsonNode after = benefit(household, benefitId);
        assertThat(after.get("toMonth").asString()).isEqualTo(until.toString());
        assertThat(after.get("endReason").asString()).isEqualTo("GRADUAL_EXIT_ENDED");
        assertThat(after.get("amounts").size()).as("the current amount is kept").isEqualTo(1);
        assertThat(after.at("/amounts/0/amount").asInt()).isEqualTo(amount);

        r = act(CASEWORKER, r, "notification", Map.of("method", "当面送达"));
        assertThat(r.at("/notice/text").asString()).contains("渐退").contains(until.getYear() + "年" + until.getMonthValue() + "月");
        as(CASEWORKER).post("/api/v1/reviews/schedule", Map.of());
        assertThat(as(CASEWORKER).get("/api/v1/reviews?state=OPEN&benefitId=" + benefitId).json().get("total").asLong())
                .as("an ending benefit is not scheduled again").isZero();

        // the whole household dies during the gradual exit: the planned end is brought forward
        for (JsonNode member : members(household)) {
            recordDeath(household, member, today);
        }
        JsonNode ended = benefit(household, benefitId);
        assertThat(ended.get("toMonth").asString()).isEqualTo(thisMonth.toString());
        assertThat(ended.get("endReason").asString()).isEqualTo("DEATH");
    }

    @Test
    void aHouseholdNoLongerEntitledIsStoppedFromTheMonthAfterTheDecision() {
        long household = elderlyCouple(SHIQIAO);
        JsonNode benefit = approvedDibao(household);
        long benefitId = benefit.get("id").asLong();
        var car = as(CASEWORKER).post("/api/v1/households/" + household + "/assets", Map.of("kind", "VEHICLE",
                "value", "80000", "exempt", false, "description", "小轿车", "from", "2026-06-01"));
        assertThat(car.status()).as(car.toString()).isEqualTo(201);

        JsonNode r = assessedReview(benefitId);
        assertThat(r.at("/assessment/status").asString()).isEqualTo("INELIGIBLE");
        assertThat(strings(r.at("/assessment/allowedOutcomes"))).containsExactly("STOP");
        r = act(CASEWORKER, r, "proposal", Map.of("outcome", "STOP"));
        r = act(APPROVER, r, "decision", Map.of("reasons", "家庭拥有非必需机动车"));
        assertThat(r.at("/decision/lastMonth").asString()).isEqualTo(thisMonth.toString());

        JsonNode after = benefit(household, benefitId);
        assertThat(after.get("toMonth").asString()).as("paid this month, not the next").isEqualTo(thisMonth.toString());
        assertThat(after.get("endReason").asString()).isEqualTo("EXIT");
        r = act(CASEWORKER, r, "notification", Map.of("method", "当面送达"));
        assertThat(r.at("/notice/text").asString()).contains("停止发放").contains("家庭拥有非必需机动车");
    }

    @Test
    void whoeverVisitedMayNotDecideTheReview() {
        long household = workingFamily(SHIQIAO);
        long benefitId = approvedDibao(household).get("id").asLong();
        as(CASEWORKER).post("/api/v1/reviews/schedule", Map.of());
        JsonNode r = onlyReview(benefitId);
        r = act(APPROVER, r, "investigation", Map.of("visitors", List.of("周敏", "李华"), "findings", "入户复核"));
        r = act(COUNTY, r, "verification", Map.of("result", "CONSISTENT"));
        r = act(CASEWORKER, r, "assessment", Map.of());
        r = act(CASEWORKER, r, "proposal", Map.of("outcome", "CONTINUE"));

        var byVisitor = as(APPROVER).post(path(r, "decision"), Map.of("version", r.get("version").asInt()));
        assertThat(byVisitor.status()).as(byVisitor.toString()).isEqualTo(403);
        assertThat(byVisitor.json().get("detail").asString()).contains("recorded the investigation");
        var byCaseworker = as(CASEWORKER).post(path(r, "decision"), Map.of("version", r.get("version").asInt()));
        assertThat(byCaseworker.status()).as("not a decider's role").isEqualTo(403);
        assertThat(review(r.get("id").asLong()).get("state").asString()).isEqualTo("PROPOSED");

        var returned = as(COUNTY).post(path(r, "return"), Map.of("version", r.get("version").asInt()));
        assertThat(fields(returned)).containsExactly("reasons");
        r = act(COUNTY, r, "decision", Map.of());
        assertThat(r.at("/decision/decidedBy").asString()).isEqualTo(COUNTY);
    }

    // ---- changes reported, exits

    @Test
    void aReportedChangeOpensAnUnscheduledReviewAndOneReportedLateIsFlagged() {
        long household = workingFamily(SHIQIAO);
        long benefitId = approvedDibao(household).get("id").asLong();
        var late = as("shiqiao.coordinator").post("/api/v1/reviews/changes", Map.of("benefitId", benefitId,
                "occurredOn", today.minusMonths(4).toString(), "kind", "INCOME", "summary", "户主换了工作，工资提高"));
        assertThat(late.status()).as(late.toString()).isEqualTo(201);
        JsonNode r = late.json();
        assertThat(r.get("kind").asString()).isEqualTo("CHANGE_REPORTED");
        assertThat(r.at("/change/late").asBoolean()).as("not reported for more than 3 months").isTrue();
        assertThat(r.get("openedOn").asString()).isEqualTo(today.toString());
        var due = as(CASEWORKER).get("/api/v1/calendar/add-working-days?from=" + today + "&days=10");
        assertThat(r.get("dueOn").asString()).as("within 10 working days").isEqualTo(due.json().get("date").asString());

        var second = as(CASEWORKER).post("/api/v1/reviews/changes", Map.of("benefitId", benefitId,
                "occurredOn", today.minusDays(3).toString(), "kind", "MEMBERS", "summary", "儿子外出上学"));
        assertThat(second.status()).as("added to the open review").isEqualTo(200);
        assertThat(second.json().get("id").asLong()).isEqualTo(r.get("id").asLong());
        assertThat(second.json().at("/change/kind").asString()).isEqualTo("MEMBERS");
        assertThat(second.json().at("/change/late").asBoolean()).as("the earlier late report stays noted").isTrue();
        as(CASEWORKER).post("/api/v1/reviews/schedule", Map.of());
        assertThat(as(CASEWORKER).get("/api/v1/reviews?benefitId=" + benefitId).json().get("total").asLong())
                .as("the schedule adds no second review").isEqualTo(1);

        long other = approvedDibao(workingFamily(SHIQIAO)).get("id").asLong();
        var timely = as(CASEWORKER).post("/api/v1/reviews/changes", Map.of("benefitId", other,
                "occurredOn", today.minusMonths(1).toString(), "kind", "ASSETS", "summary", "出售住房"));
        assertThat(timely.json().at("/change/late").asBoolean()).isFalse();

        var bad = as(CASEWORKER).post("/api/v1/reviews/changes", Map.of("on", today.plusDays(1).toString()));
        assertThat(fields(bad)).containsExactlyInAnyOrder("benefitId", "on", "occurredOn", "kind", "summary");
        var unknown = as(CASEWORKER).post("/api/v1/reviews/changes", Map.of("benefitId", 987654321,
                "occurredOn", today.toString(), "kind", "OTHER", "summary", "x"));
        assertThat(fields(unknown)).containsExactly("benefitId");
        var approverMayNot = as(APPROVER).post("/api/v1/reviews/changes", Map.of("benefitId", other));
        assertThat(approverMayNot.status()).isEqualTo(403);
    }

    @Test
    void anExitAtThePersonsWishStopsTheBenefitFromTheNextMonth() {
        long household = elderlyCouple(SHIQIAO);
        long benefitId = approvedDibao(household).get("id").asLong();
        var wrongReason = as(CASEWORKER).post("/api/v1/reviews/exits", Map.of("benefitId", benefitId,
                "reason", "IMPRISONED"));
        assertThat(fields(wrongReason)).containsExactly("reason");

        var exit = as(CASEWORKER).post("/api/v1/reviews/exits", Map.of("benefitId", benefitId, "reason", "OWN_WISH",
                "note", "子女接去城里生活，本人书面申请退出"));
        assertThat(exit.status()).as(exit.toString()).isEqualTo(201);
        JsonNode r = exit.json();
        assertThat(r.get("kind").asString()).isEqualTo("EXIT");
        assertThat(r.get("state").asString()).isEqualTo("PROPOSED");
        assertThat(r.at("/proposal/outcome").asString()).isEqualTo("STOP");
        assertThat(strings(r.get("allowedActions"))).containsExactlyInAnyOrder("publicity", "return", "decision");

        var twice = as(CASEWORKER).post("/api/v1/reviews/exits", Map.of("benefitId", benefitId, "reason", "OWN_WISH"));
        assertThat(twice.status()).as("one open review per benefit").isEqualTo(409);
        var publicity = as(CASEWORKER).post(path(r, "publicity"), Map.of("version", r.get("version").asInt(),
                "place", "村务公开栏"));
        assertThat(publicity.status()).as("only a 特困 end is publicised").isEqualTo(409);
        assertThat(publicity.json().get("state").asString()).isEqualTo("PROPOSED");

        r = act(APPROVER, r, "decision", Map.of());
        JsonNode after = benefit(household, benefitId);
        assertThat(after.get("toMonth").asString()).isEqualTo(thisMonth.toString());
        assertThat(after.get("endReason").asString()).isEqualTo("OWN_WISH");
        r = act(CASEWORKER, r, "notification", Map.of("method", "当面送达"));
        assertThat(r.at("/notice/text").asString()).startsWith("根据本人申请");

        var afterEnd = as(CASEWORKER).post("/api/v1/reviews/changes", Map.of("benefitId", benefitId,
                "occurredOn", today.toString(), "kind", "OTHER", "summary", "x"));
        assertThat(afterEnd.status()).as("the benefit is over").isEqualTo(409);
    }

    @Test
    void aTekunEndIsPublicisedSevenDaysBeforeItIsDecided() {
        long household = elderlyCouple(SHIQIAO);
        long person = members(household).get(1).get("personId").asLong();
        long tekun = grantTekun(household, person, LocalDate.of(2026, 1, 15));
        LocalDate recorded = today.minusDays(10);
        var exit = as(CASEWORKER).post("/api/v1/reviews/exits", Map.of("benefitId", tekun, "reason", "IMPRISONED",
                "on", recorded.toString(), "note", "法院判决服刑"));
        assertThat(exit.status()).as(exit.toString()).isEqualTo(201);
        JsonNode r = exit.json();

        var unposted = as(APPROVER).post(path(r, "decision"), Map.of("version", r.get("version").asInt(),
                "on", recorded.toString()));
        assertThat(unposted.status()).isEqualTo(409);
        assertThat(unposted.json().get("detail").asString()).contains("publicity");

        r = act(CASEWORKER, r, "publicity", Map.of("on", today.minusDays(9).toString(), "place", "石桥村村务公开栏"));
        assertThat(r.at("/publicity/until").asString()).isEqualTo(today.minusDays(3).toString());
        var during = as(APPROVER).post(path(r, "decision"), Map.of("version", r.get("version").asInt(),
                "on", today.minusDays(3).toString()));
        assertThat(during.status()).as("on its last day").isEqualTo(409);
        assertThat(during.json().get("state").asString()).isEqualTo("IN_PUBLICITY");

        LocalDate decided = today.minusDays(1);
        r = act(APPROVER, r, "decision", Map.of("on", decided.toString()));
        JsonNode after = benefit(household, tekun);
        assertThat(after.get("toMonth").asString()).isEqualTo(YearMonth.from(decided).toString());
        assertThat(after.get("endReason").asString()).isEqualTo("EXIT");
    }

    // ---- deaths

    @Test
    void aRecordedDeathStopsThePersonsBenefitsAfterTheMonthOfDeath() {
        long household = elderlyCouple(SHIQIAO);
        long dibao = approvedDibao(household).get("id").asLong();
        JsonNode dying = members(household).get(0);
        long tekun = grantTekun(household, dying.get("personId").asLong(), LocalDate.of(2026, 1, 15));
        as(CASEWORKER).post("/api/v1/reviews/schedule", Map.of());
        long tekunReview = onlyReview(tekun).get("id").asLong();

        LocalDate diedOn = LocalDate.of(2026, 11, 10);
        recordDeath(household, dying, diedOn);

        JsonNode stopped = benefit(household, tekun);
        assertThat(stopped.get("toMonth").asString()).as("paid for the month of death, no more").isEqualTo("2026-11");
        assertThat(stopped.get("endReason").asString()).isEqualTo("DEATH");
        JsonNode closed = review(tekunReview);
        assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closedReason").asString()).contains("died on 2026-11-10");

        JsonNode household_ = benefit(household, dibao);
        assertThat(household_.get("toMonth").isNull()).as("the widow still lives there").isTrue();
        JsonNode review = onlyReview(dibao);
        assertThat(review.get("diedPersonId").asLong()).isEqualTo(dying.get("personId").asLong());
        assertThat(review.get("dueOn").asString()).as("acted on within 3 months of the death").isEqualTo("2027-02-10");
        List<String> events = new ArrayList<>();
        review.get("timeline").forEach(s -> events.add(s.get("action").asString()));
        assertThat(events).as("the scheduled review took the death in").containsExactly("OPENED", "CHANGE_REPORTED");

        var audit = as("admin").get("/api/v1/audit?entityType=benefit&entityId=" + tekun + "&size=100");
        assertThat(audit.body()).contains("benefit.stop").contains("DEATH");
    }

    @Test
    void theDeathOfTheLastMemberStopsTheHouseholdsBenefitAndALateRecordIsOverdue() {
        long alone = livingAlone(SHIQIAO);
        long benefitId = approvedDibao(alone).get("id").asLong();
        recordDeath(alone, members(alone).get(0), LocalDate.of(2026, 11, 3));
        JsonNode stopped = benefit(alone, benefitId);
        assertThat(stopped.get("toMonth").asString()).isEqualTo("2026-11");
        assertThat(stopped.get("endReason").asString()).isEqualTo("DEATH");
        assertThat(as(CASEWORKER).get("/api/v1/reviews?state=OPEN&benefitId=" + benefitId).json().get("total")
                .asLong()).isZero();

        // a death recorded long after it happened: the household's review is due 3 months after the death
        long couple = elderlyCouple(SHIQIAO);
        long coupleBenefit = approvedDibao(couple).get("id").asLong();
        recordDeath(couple, members(couple).get(1), LocalDate.of(2026, 7, 20));
        JsonNode review = onlyReview(coupleBenefit);
        assertThat(review.get("kind").asString()).isEqualTo("MEMBER_DIED");
        assertThat(review.get("dueOn").asString()).isEqualTo("2026-10-20");
        assertThat(review.get("overdue").asBoolean()).isTrue();
        List<Long> overdue = new ArrayList<>();
        as(CASEWORKER).get("/api/v1/reviews?overdue=true&size=200").json().get("items")
                .forEach(i -> overdue.add(i.get("id").asLong()));
        assertThat(overdue).contains(review.get("id").asLong());
        assertThat(benefit(couple, coupleBenefit).get("toMonth").isNull()).isTrue();
    }

    // ---- the procedure's answers

    @Test
    void stepsOutOfOrderStaleVersionsAndBadInputAreRefused() {
        long benefitId = approvedDibao(workingFamily(SHIQIAO)).get("id").asLong();
        as(CASEWORKER).post("/api/v1/reviews/schedule", Map.of());
        JsonNode r = onlyReview(benefitId);
        var early = as(CASEWORKER).post(path(r, "proposal"), Map.of("version", r.get("version").asInt(),
                "outcome", "CONTINUE"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.json().get("state").asString()).isEqualTo("OPEN");
        assertThat(strings(early.json().get("allowedActions"))).containsExactlyInAnyOrder("investigation", "exit");

        var oneVisitor = as(CASEWORKER).post(path(r, "investigation"), Map.of("version", r.get("version").asInt(),
                "visitors", List.of("张明", " 张明 "), "findings", " ", "on", today.minusDays(1).toString()));
        assertThat(fields(oneVisitor)).containsExactlyInAnyOrder("visitors", "findings", "on");
        var noVersion = as(CASEWORKER).post(path(r, "investigation"), Map.of("visitors", List.of("a", "b")));
        assertThat(fields(noVersion)).containsExactly("version");
        var coordinator = as("shiqiao.coordinator").post(path(r, "investigation"), Map.of("version", 0));
        assertThat(coordinator.status()).isEqualTo(403);

        int version = r.get("version").asInt();
        r = act(CASEWORKER, r, "investigation", Map.of("visitors", List.of("张明", "李华"), "findings", "复核"));
        var stale = as(CASEWORKER).post(path(r, "verification"), Map.of("version", version, "result", "CONSISTENT"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("has changed since version " + version);
        assertThat(fields(as(CASEWORKER).get("/api/v1/reviews?size=0&page=-1"))).containsExactlyInAnyOrder("size", "page");
        assertThat(fields(as(CASEWORKER).get("/api/v1/reviews?state=WAITING"))).containsExactly("state");
        assertThat(as("city.supervisor").get("/api/v1/reviews/" + r.get("id").asLong()).status())
                .as("read-only roles read").isEqualTo(200);
    }

    // ---- helpers

    Api as(String user) {
        String token = TOKENS.computeIfAbsent(port + "/" + user, k -> {
            var issued = Api.as(port, user).post("/api/v1/me/tokens", Map.of("name", "review tests", "days", 1));
            assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
            return issued.json().get("token").asString();
        });
        return Api.withToken(port, token);
    }

    /** A 低保 application approved on 22 October 2026 (paid from November 2026): its benefit in force. */
    JsonNode approvedDibao(long household) {
        var opened = as(CASEWORKER).post("/api/v1/cases", Map.of("householdId", household, "receivedOn", "2026-09-30",
                "documents", ALL_DOCUMENTS));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        JsonNode c = opened.json();
        long id = c.get("id").asLong();
        c = caseStep(CASEWORKER, id, "investigation", c, Map.of("on", "2026-10-09", "visitors", List.of("张明", "李华"),
                "findings", "入户调查"));
        c = caseStep(CASEWORKER, id, "verification", c, Map.of("on", "2026-10-12", "result", "CONSISTENT"));
        c = caseStep(CASEWORKER, id, "assessment", c, Map.of("on", "2026-10-13"));
        c = caseStep(APPROVER, id, "town-opinion", c, Map.of("on", "2026-10-14", "recommendation", "APPROVE"));
        c = caseStep(CASEWORKER, id, "publicity", c, Map.of("on", "2026-10-15", "place", "村务公开栏"));
        caseStep(APPROVER, id, "decision", c, Map.of("on", "2026-10-22", "outcome", "APPROVE"));
        var list = as(CASEWORKER).get("/api/v1/benefits?householdId=" + household);
        assertThat(list.json().size()).isEqualTo(1);
        JsonNode benefit = list.json().get(0);
        assertThat(benefit.get("fromMonth").asString()).isEqualTo("2026-11");
        return benefit;
    }

    JsonNode caseStep(String user, long id, String action, JsonNode current, Map<String, Object> body) {
        Map<String, Object> withVersion = new LinkedHashMap<>(body);
        withVersion.put("version", current.get("version").asInt());
        var r = as(user).post("/api/v1/cases/" + id + "/" + action, withVersion);
        assertThat(r.status()).as(action + ": " + r).isEqualTo(200);
        return r.json();
    }

    /** The schedule's review of a benefit, through the visit, the verification and today's assessment. */
    JsonNode assessedReview(long benefitId) {
        as(CASEWORKER).post("/api/v1/reviews/schedule", Map.of());
        JsonNode r = onlyReview(benefitId);
        r = act(CASEWORKER, r, "investigation", Map.of("visitors", List.of("张明", "李华"), "findings", "入户复核"));
        r = act(CASEWORKER, r, "verification", Map.of("result", "CONSISTENT"));
        r = act(CASEWORKER, r, "assessment", Map.of());
        assertThat(r.get("state").asString()).isEqualTo("ASSESSED");
        assertThat(r.at("/assessment/asOf").asString()).isEqualTo(today.toString());
        return r;
    }

    JsonNode act(String user, JsonNode review, String action, Map<String, Object> body) {
        Map<String, Object> withVersion = new LinkedHashMap<>(body);
        withVersion.put("version", review.get("version").asInt());
        var r = as(user).post(path(review, action), withVersion);
        assertThat(r.status()).as(action + ": " + r).isEqualTo(200);
        return r.json();
    }

    /** The one review of a benefit (full view), asserting there is exactly one. */
    JsonNode onlyReview(long benefitId) {
        var list = as(CASEWORKER).get("/api/v1/reviews?benefitId=" + benefitId);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().get("total").asLong()).as(list.toString()).isEqualTo(1);
        return review(list.json().at("/items/0/id").asLong());
    }

    JsonNode review(long id) {
        var r = as(CASEWORKER).get("/api/v1/reviews/" + id);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    JsonNode benefit(long household, long benefitId) {
        var list = as(CASEWORKER).get("/api/v1/benefits?householdId=" + household);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        for (JsonNode b : list.json()) {
            if (b.get("id").asLong() == benefitId) {
                return b;
            }
        }
        throw new AssertionError("benefit " + benefitId + " not in " + list);
    }

    static String path(JsonNode review, String action) {
        return "/api/v1/reviews/" + review.get("id").asLong() + "/" + action;
    }

    List<JsonNode> members(long household) {
        var r = as(CASEWORKER).get("/api/v1/households/" + household + "/members");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        r.json().forEach(out::add);
        return out;
    }

    void addIncome(long household, long person, String type, String monthly, String from) {
        var r = as(CASEWORKER).post("/api/v1/households/" + household + "/members/" + person + "/incomes",
                Map.of("type", type, "monthly", monthly, "from", from));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    void recordDeath(long household, JsonNode member, LocalDate diedOn) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("version", member.get("version").asInt());
        change.put("name", member.get("name").asString());
        change.put("relation", member.get("relation").asString());
        change.put("diedOn", diedOn.toString());
        var r = as("shiqiao.coordinator").put("/api/v1/households/" + household + "/members/"
                + member.get("personId").asLong(), change);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("diedOn").asString()).isEqualTo(diedOn.toString());
    }

    int calculatorAmount(long household) {
        var r = as(CASEWORKER).get("/api/v1/households/" + household + "/assessment?asOf=" + today);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        for (JsonNode result : r.json().get("results")) {
            if ("DIBAO".equals(result.get("programme").asString()) && result.get("member").isNull()) {
                return result.get("monthlyAmount").asInt();
            }
        }
        throw new AssertionError("no DIBAO result in " + r);
    }

    /** A 特困 benefit as a decision will grant it (the 特困 procedure is casework's next part). */
    long grantTekun(long household, long person, LocalDate grantedOn) {
        Actor approver = new Actor(APPROVER, "990121101000", Set.of(Role.TOWN_APPROVER));
        return SignedIn.as(approver, () -> benefits.grant(new NewBenefit("TEKUN", BenefitKind.MONTHLY, household,
                person, SHIQIAO, null, grantedOn, YearMonth.from(grantedOn).plusMonths(1), null,
                new BigDecimal("1045"), "test: 特困 granted on " + grantedOn)).id());
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    static List<String> fields(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    /** A rural family of three in 石桥村: the head earns 1,200 a month since January 2025. Below the standard. */
    long workingFamily(String village) {
        int n = NEXT.incrementAndGet();
        Map<String, Object> head = member("周建国", "HEAD", LocalDate.of(1984, 3, 1).plusDays(n % 300), n);
        head.put("incomes", List.of(Map.of("type", "WAGE", "monthly", "1200", "from", "2025-01")));
        return household(village, List.of(head, member("吴秀英", "SPOUSE", LocalDate.of(1986, 6, 1).plusDays(n % 300), n),
                member("周小红", "CHILD", LocalDate.of(2015, 9, 1).plusDays(n % 300), n)), n);
    }

    /** Two people over 70 with a basic pension (not counted) since 2015: no labour capacity, income unchanging. */
    long elderlyCouple(String village) {
        int n = NEXT.incrementAndGet();
        Map<String, Object> head = member("王德福", "HEAD", LocalDate.of(1950, 2, 1).plusDays(n % 300), n);
        head.put("incomes", List.of(Map.of("type", "BASIC_PENSION", "monthly", "180", "from", "2015-01")));
        Map<String, Object> spouse = member("李桂兰", "SPOUSE", LocalDate.of(1952, 5, 1).plusDays(n % 300), n);
        spouse.put("incomes", List.of(Map.of("type", "BASIC_PENSION", "monthly", "180", "from", "2015-01")));
        return household(village, List.of(head, spouse), n);
    }

    long livingAlone(String village) {
        int n = NEXT.incrementAndGet();
        return household(village, List.of(member("赵老汉", "HEAD", LocalDate.of(1948, 8, 1).plusDays(n % 300), n)), n);
    }

    long household(String village, List<Map<String, Object>> members, int n) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("regionCode", village);
        form.put("address", "石桥村 复核 " + n + " 号");
        form.put("residence", "RURAL");
        form.put("members", members);
        var r = as("admin").post("/api/v1/households", form);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    static Map<String, Object> member(String name, String relation, LocalDate born, int n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("idNumber", IdNumber.compose("990190", born, n % 1000).value());
        m.put("relation", relation);
        m.put("since", born.isAfter(LocalDate.of(2015, 1, 1)) ? born.toString() : "2015-01-01");
        return m;
    }
}
