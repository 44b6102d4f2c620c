package org.doudi.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The benefits in force (DOMAIN.md §3.4): written by casework's decisions, reviews and stops, read by
 * payrolls, screening and reports. Every change takes effect from a month and keeps the history; nothing
 * is deleted. Each write joins the caller's transaction and is audited. Reads are region-scoped to the
 * current actor.
 */
public interface BenefitsInForce {

    /** Records a decided benefit. */
    BenefitInForce grant(NewBenefit benefit);

    /** A new amount from {@code fromMonth} on (a review's change); the months before keep their amount. */
    BenefitInForce changeAmount(long benefitId, YearMonth fromMonth, BigDecimal amount, String reason);

    /**
     * Stops paying after {@code lastMonth} (a stop decided in month M has lastMonth M: it takes effect from M+1).
     * A benefit already set to end later (a gradual exit) may be stopped earlier (a death); never later.
     */
    BenefitInForce stop(long benefitId, YearMonth lastMonth, BenefitEnd why);

    Optional<BenefitInForce> find(long benefitId);

    /** Every benefit of a household, ended ones too, newest first. */
    List<BenefitInForce> ofHousehold(long householdId);

    /** The benefits of a person (their own, and their household's while they were in it is not included). */
    List<BenefitInForce> ofPerson(long personId);

    /** Those paying for {@code month} in a household. */
    List<BenefitInForce> inForce(long householdId, YearMonth month);

    /**
     * For bulk runs (review scheduling): the benefits of the given programmes that no stop has ended yet
     * ({@code endReason} null), in the actor's region, by id after {@code afterId}, at most {@code limit}:
     * page on with the last id answered. Two queries per page.
     */
    List<BenefitInForce> unended(Set<String> programmes, long afterId, int limit);

    /** Every benefit (ended ones too) of many households at once, in a fixed number of queries: for batch jobs. */
    List<BenefitInForce> ofHouseholds(Collection<Long> householdIds);

    /**
     * Households of the region (within the actor's) whose benefits were granted or changed at or after
     * {@code since}, above {@code afterId}, ascending, at most {@code limit}: what an incremental screening reads.
     */
    List<Long> householdsChangedSince(String regionCode, Instant since, long afterId, int limit);

    /** The benefits of the given programmes paying for {@code month} in the region (within the actor's). */
    List<BenefitInForce> payingFor(String regionCode, Collection<String> programmes, YearMonth month);
}
