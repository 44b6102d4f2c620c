package org.doudi.casework.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The wording and layout of the case documents. They are official letters to a household, so they are in
 * Chinese only, whatever language the person downloading them reads. The appeal paragraph states what
 * the law gives the household: administrative reconsideration within 60 days (行政复议法 2023 年修订
 * 第二十条), before the people's government of the county, which reviews the acts of the towns below it
 * and of its own departments (第二十四条); or an administrative lawsuit within 6 months (行政诉讼法
 * 第四十六条) before the people's court where the deciding office is (第十八条).
 */
final class CaseLetters {

    private static final float TITLE = 20;
    private static final float ISSUER = 15;
    private static final float BODY = 12.5f;
    private static final float SMALL = 10.5f;

    private CaseLetters() {
    }

    /**
     * Who the letter is from and about: the issuing office, the county above it, the case and household;
     * {@code person}: the member applying, for a per-person programme (the letter is to them), else null.
     */
    record Letterhead(String issuer, String county, long caseId, String headName, String place, LocalDate receivedOn,
                      String programme, String person, int members) {

        /** Whom the letter is to. */
        String recipient() {
            return person != null ? person : headName;
        }

        /** "你户" for a household's application, "你" for a person's. */
        String you() {
            return person != null ? "你" : "你户";
        }
    }

    /**
     * An approval: monthly ({@code monthlyAmount} from {@code startMonth}), a status valid for a time
     * ({@code untilMonth}, no amount: 刚性支出困难), or once ({@code amount}, paid as {@code payments});
     * {@code checks}: what the office did before deciding ("经入户调查、家庭经济状况核对").
     */
    record Approval(int householdSize, BigDecimal monthlyAmount, String startMonth, LocalDate publicityFrom,
                    LocalDate publicityUntil, String decider, LocalDate decidedOn, BigDecimal amount, String untilMonth,
                    List<Payment> payments, String checks) {
    }

    record Payment(String month, BigDecimal amount, boolean payFirst) {
    }

    record Refusal(String reasons, String decider, LocalDate decidedOn) {
    }

    /** {@code amount}: a one-off's (temporary assistance); neither amount for a status; {@code perPerson}: names a person. */
    record Publicity(String issuer, String programme, String place, LocalDate from, LocalDate until, String name,
                     int householdSize, BigDecimal monthlyAmount, BigDecimal amount, boolean perPerson) {
    }

    static byte[] decisionNotice(DocumentFont.Opened font, Letterhead h, Approval a) {
        try (PdfLayout pdf = new PdfLayout(font, h.programme() + "审核确认决定书")) {
            heading(pdf, h, h.programme() + "审核确认决定书");
            pdf.paragraph(h.recipient() + "：", BODY, false);
            pdf.paragraph(h.you() + "于" + date(h.receivedOn()) + "提出的" + h.programme() + "申请，" + a.checks()
                    + (a.publicityFrom() == null ? "" : "，并于" + date(a.publicityFrom()) + "至" + date(a.publicityUntil())
                    + "公示期满无异议") + "，本机关决定：予以批准。", BODY, true);
            pdf.gap(BODY * 0.5f);
            if (h.person() != null) {
                pdf.field("救助对象：", h.person() + "（" + h.headName() + "户，" + h.place() + "）", BODY);
            } else {
                int size = a.householdSize() > 0 ? a.householdSize() : h.members();
                pdf.field("保障家庭：", h.headName() + "户，共 " + size + " 人（" + h.place() + "）", BODY);
            }
            pdf.field("救助项目：", h.programme(), BODY);
            if (a.amount() != null) {
                pdf.field("救助金额：", "共 " + yuan(a.amount()) + " 元", BODY);
                for (Payment p : a.payments()) {
                    pdf.field(p.payFirst() ? "已先行救助：" : "发放：", month(p.month()) + " " + yuan(p.amount()) + " 元", BODY);
                }
            } else if (a.untilMonth() != null) {
                pdf.field("有效期：", "自" + month(a.startMonth()) + "至" + month(a.untilMonth()), BODY);
            } else {
                pdf.field("保障金额：", "每月 " + yuan(a.monthlyAmount()) + " 元", BODY);
                pdf.field("起始月份：", "自" + month(a.startMonth()) + "起按月发放", BODY);
            }
            pdf.field("决定人：", a.decider(), BODY);
            pdf.field("决定日期：", date(a.decidedOn()), BODY);
            pdf.gap(BODY * 0.5f);
            pdf.paragraph((a.amount() != null ? "" : "家庭人口、收入或财产发生变化的，请及时告知" + h.issuer()
                    + "。" + (a.untilMonth() != null ? "有效期满需要继续认定的，请重新申请。" : "保障金额将随家庭情况和保障标准的调整而调整。"))
                    + "如对本决定不服，可以自收到本通知书之日起六十日内向" + h.county() + "人民政府申请行政复议，"
                    + "或者自收到本通知书之日起六个月内依法向人民法院提起行政诉讼。", BODY, true);
            signature(pdf, h.issuer(), a.decidedOn());
            return pdf.finish();
        }
    }

    static byte[] refusalNotice(DocumentFont.Opened font, Letterhead h, Refusal r) {
        try (PdfLayout pdf = new PdfLayout(font, "不予救助通知书")) {
            heading(pdf, h, "不予救助通知书");
            pdf.paragraph(h.recipient() + "：", BODY, false);
            pdf.paragraph(h.you() + "于" + date(h.receivedOn()) + "提出的" + h.programme() + "申请，经审核，本机关决定：不予批准。"
                    + "理由如下：", BODY, true);
            pdf.paragraph(r.reasons(), BODY, true);
            pdf.gap(BODY * 0.5f);
            pdf.field("决定人：", r.decider(), BODY);
            pdf.field("决定日期：", date(r.decidedOn()), BODY);
            pdf.gap(BODY * 0.5f);
            pdf.paragraph("如对本决定不服，可以自收到本通知书之日起六十日内向" + h.county() + "人民政府申请行政复议"
                    + "（《中华人民共和国行政复议法》第二十条、第二十四条）；也可以自收到本通知书之日起六个月内，向本机关"
                    + "所在地的人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第十八条、第四十六条）。", BODY, true);
            pdf.paragraph("家庭情况发生变化、符合条件的，可以重新提出申请。", BODY, true);
            signature(pdf, h.issuer(), r.decidedOn());
            return pdf.finish();
        }
    }

    /** Only the name, the household size and the amount of the household; the rest is about the publicity. */
    static byte[] publicitySheet(DocumentFont.Opened font, long caseId, Publicity p) {
        try (PdfLayout pdf = new PdfLayout(font, p.programme() + "公示表")) {
            pdf.centred(p.programme() + "公示表", TITLE);
            pdf.gap(ISSUER * 0.5f);
            pdf.field("公示单位：", p.issuer(), BODY);
            pdf.field("公示地点：", p.place(), BODY);
            pdf.field("公示时间：", date(p.from()) + "至" + date(p.until()) + "（共 7 天）", BODY);
            pdf.gap(BODY * 0.5f);
            String amountTitle = p.amount() != null ? "救助金额（元）" : p.monthlyAmount() != null ? "月保障金额（元）" : "认定结果";
            String amount = p.amount() != null ? yuan(p.amount()) : p.monthlyAmount() != null ? yuan(p.monthlyAmount())
                    : "拟认定";
            pdf.table(List.of("序号", p.perPerson() ? "姓名" : "户主姓名", "家庭人口（人）", amountTitle),
                    List.of(List.of("1", p.name(), Integer.toString(p.householdSize()), amount)),
                    new float[] {0.12f, 0.34f, 0.24f, 0.30f}, BODY);
            pdf.paragraph("公示期间，对公示对象有异议的，可以向" + p.issuer() + "反映。", BODY, true);
            pdf.right("案件编号：" + caseId, SMALL);
            signature(pdf, p.issuer(), p.from());
            return pdf.finish();
        }
    }

    private static void heading(PdfLayout pdf, Letterhead h, String title) {
        pdf.centred(h.issuer(), ISSUER);
        pdf.centred(title, TITLE);
        pdf.right("案件编号：" + h.caseId(), SMALL);
        pdf.gap(SMALL);
    }

    private static void signature(PdfLayout pdf, String issuer, LocalDate on) {
        pdf.gap(BODY * 2);
        pdf.right(issuer + "（印章）", BODY);
        pdf.right(date(on), BODY);
    }

    /** 2026-10-22 → "2026年10月22日". */
    static String date(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** "2026-11" → "2026年11月". */
    static String month(String yearMonth) {
        YearMonth m = YearMonth.parse(yearMonth);
        return m.getYear() + "年" + m.getMonthValue() + "月";
    }

    /** 984 → "984", 984.5 → "984.50": amounts are whole yuan; anything else to the fen. */
    static String yuan(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal whole = amount.setScale(0, RoundingMode.DOWN);
        return amount.compareTo(whole) == 0 ? whole.toPlainString() : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
