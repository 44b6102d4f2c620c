package org.doudi.casework.internal.review;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.doudi.casework.ReviewOutcome;

/**
 * The text of the notice (告知书) a household receives of a review's decision: what was decided, from which
 * month, why, and — for a stop or a change — how to appeal. Pure.
 */
final class NoticeText {

    private NoticeText() {
    }

    static String of(ReviewRow r) {
        String programme = switch (r.programme) {
            case "DIBAO" -> "最低生活保障";
            case "TEKUN" -> "特困人员救助供养";
            default -> r.programme;
        };
        String subject = "您" + (r.personId == null ? "家庭" : "") + "享受的" + programme + "（待遇编号 " + r.benefitId + "）";
        String basis = r.exitReason == null ? "经复核，"
                : switch (r.exitReason) {
                    case OWN_WISH -> "根据本人申请，";
                    case LABOUR_CAPACITY_RECOVERED -> "因本人已恢复劳动能力，经公示，";
                    case IMPRISONED -> "因本人服刑，经公示，";
                    case INCOME_OR_ASSETS -> "因收入或财产超过规定，经公示，";
                    case SUPPORTER_ABLE -> "因赡养、抚养、扶养义务人已具备履行义务能力，经公示，";
                };
        StringBuilder text = new StringBuilder(basis).append(subject);
        switch (r.outcome) {
            case CONTINUE -> text.append("继续保障，每月 ").append(yuan(r.decidedAmount)).append(" 元不变。");
            case CHANGE_AMOUNT -> text.append("自").append(month(r.amountFromMonth)).append("起调整为每月 ")
                    .append(yuan(r.decidedAmount)).append(" 元。");
            case GRADUAL_EXIT -> text.append("：家庭人均收入已高于当地低保标准，因家庭成员就业按渐退办理，每月 ")
                    .append(yuan(r.decidedAmount)).append(" 元发放至").append(month(r.lastMonth)).append("，自")
                    .append(month(r.lastMonth.plusMonths(1))).append("起停止。");
            case STOP -> text.append("自").append(month(r.lastMonth.plusMonths(1))).append("起停止发放。");
        }
        String reasons = r.decisionReasons != null ? r.decisionReasons : r.proposalReasons;
        if (reasons != null) {
            text.append("理由：").append(reasons).append("。");
        }
        if (r.outcome != ReviewOutcome.CONTINUE) {
            text.append("如对本决定不服，可自收到本告知之日起六十日内申请行政复议，或六个月内依法提起行政诉讼。");
        }
        return text.toString();
    }

    private static String yuan(BigDecimal amount) {
        return amount == null ? "0" : amount.stripTrailingZeros().toPlainString();
    }

    private static String month(YearMonth m) {
        return m.getYear() + "年" + m.getMonthValue() + "月";
    }
}
