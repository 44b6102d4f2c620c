package org.doudi.registry.internal.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.doudi.registry.AssetKind;
import org.doudi.registry.DisabilityKind;
import org.doudi.registry.ExpenseKind;
import org.doudi.registry.IncomeType;
import org.doudi.registry.Residence;
import org.doudi.registry.internal.generator.SyntheticHousehold.Asset;
import org.doudi.registry.internal.generator.SyntheticHousehold.Expense;
import org.doudi.registry.internal.generator.SyntheticHousehold.Income;
import org.doudi.registry.internal.generator.Vocabulary.Employment;
import org.doudi.registry.internal.generator.Vocabulary.Schooling;

/**
 * What a household owns and spends: savings in proportion to its income, cars for the better-off,
 * exempt motorcycles and farm machinery in the countryside, rarely a second dwelling or a registered
 * business; medical bills for the seriously ill, rehabilitation for some of the disabled, fees for
 * pupils beyond compulsory schooling.
 */
final class Means {

    private final Dice dice;
    private final Residence residence;
    private final LocalDate referenceDate;
    private final IncomeWindow window;

    Means(Dice dice, Residence residence, LocalDate referenceDate, IncomeWindow window) {
        this.dice = dice;
        this.residence = residence;
        this.referenceDate = referenceDate;
        this.window = window;
    }

    List<Asset> assets(List<MemberDraft> members) {
        boolean rural = residence == Residence.RURAL;
        BigDecimal monthly = currentMonthlyIncome(members);
        double wealth = monthly.doubleValue() > 9000 ? 2.0 : monthly.doubleValue() > 5000 ? 1.2
                : monthly.doubleValue() > 2000 ? 0.6 : 0.15;
        List<Asset> assets = new ArrayList<>();
        if (dice.chance(0.92)) {
            int months = dice.skewedLow(1, 40);
            long deposit = Math.max(100, Math.round(monthly.doubleValue() * months / 100) * 100 + 100L * dice.between(0, 30));
            assets.add(new Asset(AssetKind.FINANCIAL, BigDecimal.valueOf(deposit).setScale(2), false, "银行存款", recently()));
        }
        if (dice.chance(Math.min(0.8, (rural ? 0.2 : 0.3) * wealth))) {
            assets.add(new Asset(AssetKind.VEHICLE, dice.yuan(rural ? 60000 : 110000, 0.5, 15000, 800000, 1000), false,
                    "小型汽车", since(8)));
        }
        if (dice.chance(rural ? 0.35 : 0.08)) {
            assets.add(new Asset(AssetKind.VEHICLE, dice.yuan(4000, 0.3, 1000, 15000, 100), true, "两轮摩托车", since(10)));
        }
        if (rural && dice.chance(0.07)) {
            assets.add(new Asset(AssetKind.VEHICLE, dice.yuan(15000, 0.6, 2000, 150000, 500), true, "农用机械", since(12)));
        }
        boolean physicallyDisabled = members.stream().anyMatch(m -> m.disabled()
                && (m.disability.kind() == DisabilityKind.PHYSICAL || m.disability.kind() == DisabilityKind.MULTIPLE));
        if (physicallyDisabled && dice.chance(0.2)) {
            assets.add(new Asset(AssetKind.VEHICLE, dice.yuan(5000, 0.3, 1500, 15000, 100), true, "残疾人机动轮椅车",
                    since(6)));
        }
        if (dice.chance(Math.min(0.3, (rural ? 0.015 : 0.04) * wealth))) {
            assets.add(new Asset(AssetKind.DWELLING, dice.yuan(rural ? 180000 : 600000, 0.5, 50000, 5000000, 1000), false,
                    rural ? "宅基地住房一处" : "商品房一套", since(15)));
            if (dice.chance(0.5)) {
                members.get(0).incomes.add(new Income(IncomeType.PROPERTY, dice.yuan(rural ? 500 : 1800, 0.4, 100, 8000, 10),
                        YearMonth.from(since(5)), null, "房屋出租"));
            }
        }
        boolean selfEmployed = members.stream().anyMatch(m -> m.employment == Employment.SELF_EMPLOYED);
        if (dice.chance(selfEmployed ? 0.3 : 0.004)) {
            assets.add(new Asset(AssetKind.BUSINESS, dice.yuan(100000, 0.9, 10000, 3000000, 1000), false,
                    dice.chance(0.8) ? "个体工商户" : "有限责任公司", since(10)));
        }
        if (rural && dice.chance(0.12)) {
            members.get(0).incomes.add(new Income(IncomeType.PROPERTY, dice.yuan(120, 0.5, 30, 800, 5),
                    YearMonth.from(since(8)), null, "土地流转租金"));
        }
        return assets;
    }

    List<Expense> expenses(List<MemberDraft> members) {
        List<Expense> expenses = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            MemberDraft m = members.get(i);
            if (m.seriouslyIll()) {
                YearMonth since = YearMonth.from(m.illSince);
                for (YearMonth month = window.first(); !month.isAfter(window.last()); month = month.plusMonths(1)) {
                    if (!month.isBefore(since) && dice.chance(0.55)) {
                        expenses.add(new Expense(i, ExpenseKind.MEDICAL, dice.yuan(1200, 0.8, 50, 30000, 10), month,
                                "门诊自付"));
                    }
                }
                if (dice.chance(0.35)) {
                    YearMonth month = window.first().plusMonths(dice.between(0, 11));
                    expenses.add(new Expense(i, ExpenseKind.MEDICAL, dice.yuan(18000, 0.7, 2000, 200000, 10),
                            month.isBefore(since) ? since : month, "住院自付"));
                }
            }
            if (m.disabled() && m.disability.grade() <= 3 && dice.chance(0.3)) {
                int months = dice.between(3, 12);
                BigDecimal monthly = dice.yuan(400, 0.4, 100, 2500, 10);
                for (YearMonth month = window.last().minusMonths(months - 1); !month.isAfter(window.last());
                     month = month.plusMonths(1)) {
                    expenses.add(new Expense(i, ExpenseKind.REHABILITATION, monthly, month, "康复训练"));
                }
            }
            if (m.schooling == Schooling.HIGH_SCHOOL || m.schooling == Schooling.VOCATIONAL
                    || m.schooling == Schooling.UNIVERSITY) {
                boolean university = m.schooling == Schooling.UNIVERSITY;
                for (YearMonth month = window.first(); !month.isAfter(window.last()); month = month.plusMonths(1)) {
                    if (month.getMonthValue() == 9 || month.getMonthValue() == 3) {
                        expenses.add(new Expense(i, ExpenseKind.EDUCATION, university
                                ? dice.yuan(5500, 0.3, 2500, 15000, 10) : dice.yuan(1800, 0.4, 400, 8000, 10), month,
                                university ? "学费住宿费" : "学杂费住宿费"));
                    }
                }
            }
        }
        return expenses;
    }

    /** What the household lives on in the last month of the window. */
    BigDecimal currentMonthlyIncome(List<MemberDraft> members) {
        BigDecimal sum = BigDecimal.ZERO;
        for (MemberDraft m : members) {
            for (Income i : m.incomes) {
                if (!i.from().isAfter(window.last()) && (i.to() == null || !i.to().isBefore(window.last()))) {
                    sum = sum.add(i.monthly());
                }
            }
        }
        return sum;
    }

    private LocalDate recently() {
        return referenceDate.minusDays(dice.between(10, 400));
    }

    private LocalDate since(int maxYears) {
        return referenceDate.minusDays(dice.between(30, 365 * maxYears));
    }
}
