package org.doudi.payment.internal;

import java.math.BigDecimal;
import java.util.List;

import org.doudi.payment.Budget;
import org.doudi.payment.BudgetEntry;
import org.doudi.payment.BudgetReport;
import org.doudi.payment.FundingCalculation;
import org.doudi.payment.Funds;
import org.doudi.payment.PageOf;
import org.doudi.payment.Reserve;
import org.doudi.payment.ReserveEntry;
import org.doudi.payment.ReserveMovement;
import org.doudi.region.RegionLevel;
import org.doudi.shared.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Funds over HTTP: the county's budgets and spending, the towns' reserves and their movements, and the seed
 * plan's funding rules as calculators (each answer lists the parameters it used).
 */
@RestController
@RequestMapping("/api/v1/funds")
class FundController {

    private final Funds funds;

    FundController(Funds funds) {
        this.funds = funds;
    }

    /**
     * The caller's county this year (budgets and spending; {@code county} for a city or province user) and the
     * reserves of its towns; a town's user sees their town's reserve only.
     */
    record Overview(BudgetReport budgets, List<Reserve> reserves) {
    }

    @GetMapping
    Overview overview(@RequestParam(required = false) String county, @RequestParam(required = false) Integer year) {
        String mine = Actor.current().regionCode();
        if ((county == null || county.isBlank()) && RegionLevel.of(mine).ordinal() > RegionLevel.COUNTY.ordinal()) {
            return new Overview(null, funds.reserves(mine));
        }
        BudgetReport budgets = funds.budgets(county, year);
        return new Overview(budgets, funds.reserves(budgets.countyCode()));
    }

    @GetMapping("/budgets")
    BudgetReport budgets(@RequestParam(required = false) String county, @RequestParam(required = false) Integer year) {
        return funds.budgets(county, year);
    }

    @PutMapping("/budgets")
    Budget setBudget(@RequestBody BudgetEntry entry) {
        return funds.setBudget(entry);
    }

    /** The towns' reserves in {@code region} (default: the caller's region). */
    @GetMapping("/reserves")
    List<Reserve> reserves(@RequestParam(required = false) String region) {
        return funds.reserves(region);
    }

    @GetMapping("/reserves/{town}/movements")
    PageOf<ReserveMovement> movements(@PathVariable String town, @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size) {
        return funds.movements(town, page, size);
    }

    @PostMapping("/reserves/{town}/top-ups")
    @ResponseStatus(HttpStatus.CREATED)
    ReserveMovement topUp(@PathVariable String town, @RequestBody ReserveEntry entry) {
        return funds.topUp(town, entry);
    }

    @PostMapping("/reserves/{town}/spending")
    @ResponseStatus(HttpStatus.CREATED)
    ReserveMovement spend(@PathVariable String town, @RequestBody ReserveEntry entry) {
        return funds.spend(town, entry);
    }

    @GetMapping("/calculators/temporary-assistance")
    FundingCalculation temporaryAssistance(@RequestParam(required = false) String region,
                                           @RequestParam(required = false) Integer year,
                                           @RequestParam(required = false) Long residents) {
        return funds.temporaryAssistanceFunding(region, year, residents);
    }

    @GetMapping("/calculators/disaster-relief")
    FundingCalculation disasterRelief(@RequestParam(required = false) String region,
                                      @RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) BigDecimal lastYearRevenue) {
        return funds.disasterReliefBudget(region, year, lastYearRevenue);
    }

    @GetMapping("/calculators/day-care-construction")
    FundingCalculation dayCareConstruction(@RequestParam(required = false) String region,
                                           @RequestParam(required = false) Integer year,
                                           @RequestParam(required = false) Integer centres) {
        return funds.dayCareConstruction(region, year, centres);
    }

    @GetMapping("/calculators/day-care-running")
    FundingCalculation dayCareRunning(@RequestParam(required = false) String region,
                                      @RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) Integer withMeals,
                                      @RequestParam(required = false) Integer withoutMeals) {
        return funds.dayCareRunning(region, year, withMeals, withoutMeals);
    }
}
