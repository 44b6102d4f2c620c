package org.doudi.casework;

import java.util.EnumSet;
import java.util.Set;

import org.doudi.payment.BenefitEnd;

/**
 * Why a benefit ends other than by a review's finding (DOMAIN.md §2.2, §3.4). A death is not among them: it
 * is recorded in the registry, which stops every benefit of the person by itself.
 */
public enum ExitReason {
    /** 本人申请退出 */
    OWN_WISH,
    /** 恢复劳动能力 (特困) */
    LABOUR_CAPACITY_RECOVERED,
    /** 服刑 (特困) */
    IMPRISONED,
    /** 收入或财产超过规定 (特困) */
    INCOME_OR_ASSETS,
    /** 赡养、抚养、扶养义务人恢复能力 (特困) */
    SUPPORTER_ABLE;

    /** The reasons an exit of a benefit of {@code programme} may give: any for 特困, the person's wish for the others. */
    public static Set<ExitReason> forProgramme(String programme) {
        return "TEKUN".equals(programme) ? EnumSet.allOf(ExitReason.class) : EnumSet.of(OWN_WISH);
    }

    /** How the benefit's end is recorded. */
    public BenefitEnd benefitEnd() {
        return this == OWN_WISH ? BenefitEnd.OWN_WISH : BenefitEnd.EXIT;
    }
}
