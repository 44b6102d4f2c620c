package org.doudi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.doudi.registry.IdNumber;
import org.doudi.shared.pii.Masking;
import org.doudi.testing.Api;
import org.doudi.testing.DibaoCases;
import org.doudi.testing.DocumentFontAvailable;
import org.doudi.testing.DoudiTest;
import org.doudi.testing.PdfText;
import org.doudi.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The case pages for every programme and the integrity rules through them, without JavaScript: a registered
 * relative of staff and a complaint flag the case (ID numbers masked), a county officer records the county's
 * own visit on the page, and a decision tried before it is refused with the reason beside the form; 特困 per
 * person, decided by the county (on the county officer's list, not the town approver's); an emergency paid
 * first and approved in stages; a medical bill reviewed, assessed and decided.
 */
@DoudiTest
class CaseProgrammesPagesTest {

    static final String SHIQIAO = DibaoCases.SHIQIAO;
    static final String CASEWORKER = DibaoCases.CASEWORKER;
    static final String APPROVER = DibaoCases.APPROVER;
    static final String COUNTY = "qingshan.county";
    static final List<String> MEANS_TESTED = DibaoCases.ALL_DOCUMENTS;
    /** ID numbers of a region of issue no other test uses, from a random start. */
    static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));

    @LocalServerPort
    int port;

    DibaoCases cases() {
        return new DibaoCases(port);
    }

    Api as(String user) {
        return cases().as(user);
    }

    /** A rural family of three in the village (a wage of 1,200 a month): its id and ID numbers. */
    record Family(long id, String headId, String spouseId, String childId, String headName) {
    }

    Family family(String village) {
        String head = idNumber(LocalDate.of(1980, 1, 1));
        String spouse = idNumber(LocalDate.of(1982, 1, 1));
        String child = idNumber(LocalDate.of(2014, 1, 1));
        String headName = "周" + "甲乙丙丁戊己庚辛".charAt(NEXT.get() % 8) + "成";
        Map<String, Object> h = member(headName, head, "HEAD");
        h.put("incomes", List.of(Map.of("type", "WAGE", "monthly", "1200", "from", "2025-01")));
        long id = household(village, h, member("吴秀兰", spouse, "SPOUSE"), member("周小明", child, "CHILD"));
        return new Family(id, head, spouse, child, headName);
    }

    /** 孙老汉, over seventy, alone and without supporters: 特困 by the calculator. */
    long elderlyAlone(String village) {
        Map<String, Object> head = member("孙老汉", idNumber(LocalDate.of(1951, 2, 1)), "HEAD");
        head.put("facts", List.of(Map.of("kind", "SUPPORTERS", "value", "NONE", "from", "2015-01-01")));
        return household(village, head);
    }

    @SafeVarargs
    private long household(String village, Map<String, Object>... members) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("regionCode", village);
        form.put("address", "页面测试路 " + NEXT.get() + " 号");
        form.put("residence", "RURAL");
        form.put("members", List.of(members));
        var r = as("admin").post("/api/v1/households", form);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static String idNumber(LocalDate aroundBirth) {
        int n = NEXT.getAndIncrement();
        return IdNumber.compose("990193", aroundBirth.plusDays(n / 1000 % 3000), n % 1000).value();
    }

    private static Map<String, Object> member(String name, String idNumber, String relation) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("idNumber", idNumber);
        m.put("relation", relation);
        LocalDate born = new IdNumber(idNumber).birthDate();
        m.put("since", (born.isAfter(LocalDate.of(2015, 1, 1)) ? born : LocalDate.of(2015, 1, 1)).toString());
        return m;
    }

    long personId(long household, String name) {
        var r = as("admin").get("/api/v1/households/" + household);
        for (JsonNode m : r.json().get("members")) {
            if (name.equals(m.get("name").asString())) {
                return m.get("personId").asLong();
            }
        }
        throw new AssertionError(name + " not in " + r.json());
    }

    String version(long id) {
        return cases().get(id).get("version").asString();
    }

    /** name, value, … for the documents given. */
    static String[] form(List<String> documents, String... fields) {
        List<String> all = new ArrayList<>(List.of(fields));
        documents.forEach(d -> {
            all.add("documents");
            all.add(d);
        });
        return all.toArray(String[]::new);
    }

    @Test
    void aRelativeOfStaffIsFlaggedMaskedAndTheDecisionWaitsForTheCountysOwnVisitRecordedOnThePage() {
        Family family = family(SHIQIAO);
        var registered = as(CASEWORKER).post("/api/v1/relatives", Map.of("name", "吴秀兰",
                "idNumber", family.spouseId(), "relation", "SIBLING", "registeredOn", "2026-09-01"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        long id = cases().publicised(family.id());

        WebSession approver = WebSession.signIn(port, APPROVER);
        var page = approver.get("/cases/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-flag=\"RELATIVE_OF_STAFF\"");
        assertThat(page.textOf("case-flags")).contains("工作人员或村（居）委会成员的近亲属", "自 2026-09-30 起",
                Masking.idNumber(family.spouseId()), "SIBLING");
        assertThat(page.body()).as("the relative's ID number only masked").doesNotContain(family.spouseId());
        assertThat(page.textOf("county-visit-required")).contains("县级民政部门", "2026-09-30");
        assertThat(page.textOf("decision-visit-first")).contains("在此之前作出的决定不会保存");
        assertThat(page.body()).as("only a county officer records the county's visit")
                .doesNotContain("<form id=\"county-visit\"");

        // the approver tries to decide before the county's visit: refused, the reason beside the form
        var decisionPage = approver.get("/cases/" + id + "/decision");
        assertThat(decisionPage.body()).contains("<form id=\"decision\"");
        assertThat(decisionPage.textOf("decision-visit-first")).contains("县级民政部门");
        var early = approver.post("/cases/" + id + "/decision", "version", version(id), "on", "2026-10-22",
                "outcome", "APPROVE", "reasons", "");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.textOf("decision-refused")).contains("没有保存：本案须先由县级民政部门工作人员亲自入户核查",
                "county must visit first", "RELATIVE_OF_STAFF");
        assertThat(early.body()).contains("<form id=\"decision\"");
        assertThat(cases().get(id).get("state").asString()).isEqualTo("IN_PUBLICITY");

        assertThat(WebSession.signIn(port, CASEWORKER).get("/cases/" + id).body())
                .doesNotContain("<form id=\"county-visit\"");
        assertThat(WebSession.signIn(port, "hekou.county").get("/cases/" + id).status())
                .as("another county's case is not found").isEqualTo(404);

        WebSession county = WebSession.signIn(port, COUNTY);
        var countyPage = county.get("/cases/" + id);
        assertThat(countyPage.formFields("county-visit")).containsSubsequence("on").contains("visitors", "findings");
        var bad = county.post("/cases/" + id + "/county-visit", "on", "2026-10-20", "visitors", "刘强",
                "visitors", " ", "findings", " ");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("<a href=\"#county-visit-visitors\">", "<a href=\"#county-visit-findings\">");
        assertThat(bad.textOf("county-visit-visitors-error")).contains("请检查核查人员", "at least 2 staff");
        assertThat(bad.textOf("county-visit-findings-error")).contains("请填写核查情况");
        assertThat(bad.body()).as("what was typed stays").contains("value=\"刘强\"");
        assertThat(cases().get(id).at("/attention/countyVisits").size()).isZero();

        var visited = county.post("/cases/" + id + "/county-visit", "on", "2026-10-20", "visitors", "县民政局 刘强",
                "visitors", "县民政局 陈芳", "findings", "入户核实，家庭情况与申报一致");
        assertThat(visited.path()).as(visited.body()).isEqualTo("/cases/" + id);
        assertThat(visited.body()).contains("已记录县级民政部门入户核查。");
        assertThat(visited.textOf("county-visits")).contains("2026-10-20", "县民政局 刘强、县民政局 陈芳",
                "入户核实，家庭情况与申报一致", COUNTY);
        assertThat(visited.textOf("county-visit-done")).isNotNull();
        assertThat(visited.textOf("case-state")).as("the visit is not a step").isEqualTo("公示中");

        var decided = approver.post("/cases/" + id + "/decision", "version", version(id), "on", "2026-10-22",
                "outcome", "APPROVE", "reasons", "");
        assertThat(decided.path()).as(decided.body()).isEqualTo("/cases/" + id + "/decision");
        assertThat(decided.textOf("case-decision")).contains("批准");
        assertThat(decided.textOf("case-flags")).as("still flagged, now visited").contains("近亲属");
    }

    @Test
    void aComplaintFlagsTheCaseAndTheCountyOfficerFindsTheVisitFormOnIt() {
        long id = cases().assessed(family(SHIQIAO).id());
        var complaint = as(CASEWORKER).post("/api/v1/complaints", Map.of("about", Map.of("kind", "CASE", "caseId", id),
                "complainant", "村民 李四", "contact", "13800000000", "channel", "HOTLINE",
                "summary", "反映低保评定不公", "receivedOn", "2026-10-14"));
        assertThat(complaint.status()).as(complaint.toString()).isEqualTo(201);

        var page = WebSession.signIn(port, CASEWORKER).get("/cases/" + id);
        assertThat(page.body()).contains("data-flag=\"COMPLAINT\"");
        assertThat(page.textOf("case-flags")).contains("本案收到投诉", "自 2026-10-14 起");
        assertThat(page.textOf("county-visit-required")).contains("2026-10-14");
        var countyPage = WebSession.signIn(port, COUNTY).get("/cases/" + id);
        assertThat(countyPage.body()).contains("<form id=\"county-visit\"", "id=\"step-county-visit\"");
    }

    @Test
    void aTekunApplicationNamesItsPersonAndTheCountyDecidesItFromItsOwnList() {
        long household = elderlyAlone(SHIQIAO);
        long person = personId(household, "孙老汉");
        WebSession caseworker = WebSession.signIn(port, CASEWORKER);

        var choose = caseworker.get("/cases/new?programme=TEKUN");
        assertThat(choose.status()).isEqualTo(200);
        assertThat(choose.body()).contains("<h1>受理特困人员认定申请</h1>", "id=\"choose-household\"")
                .doesNotContain("name=\"person\"");
        var unknown = caseworker.get("/cases/new?programme=TEKUN&household=987654321");
        assertThat(unknown.textOf("household-error")).as(unknown.body()).contains("no such household in your region");
        var chosen = caseworker.get("/cases/new?programme=TEKUN&household=" + household);
        assertThat(chosen.textOf("intake-household")).contains("孙老汉家");
        assertThat(chosen.body()).contains("name=\"person\" id=\"person\" value=\"" + person + "\"");
        List<String> documents = new ArrayList<>(MEANS_TESTED);
        var noPerson = caseworker.post("/cases/new", form(documents, "programme", "TEKUN",
                "household", Long.toString(household), "receivedOn", "2026-09-30", "channel", "SINGLE_WINDOW"));
        assertThat(noPerson.status()).isEqualTo(400);
        assertThat(noPerson.textOf("person-error")).contains("请检查申请人", "names the member applying");

        var created = caseworker.post("/cases/new", form(documents, "programme", "TEKUN",
                "household", Long.toString(household), "person", Long.toString(person), "receivedOn", "2026-09-30",
                "channel", "SINGLE_WINDOW"));
        assertThat(created.path()).as(created.body()).matches("/cases/\\d+");
        long id = Long.parseLong(created.path().substring("/cases/".length()));
        assertThat(created.body()).contains("<h1>孙老汉的特困人员认定申请</h1>", "已登记这份特困人员认定申请");
        assertThat(created.textOf("case-person")).isEqualTo("孙老汉");
        assertThat(created.textOf("case-decider")).contains("县级民政部门");
        assertThat(created.textOf("missing-documents")).contains("法定赡养、抚养、扶养义务人情况说明")
                .doesNotContain("户口簿");
        var accepted = caseworker.post("/cases/" + id + "/documents", "version", version(id), "on", "2026-09-30",
                "documents", "SUPPORTERS_STATEMENT");
        assertThat(accepted.body()).contains("id=\"step-investigation\"").doesNotContain("id=\"missing-documents\"");

        cases().act(CASEWORKER, id, "investigation", Map.of("on", "2026-10-09", "visitors", List.of("张明", "李华"),
                "findings", "独居，无子女，无收入"));
        cases().act(CASEWORKER, id, "verification", Map.of("on", "2026-10-12", "result", "CONSISTENT"));
        var assessed = caseworker.post("/cases/" + id + "/assessment", "version", version(id), "on", "2026-10-13");
        assertThat(assessed.textOf("case-assessment")).startsWith("符合，每月");
        WebSession approver = WebSession.signIn(port, APPROVER);
        assertThat(CasePagesTest.pagesContain(approver, "tasks", id)).isEqualTo("TOWN_OPINION");
        var opinion = approver.post("/cases/" + id + "/town-opinion", "version", version(id), "on", "2026-10-14",
                "recommendation", "APPROVE", "reasons", "");
        assertThat(opinion.textOf("case-state")).isEqualTo("已出具乡镇审核意见");
        assertThat(CasePagesTest.pagesContain(caseworker, "tasks", id)).as("特困 is publicised").isEqualTo("PUBLICITY");
        caseworker.post("/cases/" + id + "/publicity", "version", version(id), "on", "2026-10-15", "place",
                "石桥村村务公开栏");

        // the county decides 特困: on the county officer's list, held back from the town approver
        assertThat(CasePagesTest.pagesContain(approver, "tasks", id)).isNull();
        WebSession county = WebSession.signIn(port, COUNTY);
        assertThat(CasePagesTest.pagesContain(county, "tasks", id)).isEqualTo("DECISION");
        assertThat(approver.get("/cases/" + id).textOf("decision-held")).contains("本案由县级民政部门审核确认");
        var decisionPage = county.get("/cases/" + id + "/decision");
        assertThat(decisionPage.body()).contains("data-programme=\"TEKUN\"", "<form id=\"decision\"");
        var decided = county.post("/cases/" + id + "/decision", "version", version(id), "on", "2026-10-22",
                "outcome", "APPROVE", "reasons", "");
        assertThat(decided.path()).as(decided.body()).isEqualTo("/cases/" + id + "/decision");
        int amount = cases().get(id).at("/decision/monthlyAmount").asInt();
        assertThat(decided.textOf("case-decision")).contains("批准", "每月 " + amount + " 元", "2026年11月");
        assertThat(decided.body()).contains("href=\"/cases/" + id + "/decision-notice.pdf\"");
    }

    @Test
    void anEmergencyIsPaidFirstOnThePageAndApprovedInStages() {
        Family family = family(SHIQIAO);
        WebSession caseworker = WebSession.signIn(port, CASEWORKER);
        var formPage = caseworker.get("/cases/new?programme=TEMPORARY_EMERGENCY&household=" + family.id());
        assertThat(formPage.body()).contains("<h1>受理急难型临时救助申请</h1>", "name=\"severity\"", "name=\"what\"",
                "id=\"place\"");
        var missing = caseworker.post("/cases/new", "programme", "TEMPORARY_EMERGENCY",
                "household", Long.toString(family.id()), "receivedOn", "2026-11-02", "channel", "SINGLE_WINDOW",
                "happenedOn", "2026-11-03", "what", " ", "place", "");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("<a href=\"#severity\">", "<a href=\"#happenedOn\">", "<a href=\"#what\">");

        var created = caseworker.post("/cases/new", "programme", "TEMPORARY_EMERGENCY",
                "household", Long.toString(family.id()), "receivedOn", "2026-11-02", "channel", "SINGLE_WINDOW",
                "severity", "2", "happenedOn", "2026-11-01", "what", "房屋失火", "place", "",
                "documents", "APPLICATION_FORM");
        assertThat(created.path()).as(created.body()).matches("/cases/\\d+");
        long id = Long.parseLong(created.path().substring("/cases/".length()));
        assertThat(created.textOf("case-emergency")).contains("2026-11-01", "房屋失火", "2 级");
        assertThat(created.textOf("missing-documents")).contains("意外事故、灾害、火灾或突发重病情况证明");
        assertThat(created.body()).as("pay first, documents missing or not")
                .contains("id=\"step-pay-first\"", "id=\"step-documents\"");

        var tooMuch = caseworker.post("/cases/" + id + "/pay-first", "version", version(id), "on", "2026-11-02",
                "amount", "1500", "method", "现金", "reason", "房屋烧毁，无处安身");
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.textOf("pay-first-amount-error")).contains("请检查先行救助金额", "pay-first limit");
        var paid = caseworker.post("/cases/" + id + "/pay-first", "version", version(id), "on", "2026-11-02",
                "amount", "800", "method", "现金", "reason", "房屋烧毁，无处安身");
        assertThat(paid.path()).isEqualTo("/cases/" + id);
        assertThat(paid.textOf("case-pay-first")).contains("800 元", "2026-11-02", CASEWORKER);
        assertThat(paid.textOf("case-state")).isEqualTo("已先行救助");

        caseworker.post("/cases/" + id + "/documents", "version", version(id), "on", "2026-11-03",
                "documents", "ID_CARDS", "documents", "EMERGENCY_PROOF");
        cases().act(CASEWORKER, id, "investigation", Map.of("on", "2026-11-04", "visitors", List.of("张明", "李华"),
                "findings", "房屋烧毁，家具衣物全部损失"));
        var assessed = caseworker.post("/cases/" + id + "/assessment", "version", version(id), "on", "2026-11-05",
                "severity", "2");
        // severity 2 × 青山县's rural standard 650 × 3 members
        assertThat(assessed.textOf("case-assessment")).startsWith("符合，救助 3900 元");
        WebSession approver = WebSession.signIn(port, APPROVER);
        var opinion = approver.post("/cases/" + id + "/town-opinion", "version", version(id), "on", "2026-11-05",
                "recommendation", "APPROVE", "amount", "4500", "reasons", "家中还有卧床老人，需要添置生活用品");
        assertThat(opinion.textOf("case-proposed")).contains("4500");
        assertThat(CasePagesTest.pagesContain(approver, "tasks", id)).as("within the town's limit: the town decides")
                .isEqualTo("DECISION");

        var decisionPage = approver.get("/cases/" + id + "/decision");
        assertThat(decisionPage.body()).contains("data-programme=\"TEMPORARY\"", "id=\"decision-amount\"",
                "name=\"stageMonth\"");
        var wrongSum = approver.post("/cases/" + id + "/decision", "version", version(id), "on", "2026-11-06",
                "outcome", "APPROVE", "reasons", "", "amount", "", "stageMonth", "2026-11", "stageAmount", "2000",
                "stageMonth", "2026-12", "stageAmount", "1000");
        assertThat(wrongSum.status()).isEqualTo(400);
        assertThat(wrongSum.textOf("decision-stages-error")).contains("not 3700");
        var decided = approver.post("/cases/" + id + "/decision", "version", version(id), "on", "2026-11-06",
                "outcome", "APPROVE", "reasons", "", "amount", "", "stageMonth", "2026-11", "stageAmount", "2000",
                "stageMonth", "2026-12", "stageAmount", "1700", "stageMonth", "", "stageAmount", "");
        assertThat(decided.path()).as(decided.body()).isEqualTo("/cases/" + id + "/decision");
        assertThat(decided.textOf("case-decision")).contains("共 4500 元", "2026年11月：800 元（先行救助）",
                "2026年11月：2000 元", "2026年12月：1700 元");
        assertThat(cases().get(id).at("/decision/stages").size()).isEqualTo(3);
    }

    @Test
    void aMedicalBillIsTakenReviewedAssessedAndDecidedOnThePages() {
        Family family = family(SHIQIAO);
        cases().approved(family.id()); // 低保 from November 2026: the household's status for the bill
        long head = personId(family.id(), family.headName());
        String reference = "YB-" + NEXT.getAndIncrement();
        WebSession caseworker = WebSession.signIn(port, CASEWORKER);
        var created = caseworker.post("/cases/new", form(List.of("APPLICATION_FORM", "ID_CARDS",
                        "SETTLEMENT_STATEMENT", "MEDICAL_INVOICES"), "programme", "MEDICAL",
                "household", Long.toString(family.id()), "person", Long.toString(head), "receivedOn", "2026-11-12",
                "channel", "SINGLE_WINDOW", "billDate", "2026-11-10", "billAmount", "12000",
                "billReference", reference, "hospital", "青山县人民医院"));
        assertThat(created.path()).as(created.body()).matches("/cases/\\d+");
        long id = Long.parseLong(created.path().substring("/cases/".length()));
        assertThat(created.textOf("case-bill")).contains("2026-11-10", "12000", reference, "青山县人民医院");
        assertThat(created.body()).contains("id=\"step-review\"").doesNotContain("id=\"step-investigation\"");

        var twice = caseworker.post("/cases/new", form(List.of(), "programme", "MEDICAL",
                "household", Long.toString(family.id()), "person", Long.toString(head), "receivedOn", "2026-11-12",
                "channel", "SINGLE_WINDOW", "billDate", "2026-11-10", "billAmount", "12000",
                "billReference", reference));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("这张结算单已经申请过医疗救助");

        var reviewed = caseworker.post("/cases/" + id + "/review", "version", version(id), "on", "2026-11-13",
                "findings", "结算单与票据一致，低保对象身份属实");
        assertThat(reviewed.textOf("case-state")).isEqualTo("已审核票据");
        var assessed = caseworker.post("/cases/" + id + "/assessment", "version", version(id), "on", "2026-11-13");
        assertThat(assessed.textOf("case-assessment")).startsWith("符合，救助");
        WebSession county = WebSession.signIn(port, COUNTY);
        assertThat(CasePagesTest.pagesContain(county, "tasks", id)).isEqualTo("DECISION");
        var decisionPage = county.get("/cases/" + id + "/decision");
        assertThat(decisionPage.textOf("medical-bill")).contains("低保对象", "本次救助合计");
        int total = cases().get(id).at("/assessment/amount").asInt();
        assertThat(decisionPage.body()).contains("data-amount=\"" + total + "\"");
        var decided = county.post("/cases/" + id + "/decision", "version", version(id), "on", "2026-11-16",
                "outcome", "APPROVE", "reasons", "");
        assertThat(decided.path()).as(decided.body()).isEqualTo("/cases/" + id + "/decision");
        assertThat(decided.textOf("case-decision")).contains("批准", "共 " + total + " 元");
    }

    @Test
    @ExtendWith(DocumentFontAvailable.class)
    void theLettersOfOtherProgrammesNameThePersonOrTheAmountPaidOnce() {
        Family family = family(SHIQIAO);
        var emergency = as(CASEWORKER).post("/api/v1/cases", Map.of("householdId", family.id(), "programme", "TEMPORARY",
                "receivedOn", "2026-10-12", "documents", List.of("APPLICATION_FORM", "ID_CARDS", "EMERGENCY_PROOF"),
                "temporary", Map.of("kind", "EMERGENCY", "severity", 2, "happenedOn", "2026-10-11", "what", "房屋失火")));
        assertThat(emergency.status()).as(emergency.toString()).isEqualTo(201);
        long id = emergency.json().get("id").asLong();
        cases().act(CASEWORKER, id, "pay-first", Map.of("on", "2026-10-12", "amount", 1000, "method", "现金",
                "reason", "无处安身"));
        cases().act(CASEWORKER, id, "investigation", Map.of("on", "2026-10-13", "visitors", List.of("张明", "李华"),
                "findings", "房屋烧毁"));
        cases().act(CASEWORKER, id, "assessment", Map.of("on", "2026-10-13"));
        cases().act(APPROVER, id, "town-opinion", Map.of("on", "2026-10-14", "recommendation", "APPROVE"));
        cases().act(APPROVER, id, "decision", Map.of("on", "2026-10-15", "outcome", "APPROVE"));
        WebSession caseworker = WebSession.signIn(port, CASEWORKER);
        var notice = caseworker.download("/cases/" + id + "/decision-notice.pdf");
        assertThat(notice.status()).as(notice.toString()).isEqualTo(200);
        assertThat(PdfText.of(notice.body()).compact()).contains("临时救助审核确认决定书", family.headName() + "：",
                "经入户调查，本机关决定：予以批准", "救助金额：共3900元", "已先行救助：2026年10月1000元",
                "发放：2026年10月2900元").doesNotContain("每月", "公示期满");

        // a child's allowance is the child's: the refusal is addressed to them
        long child = personId(family.id(), "周小明");
        var orphan = as(CASEWORKER).post("/api/v1/cases", Map.of("householdId", family.id(), "programme", "ORPHAN",
                "personId", child, "receivedOn", "2026-10-12", "documents", List.of("APPLICATION_FORM",
                        "HOUSEHOLD_REGISTER", "ID_CARDS", "PARENTS_DEATH_OR_MISSING")));
        assertThat(orphan.status()).as(orphan.toString()).isEqualTo(201);
        long orphanCase = orphan.json().get("id").asLong();
        cases().act(CASEWORKER, orphanCase, "investigation", Map.of("on", "2026-10-13", "visitors", List.of("张明", "李华"),
                "findings", "父母均健在"));
        cases().act(CASEWORKER, orphanCase, "verification", Map.of("on", "2026-10-13", "result", "CONSISTENT"));
        cases().act(CASEWORKER, orphanCase, "assessment", Map.of("on", "2026-10-13"));
        cases().act(APPROVER, orphanCase, "town-opinion", Map.of("on", "2026-10-14", "recommendation", "REFUSE",
                "reasons", "父母均健在，不符合孤儿认定条件"));
        cases().act(COUNTY, orphanCase, "decision", Map.of("on", "2026-10-15", "outcome", "REFUSE",
                "reasons", "父母均健在，不符合孤儿认定条件"));
        var refusal = caseworker.download("/cases/" + orphanCase + "/refusal-notice.pdf");
        assertThat(refusal.status()).as(refusal.toString()).isEqualTo(200);
        assertThat(PdfText.of(refusal.body()).compact()).startsWith("青山县民政局").contains("周小明：",
                "你于2026年10月12日提出的孤儿基本生活费申请", "父母均健在，不符合孤儿认定条件");
    }

    @Test
    void aVillageSubmissionIsTakenUpAndAHotlineCallTakenByTheCountyOnThePages() {
        Family family = family(SHIQIAO);
        var submitted = as("shiqiao.coordinator").post("/api/v1/cases", Map.of("householdId", family.id(),
                "receivedOn", "2026-11-02", "documents", List.of("APPLICATION_FORM", "HOUSEHOLD_REGISTER")));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        long id = submitted.json().get("id").asLong();
        WebSession caseworker = WebSession.signIn(port, CASEWORKER);
        assertThat(CasePagesTest.pagesContain(caseworker, "tasks", id)).isEqualTo("ACCEPTANCE");
        var page = caseworker.get("/cases/" + id);
        assertThat(page.textOf("case-state")).isEqualTo("村（居）代为申请，待乡镇受理");
        assertThat(page.textOf("case-channel")).contains("村（居）代为申请");
        assertThat(page.formFields("acceptance")).containsSubsequence("version", "0");
        var accepted = caseworker.post("/cases/" + id + "/acceptance", form(List.of("ID_CARDS", "INCOME_DECLARATION",
                "ASSET_DECLARATION", "VERIFICATION_CONSENT"), "version", "0", "on", "2026-11-03"));
        assertThat(accepted.path()).as(accepted.body()).isEqualTo("/cases/" + id);
        assertThat(accepted.body()).contains("已受理村（居）代为提交的申请。", "id=\"step-investigation\"")
                .doesNotContain("id=\"missing-documents\"");
        assertThat(accepted.textOf("timeline")).contains("村（居）代为申请", "乡镇受理", "材料齐全");

        // a county officer takes a hotline call: no window of their own, so the form asks for the call
        Family other = family(SHIQIAO);
        WebSession county = WebSession.signIn(port, COUNTY);
        var formPage = county.get("/cases/new?household=" + other.id());
        assertThat(formPage.body()).contains("id=\"hotlineCaller\"").doesNotContain("name=\"channel\"");
        var noCall = county.post("/cases/new", "programme", "DIBAO", "household", Long.toString(other.id()),
                "receivedOn", "2026-11-02", "hotlineLine", "12345", "hotlineCaller", " ", "hotlineReference", "");
        assertThat(noCall.status()).isEqualTo(400);
        assertThat(noCall.body()).contains("<a href=\"#hotlineCaller\">", "<a href=\"#hotlineReference\">");
        var called = county.post("/cases/new", "programme", "DIBAO", "household", Long.toString(other.id()),
                "receivedOn", "2026-11-02", "hotlineLine", "12345", "hotlineCaller", "村民 王五",
                "hotlineReference", "GD-2026-1102-07");
        assertThat(called.path()).as(called.body()).matches("/cases/\\d+");
        assertThat(called.textOf("case-channel")).contains("热线来电", "12345 来电：村民 王五", "GD-2026-1102-07");
        assertThat(WebSession.signIn(port, "shiqiao.coordinator").get("/cases/new?programme=TEKUN").status())
                .isEqualTo(403);
    }

    @Test
    void anObjectionIsAppraisedOnThePageAndTheCaseIsAssessedAgain() {
        long id = cases().publicised(family(SHIQIAO).id());
        WebSession caseworker = WebSession.signIn(port, CASEWORKER);
        var objected = caseworker.post("/cases/" + id + "/objections", "version", version(id), "on", "2026-10-17",
                "summary", "村民反映其家中有经营性收入");
        assertThat(objected.textOf("case-state")).isEqualTo("公示有异议");
        assertThat(objected.body()).as("a new visit or an appraisal").contains("id=\"step-investigation\"",
                "id=\"step-appraisal\"");
        var tooFew = caseworker.post("/cases/" + id + "/appraisal", "version", version(id), "on", "2026-10-20",
                "participants", "2", "conclusion", "OBJECTION_REJECTED", "summary", "经评议，异议不成立");
        assertThat(tooFew.status()).isEqualTo(400);
        assertThat(tooFew.textOf("appraisal-participants-error")).contains("请检查参加评议的代表人数", "at least 3");
        var appraised = caseworker.post("/cases/" + id + "/appraisal", "version", version(id), "on", "2026-10-20",
                "participants", "7", "conclusion", "OBJECTION_REJECTED", "summary", "经评议，异议不成立");
        assertThat(appraised.textOf("case-state")).isEqualTo("已民主评议");
        assertThat(appraised.body()).contains("id=\"step-assessment\"");
        assertThat(appraised.textOf("timeline")).contains("民主评议", "参加评议人数：7", "评议结论：异议不成立");
    }
}
