package org.doudi.registry.internal.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.doudi.registry.DisabilityKind;
import org.doudi.registry.ExpenseKind;
import org.doudi.registry.HouseholdCategory;
import org.doudi.registry.IncomeType;
import org.doudi.registry.PersonFactKind;
import org.doudi.registry.PovertyCause;
import org.doudi.registry.Relation;
import org.doudi.registry.Residence;
import org.doudi.registry.internal.generator.Composition.Shape;
import org.doudi.registry.internal.generator.SyntheticHousehold.Asset;
import org.doudi.registry.internal.generator.SyntheticHousehold.Expense;
import org.doudi.registry.internal.generator.SyntheticHousehold.Fact;
import org.doudi.registry.internal.generator.SyntheticHousehold.Income;
import org.doudi.registry.internal.generator.Vocabulary.Employment;
import org.doudi.registry.internal.generator.Vocabulary.LabourCapacity;
import org.doudi.registry.internal.generator.Vocabulary.Schooling;
import org.doudi.registry.internal.generator.Vocabulary.Supporters;

/**
 * The household's standing: whether it left poverty under the alleviation programme (脱贫户), which
 * categories its figures support (低保, 特困, 低保边缘, 监测户 …), the assistance it then receives, and
 * the causes of its poverty, read from its members' facts. Standards and lines are the demo's 2026
 * figures (DOMAIN.md §2); they only label generated data, the assessment module decides for real.
 */
final class Standing {

    private static final BigDecimal RURAL_STANDARD = new BigDecimal("620");
    private static final BigDecimal URBAN_STANDARD = new BigDecimal("820");
    private static final BigDecimal MONITORING_LINE = new BigDecimal("8000");
    private static final BigDecimal RURAL_DISPOSABLE_INCOME = new BigDecimal("21000");
    private static final BigDecimal URBAN_DISPOSABLE_INCOME = new BigDecimal("48000");
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final PovertyCause[] OTHER_CAUSES = {PovertyCause.LACK_OF_SKILLS, PovertyCause.LACK_OF_FUNDS, PovertyCause.LACK_OF_LAND,
            PovertyCause.LACK_OF_WATER, PovertyCause.POOR_TRANSPORT, PovertyCause.LACK_OF_DRIVE, PovertyCause.DISASTER};
    private static final int[] RURAL_CAUSE_WEIGHTS = {30, 25, 8, 4, 8, 15, 6};
    private static final int[] URBAN_CAUSE_WEIGHTS = {45, 35, 0, 0, 0, 20, 0};

    record Result(boolean exitedPoverty, List<HouseholdCategory> categories, List<PovertyCause> causes) {
    }

    private final Dice dice;
    private final Residence residence;
    private final LocalDate referenceDate;
    private final IncomeWindow window;
    private final BigDecimal standard;

    Standing(Dice dice, Residence residence, LocalDate referenceDate, IncomeWindow window) {
        this.dice = dice;
        this.residence = residence;
        this.referenceDate = referenceDate;
        this.window = window;
        this.standard = residence == Residence.RURAL ? RURAL_STANDARD : URBAN_STANDARD;
    }

    Result decide(Shape shape, List<MemberDraft> members, List<Asset> assets, List<Expense> expenses) {
        boolean rural = residence == Residence.RURAL;
        int n = members.size();
        Set<HouseholdCategory> categories = EnumSet.noneOf(HouseholdCategory.class);
        boolean hardPressed = members.stream().anyMatch(m -> m.disabled() || m.seriouslyIll())
                || members.stream().noneMatch(m -> m.labour == LabourCapacity.FULL);
        boolean exitedPoverty = rural && dice.chance(hardPressed ? 0.22 : 0.10);

        List<Income> all = members.stream().flatMap(m -> m.incomes.stream()).toList();
        BigDecimal counted = window.counted(all);
        BigDecimal illnessSpending = spending(expenses, ExpenseKind.MEDICAL).add(spending(expenses, ExpenseKind.REHABILITATION));
        BigDecimal rigidSpending = illnessSpending.add(spending(expenses, ExpenseKind.EDUCATION));
        BigDecimal perCapitaMonthly = counted.subtract(illnessSpending).max(BigDecimal.ZERO)
                .divide(TWELVE.multiply(BigDecimal.valueOf(n)), 2, RoundingMode.HALF_UP);
        boolean assetsPass = assetsPass(assets, n);

        if (shape == Shape.GRANDPARENTS_WITH_GRANDCHILDREN) {
            categories.add(HouseholdCategory.LEFT_BEHIND);
            int roll = dice.between(1, 100);
            if (roll <= 4) {
                markChildren(members, PersonFactKind.ORPHAN, HouseholdCategory.ORPHAN, categories);
            } else if (roll <= 10) {
                markChildren(members, PersonFactKind.UNSUPPORTED_CHILD, HouseholdCategory.UNSUPPORTED_CHILD, categories);
            }
        } else if (rural && leftBehind(members)) {
            categories.add(HouseholdCategory.LEFT_BEHIND);
        }

        // Not everyone entitled has applied (or been found yet): the rest are there for screening to find.
        MemberDraft destitute = n == 1 ? members.get(0) : null;
        boolean belowStandard = perCapitaMonthly.compareTo(standard) < 0;
        if (destitute != null && destitute.labour == LabourCapacity.NONE && destitute.supporters != null
                && destitute.supporters != Supporters.ABLE && belowStandard && assetsPass) {
            if (dice.chance(0.8)) {
                categories.add(HouseholdCategory.TEKUN);
                supportDestitute(destitute);
            }
        } else if (belowStandard && assetsPass) {
            if (dice.chance(0.55)) {
                categories.add(HouseholdCategory.DIBAO);
                payDibao(members, perCapitaMonthly);
            }
        } else if (perCapitaMonthly.compareTo(standard.multiply(new BigDecimal("1.5"))) < 0 && assetsPass) {
            if (dice.chance(0.5)) {
                categories.add(HouseholdCategory.DIBAO_MARGINAL);
            }
        } else if (assetsPass && rigidSpending.compareTo(counted.multiply(new BigDecimal("0.5"))) > 0
                && counted.compareTo((rural ? RURAL_DISPOSABLE_INCOME : URBAN_DISPOSABLE_INCOME).multiply(BigDecimal.valueOf(n))) < 0) {
            categories.add(HouseholdCategory.EXPENDITURE_HARDSHIP);
        }

        if (rural) {
            // the monitoring figure counts every item, the assistance just granted included
            BigDecimal total = window.total(members.stream().flatMap(m -> m.incomes.stream()).toList());
            BigDecimal perCapita = total.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
            BigDecimal afterSpending = total.subtract(rigidSpending).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
            boolean belowLine = perCapita.compareTo(MONITORING_LINE) < 0 || afterSpending.compareTo(MONITORING_LINE) < 0;
            // only some of those below the line have been through the confirmation procedure (DOMAIN.md §2.8)
            if (belowLine && dice.chance(exitedPoverty ? 0.7 : 0.3)) {
                categories.add(HouseholdCategory.MONITORED);
            }
        }

        List<PovertyCause> causes = List.of();
        boolean poor = exitedPoverty || categories.contains(HouseholdCategory.DIBAO) || categories.contains(HouseholdCategory.TEKUN)
                || categories.contains(HouseholdCategory.DIBAO_MARGINAL) || categories.contains(HouseholdCategory.MONITORED)
                || categories.contains(HouseholdCategory.EXPENDITURE_HARDSHIP);
        if (poor) {
            causes = causes(members);
        }
        return new Result(exitedPoverty, List.copyOf(categories), causes);
    }

    /** DOMAIN.md §2.1's assets test: savings, cars, a second dwelling, a business. */
    private boolean assetsPass(List<Asset> assets, int members) {
        BigDecimal financial = BigDecimal.ZERO;
        for (Asset a : assets) {
            switch (a.kind()) {
                case FINANCIAL -> financial = financial.add(a.value());
                case VEHICLE -> {
                    if (!a.exempt()) {
                        return false;
                    }
                }
                case DWELLING -> {
                    return false;
                }
                case BUSINESS -> {
                    if (a.value().compareTo(new BigDecimal("100000")) > 0) {
                        return false;
                    }
                }
            }
        }
        return financial.compareTo(standard.multiply(BigDecimal.valueOf(24L * members))) <= 0;
    }

    /** 差额 plus the classified supplement of each member (DOMAIN.md §2.1), paid to the head. */
    private void payDibao(List<MemberDraft> members, BigDecimal perCapitaMonthly) {
        int n = members.size();
        BigDecimal gap = standard.subtract(perCapitaMonthly).multiply(BigDecimal.valueOf(n))
                .max(BigDecimal.valueOf(60L * n));
        BigDecimal supplement = BigDecimal.ZERO;
        for (MemberDraft m : members) {
            supplement = supplement.add(standard.multiply(supplementShare(m)));
        }
        BigDecimal amount = gap.add(supplement).setScale(0, RoundingMode.HALF_UP).setScale(2);
        members.get(0).incomes.add(new Income(IncomeType.ASSISTANCE, amount, grantedSince(), null, "低保金"));
    }

    private static BigDecimal supplementShare(MemberDraft m) {
        boolean severe = m.disabled() && (m.disability.grade() <= 2 || m.disability.grade() == 3
                && (m.disability.kind() == DisabilityKind.INTELLECTUAL || m.disability.kind() == DisabilityKind.MENTAL));
        if (severe) {
            return new BigDecimal("0.20");
        }
        if (m.seriouslyIll()) {
            return new BigDecimal("0.15");
        }
        return m.age >= 70 || m.age < 18 ? new BigDecimal("0.10") : BigDecimal.ZERO;
    }

    /** Basic living at 1.3 × the standard, plus care by how many of the six activities they cannot do (§2.2). */
    private void supportDestitute(MemberDraft m) {
        boolean centralised = dice.chance(m.unableActivities >= 4 ? 0.6 : 0.15);
        int care = m.unableActivities == 0 ? 0 : m.unableActivities <= 3 ? 1 : 2;
        int[] careStandard = centralised ? new int[] {120, 450, 1200} : new int[] {80, 300, 800};
        BigDecimal basic = standard.multiply(new BigDecimal("1.3")).setScale(0, RoundingMode.CEILING);
        BigDecimal amount = basic.add(BigDecimal.valueOf(careStandard[care])).setScale(2);
        YearMonth since = grantedSince();
        m.facts.add(new Fact(PersonFactKind.SUPPORT_MODE, centralised ? "CENTRALISED" : "DISPERSED", since.atDay(1)));
        m.incomes.add(new Income(IncomeType.ASSISTANCE, amount, since, null, "特困供养金"));
    }

    private void markChildren(List<MemberDraft> members, PersonFactKind fact, HouseholdCategory category, Set<HouseholdCategory> categories) {
        for (MemberDraft m : members) {
            if (m.relation == Relation.GRANDCHILD && m.age < 18) {
                LocalDate since = Circumstances.laterOf(m.birthDate, referenceDate.minusYears(dice.between(1, 6)));
                m.facts.add(new Fact(fact, "TRUE", since));
                m.incomes.add(new Income(IncomeType.ASSISTANCE, BigDecimal.valueOf(700).setScale(2),
                        YearMonth.from(since), null, fact == PersonFactKind.ORPHAN ? "孤儿基本生活费" : "事实无人抚养儿童生活费"));
                categories.add(category);
            }
        }
    }

    /** Children or old people at home while every working member works away. */
    private static boolean leftBehind(List<MemberDraft> members) {
        boolean dependants = members.stream().anyMatch(m -> m.age < 16 || m.age >= 65);
        List<MemberDraft> working = members.stream().filter(m -> m.employment != null && m.employment != Employment.RETIRED
                && m.employment != Employment.UNEMPLOYED).toList();
        return dependants && !working.isEmpty() && working.stream().allMatch(m -> m.employment == Employment.MIGRANT_WORK);
    }

    private List<PovertyCause> causes(List<MemberDraft> members) {
        Set<PovertyCause> causes = EnumSet.noneOf(PovertyCause.class);
        if (members.stream().anyMatch(MemberDraft::seriouslyIll)) {
            causes.add(PovertyCause.ILLNESS);
        }
        if (members.stream().anyMatch(MemberDraft::disabled)) {
            causes.add(PovertyCause.DISABILITY);
        }
        if (members.stream().anyMatch(m -> m.schooling == Schooling.HIGH_SCHOOL || m.schooling == Schooling.VOCATIONAL
                || m.schooling == Schooling.UNIVERSITY)) {
            causes.add(PovertyCause.SCHOOLING);
        }
        if (members.stream().noneMatch(m -> m.labour == LabourCapacity.FULL)) {
            causes.add(PovertyCause.LACK_OF_LABOUR);
        }
        if (causes.isEmpty() || dice.chance(0.2)) {
            causes.add(OTHER_CAUSES[dice.weighted(residence == Residence.RURAL ? RURAL_CAUSE_WEIGHTS : URBAN_CAUSE_WEIGHTS)]);
        }
        return new ArrayList<>(causes);
    }

    private YearMonth grantedSince() {
        return YearMonth.from(referenceDate).minusMonths(dice.between(1, 48));
    }

    private static BigDecimal spending(List<Expense> expenses, ExpenseKind kind) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Expense e : expenses) {
            if (e.kind() == kind) {
                sum = sum.add(e.amount());
            }
        }
        return sum;
    }
}
