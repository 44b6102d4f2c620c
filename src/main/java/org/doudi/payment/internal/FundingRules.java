package org.doudi.payment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The seed plan's funding rules (DOMAIN.md §2.5, §2.10) as pure functions of the figures entered and the
 * parameters in force. Money is exact; each share is rounded half-up to the fen once, at the end.
 */
final class FundingRules {

    private FundingRules() {
    }

    record Share(String name, BigDecimal amount) {
    }

    /** Temporary assistance: the city puts in so much, and the county so much, per resident a year. */
    static List<Share> temporaryAssistance(long residents, BigDecimal cityPerResident, BigDecimal countyPerResident) {
        BigDecimal n = BigDecimal.valueOf(residents);
        return List.of(new Share("city", fen(n.multiply(cityPerResident))),
                new Share("county", fen(n.multiply(countyPerResident))));
    }

    /** Disaster relief: a county budgets between two shares (3‰ and 5‰) of last year's local fiscal revenue. */
    static List<Share> disasterRelief(BigDecimal lastYearRevenue, BigDecimal minShare, BigDecimal maxShare) {
        return List.of(new Share("least", fen(lastYearRevenue.multiply(minShare))),
                new Share("largest", fen(lastYearRevenue.multiply(maxShare))));
    }

    /** Day-care centres: each one's construction is paid by the province, the city and both lottery funds. */
    static List<Share> dayCareConstruction(int centres, BigDecimal province, BigDecimal city,
                                           BigDecimal provinceLottery, BigDecimal cityLottery) {
        BigDecimal n = BigDecimal.valueOf(centres);
        return List.of(new Share("province", fen(n.multiply(province))), new Share("city", fen(n.multiply(city))),
                new Share("province_lottery", fen(n.multiply(provinceLottery))),
                new Share("city_lottery", fen(n.multiply(cityLottery))));
    }

    /** Day-care centres: the running subsidy a year, larger for those that serve meals. */
    static List<Share> dayCareRunning(int withMeals, int withoutMeals, BigDecimal withMealsRate,
                                      BigDecimal withoutMealsRate) {
        return List.of(new Share("with_meals", fen(BigDecimal.valueOf(withMeals).multiply(withMealsRate))),
                new Share("without_meals", fen(BigDecimal.valueOf(withoutMeals).multiply(withoutMealsRate))));
    }

    static BigDecimal total(List<Share> shares) {
        return shares.stream().map(Share::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static BigDecimal fen(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.HALF_UP);
    }
}
