package org.doudi.payment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.doudi.payment.BenefitEnd;
import org.doudi.payment.BenefitInForce;
import org.doudi.payment.BenefitKind;
import org.doudi.payment.BenefitsInForce;
import org.doudi.payment.NewBenefit;
import org.doudi.region.Region;
import org.doudi.region.RegionLevel;
import org.doudi.region.Regions;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test classpath only. Payroll tests each work in a county of their own (a payroll is county-wide, and tests never
 * depend on each other's data), made here under 示范市; and they grant, stop and change benefits the way casework's
 * decisions do, through {@link BenefitsInForce}, for the programmes casework cannot decide yet.
 */
@RestController
@RequestMapping("/api/v1/test-only/payment")
class PaymentFixturesForTests {

    /** County codes 990140 … 990199: the demo tree uses 02, 21 and 22. */
    private static final AtomicInteger NEXT_COUNTY = new AtomicInteger(40);

    private final Regions regions;
    private final BenefitsInForce benefits;

    PaymentFixturesForTests(Regions regions, BenefitsInForce benefits) {
        this.regions = regions;
        this.benefits = benefits;
    }

    record County(String county, String town, String village) {
    }

    @PostMapping("/counties")
    synchronized County county() {
        String county;
        do {
            county = "9901" + NEXT_COUNTY.getAndIncrement() + "000000";
        } while (regions.find(county).isPresent());
        String prefix = county.substring(0, 6);
        String town = prefix + "101000";
        String village = prefix + "101201";
        regions.addMissing(List.of(new Region(county, "测试县" + prefix.substring(4), RegionLevel.COUNTY, "990100000000"),
                new Region(town, "测试镇" + prefix.substring(4), RegionLevel.TOWN, county),
                new Region(village, "测试村" + prefix.substring(4), RegionLevel.VILLAGE, town)));
        return new County(county, town, village);
    }

    record Grant(String programme, long householdId, Long personId, String regionCode, String fromMonth,
                 String toMonth, BigDecimal amount, Long caseId) {
    }

    @PostMapping("/benefits")
    BenefitInForce grant(@RequestBody Grant g) {
        YearMonth from = YearMonth.parse(g.fromMonth());
        return benefits.grant(new NewBenefit(g.programme(), BenefitKind.MONTHLY, g.householdId(), g.personId(),
                g.regionCode(), g.caseId(), LocalDate.of(2026, 1, 1), from,
                g.toMonth() == null ? null : YearMonth.parse(g.toMonth()), g.amount(), "test grant"));
    }

    @PostMapping("/benefits/{id}/stop")
    BenefitInForce stop(@PathVariable long id, @RequestBody Map<String, String> body) {
        return benefits.stop(id, YearMonth.parse(body.get("lastMonth")), BenefitEnd.valueOf(body.get("why")));
    }

    @PostMapping("/benefits/{id}/amount")
    BenefitInForce amount(@PathVariable long id, @RequestBody Map<String, String> body) {
        return benefits.changeAmount(id, YearMonth.parse(body.get("fromMonth")), new BigDecimal(body.get("amount")),
                "test change");
    }
}
