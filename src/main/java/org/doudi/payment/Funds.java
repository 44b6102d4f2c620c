package org.doudi.payment;

import java.math.BigDecimal;
import java.util.List;

/**
 * Funds (DOMAIN.md §2.5, §2.10; docs/decisions/0028): a county's budgets per programme, year and source, and the
 * spending against them; the towns' temporary-assistance reserves (备用金), topped up by the county and spent by
 * the town; and the seed plan's funding rules as calculators. County officers set budgets and top reserves up;
 * town caseworkers and approvers record their town's spending; everyone reads within their region. Audited.
 */
public interface Funds {

    /** Whether the actor may set budgets and top reserves up. */
    boolean mayManage();

    /** Whether the actor may record spending from reserves (of the towns of their region). */
    boolean maySpend();

    /** Sets (or replaces) one source's budget for a programme. */
    Budget setBudget(BudgetEntry entry);

    /** {@code countyCode} defaults to the actor's county, {@code year} to this year. */
    BudgetReport budgets(String countyCode, Integer year);

    ReserveMovement topUp(String townCode, ReserveEntry entry);

    /** Refused (400, {@code amount}) when the reserve does not hold that much. */
    ReserveMovement spend(String townCode, ReserveEntry entry);

    /** The reserves of the towns in the region (the actor's when null). */
    List<Reserve> reserves(String regionCode);

    /** Newest first. */
    PageOf<ReserveMovement> movements(String townCode, int page, int size);

    /** Temporary assistance: the city's and the county's yearly share per resident (DOMAIN.md §2.5). */
    FundingCalculation temporaryAssistanceFunding(String regionCode, Integer year, Long residents);

    /** Disaster relief: the least and the largest a county budgets, as shares of last year's fiscal revenue. */
    FundingCalculation disasterReliefBudget(String regionCode, Integer year, BigDecimal lastYearRevenue);

    /** Rural day-care centres to build: who pays what of their construction (DOMAIN.md §2.10). */
    FundingCalculation dayCareConstruction(String regionCode, Integer year, Integer centres);

    /** Rural day-care centres running: their subsidy a year, with and without meals (DOMAIN.md §2.10). */
    FundingCalculation dayCareRunning(String regionCode, Integer year, Integer withMeals, Integer withoutMeals);
}
