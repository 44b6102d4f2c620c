package org.doudi.casework.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.doudi.assessment.Programme;
import org.doudi.casework.DeciderLevel;
import org.doudi.policy.ParameterSnapshot;
import org.doudi.policy.PolicyParameters;
import org.doudi.policy.ResolvedParameter;
import org.springframework.stereotype.Component;

/**
 * Who decides a case, and the limits of temporary assistance, from the policy parameters of the case's
 * region on a date (decision 0018). 低保 follows the county's {@code casework.dibao.town_decides}; 特困,
 * the allowances and medical assistance are the county's; temporary assistance is the town's up to
 * {@code temporary.town_max}, the county's above it (一事一议, up to {@code temporary.county_max}).
 */
@Component
class WhoDecides {

    static final String DIBAO_TOWN_DECIDES = "casework.dibao.town_decides";
    static final String TOWN_MAX = "temporary.town_max";
    static final String PAY_FIRST_MAX = "temporary.pay_first_max";
    static final String COUNTY_MAX = "temporary.county_max";

    /** The decider, and why, in words a caseworker reads on the case. */
    record Decider(DeciderLevel level, String reason) {
    }

    /** Temporary assistance's limits on a date; null where no entry is in force. */
    record Limits(BigDecimal town, BigDecimal payFirst, BigDecimal county) {
    }

    private final PolicyParameters parameters;

    WhoDecides(PolicyParameters parameters) {
        this.parameters = parameters;
    }

    /** When the application is received: a county's later change does not move cases already received. */
    Decider atIntake(Programme programme, String regionCode, LocalDate on) {
        return switch (programme) {
            case DIBAO -> {
                Optional<ResolvedParameter> devolved = parameters.resolve(DIBAO_TOWN_DECIDES, regionCode, on);
                if (devolved.isPresent() && devolved.get().flag()) {
                    yield new Decider(DeciderLevel.TOWN, DIBAO_TOWN_DECIDES + " = true for " + devolved.get().regionCode()
                            + " since " + devolved.get().since() + ": the town approver decides");
                }
                yield new Decider(DeciderLevel.COUNTY, devolved.map(p -> DIBAO_TOWN_DECIDES + " = false for "
                        + p.regionCode() + " since " + p.since()).orElse(DIBAO_TOWN_DECIDES + " not set")
                        + ": the county officer decides");
            }
            case TEKUN -> new Decider(DeciderLevel.COUNTY, "特困 is always decided by the county (DOMAIN.md §3.2)");
            case ORPHAN, UNSUPPORTED_CHILD -> new Decider(DeciderLevel.COUNTY, "the county confirms a child's allowance");
            case DISABILITY_LIVING, DISABILITY_CARE ->
                    new Decider(DeciderLevel.COUNTY, "the county decides the disability allowances");
            case EXPENDITURE_HARDSHIP -> new Decider(DeciderLevel.COUNTY, "the county recognises 刚性支出困难 households");
            case MEDICAL -> new Decider(DeciderLevel.COUNTY, "the county decides medical assistance");
            case TEMPORARY -> temporary(regionCode, on, null);
            case DIBAO_MARGINAL, MONITORING -> throw new IllegalArgumentException(programme + " is not applied for");
        };
    }

    /** Temporary assistance of {@code amount} (null before it is known): the town's up to its limit. */
    Decider temporary(String regionCode, LocalDate on, BigDecimal amount) {
        Limits limits = limits(regionCode, on);
        if (limits.town() == null) {
            return new Decider(DeciderLevel.COUNTY, TOWN_MAX + " not set: the county decides");
        }
        if (amount != null && amount.compareTo(limits.town()) > 0) {
            return new Decider(DeciderLevel.COUNTY, "the amount " + amount.toPlainString() + " is above the town's limit of "
                    + limits.town().toPlainString() + ": the county decides case by case (一事一议)");
        }
        return new Decider(DeciderLevel.TOWN, "the town decides temporary assistance up to "
                + limits.town().toPlainString() + " (" + TOWN_MAX + ")");
    }

    Limits limits(String regionCode, LocalDate on) {
        ParameterSnapshot p = parameters.snapshot(regionCode, on);
        return new Limits(value(p, TOWN_MAX), value(p, PAY_FIRST_MAX), value(p, COUNTY_MAX));
    }

    private static BigDecimal value(ParameterSnapshot p, String name) {
        return p.find(name).filter(v -> !v.isNone()).map(ResolvedParameter::decimal).orElse(null);
    }
}
