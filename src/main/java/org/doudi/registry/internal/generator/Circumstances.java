package org.doudi.registry.internal.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.doudi.registry.DisabilityKind;
import org.doudi.registry.IncomeType;
import org.doudi.registry.PersonFactKind;
import org.doudi.registry.Relation;
import org.doudi.registry.Residence;
import org.doudi.registry.Sex;
import org.doudi.registry.internal.generator.SyntheticHousehold.Disability;
import org.doudi.registry.internal.generator.SyntheticHousehold.Fact;
import org.doudi.registry.internal.generator.SyntheticHousehold.Income;
import org.doudi.registry.internal.generator.Vocabulary.Employment;
import org.doudi.registry.internal.generator.Vocabulary.LabourCapacity;
import org.doudi.registry.internal.generator.Vocabulary.Schooling;
import org.doudi.registry.internal.generator.Vocabulary.Supporters;

/**
 * A member's health, schooling, labour capacity, work and income, each drawn from what came before:
 * disability and illness grow likelier with age, a severe disability takes away labour capacity,
 * capacity decides work, work decides wages; the old draw pensions, the very old an allowance.
 * Figures are plausible for a Chinese county around the reference date (DOMAIN.md §1–2).
 */
final class Circumstances {

    private static final DisabilityKind[] KINDS = DisabilityKind.values();
    /** PHYSICAL, VISUAL, HEARING, SPEECH, INTELLECTUAL, MENTAL, MULTIPLE — roughly the 2006 survey's shares. */
    private static final int[] KIND_WEIGHTS = {30, 15, 20, 4, 9, 9, 13};
    private static final int[] GRADE_WEIGHTS = {12, 20, 30, 38};

    private final Dice dice;
    private final Residence residence;
    private final LocalDate referenceDate;
    private final YearMonth referenceMonth;

    Circumstances(Dice dice, Residence residence, LocalDate referenceDate) {
        this.dice = dice;
        this.residence = residence;
        this.referenceDate = referenceDate;
        this.referenceMonth = YearMonth.from(referenceDate);
    }

    void decide(List<MemberDraft> members) {
        for (MemberDraft m : members) {
            health(m);
            schooling(m);
            labour(m);
            selfCare(m);
        }
        for (MemberDraft m : members) {
            work(m);
            supporters(m, members);
            income(m, members);
        }
    }

    private void health(MemberDraft m) {
        double disabledChance = m.age < 18 ? 0.017 : m.age < 45 ? 0.038 : m.age < 60 ? 0.07 : m.age < 75 ? 0.11 : 0.17;
        if (m.age >= 1 && dice.chance(disabledChance)) {
            DisabilityKind kind = KINDS[dice.weighted(KIND_WEIGHTS)];
            int grade = 1 + dice.weighted(GRADE_WEIGHTS);
            LocalDate from = dateBetween(laterOf(m.birthDate.plusYears(1), referenceDate.minusYears(20)),
                    referenceDate.minusDays(30));
            m.disability = new Disability(kind, grade, from);
        }
        double illChance = m.age < 18 ? 0.005 : m.age < 45 ? 0.015 : m.age < 60 ? 0.042 : 0.07;
        if (dice.chance(illChance)) {
            m.illSince = dateBetween(laterOf(m.birthDate, referenceDate.minusYears(5)), referenceDate.minusDays(15));
            m.facts.add(new Fact(PersonFactKind.SERIOUS_ILLNESS, "TRUE", m.illSince));
        }
    }

    private void schooling(MemberDraft m) {
        boolean child = m.relation == Relation.CHILD || m.relation == Relation.GRANDCHILD;
        if (!child || m.age < 6 || m.age > 22 || severelyDisabled(m) && dice.chance(0.5)) {
            return;
        }
        Schooling s;
        int startAge;
        if (m.age <= 14) {
            s = Schooling.COMPULSORY;
            startAge = 6;
        } else if (m.age <= 17) {
            int roll = dice.between(1, 100);
            s = roll <= 55 ? Schooling.HIGH_SCHOOL : roll <= 90 ? Schooling.VOCATIONAL : Schooling.NONE;
            startAge = 15;
        } else if (m.age <= 21 && dice.chance(residence == Residence.URBAN ? 0.55 : 0.3)) {
            s = Schooling.UNIVERSITY;
            startAge = 18;
        } else {
            s = Schooling.NONE;
            startAge = 0;
        }
        if (s == Schooling.NONE) {
            return;
        }
        m.schooling = s;
        int year = m.birthDate.getYear() + startAge;
        LocalDate since = LocalDate.of(year, 9, 1);
        if (since.isAfter(referenceDate)) {
            since = since.minusYears(1);
        }
        m.facts.add(new Fact(PersonFactKind.SCHOOLING, s.name(), since));
    }

    /** Labour capacity from age, disability and illness (cf. the 特困 rule of DOMAIN.md §2.2). */
    private void labour(MemberDraft m) {
        if (m.age < 16) {
            return;
        }
        LabourCapacity capacity;
        LocalDate since = m.birthDate.plusYears(16);
        if (m.age >= 70 || severelyDisabled(m) || m.seriouslyIll() && dice.chance(0.5)) {
            capacity = LabourCapacity.NONE;
        } else if (m.age >= 60 || m.disabled() || m.seriouslyIll()) {
            capacity = LabourCapacity.PARTIAL;
        } else {
            capacity = LabourCapacity.FULL;
        }
        if (capacity != LabourCapacity.FULL) {
            LocalDate cause = m.age >= 70 ? m.birthDate.plusYears(70) : m.age >= 60 ? m.birthDate.plusYears(60) : null;
            if (m.disabled()) {
                cause = laterOf(cause, m.disability.validFrom());
            }
            if (m.seriouslyIll()) {
                cause = laterOf(cause, m.illSince);
            }
            since = laterOf(since, cause);
        }
        m.labour = capacity;
        m.facts.add(new Fact(PersonFactKind.LABOUR_CAPACITY, capacity.name(), since));
    }

    /** The six activities (DOMAIN.md §2.2): some of the very old and the severely disabled cannot do them all. */
    private void selfCare(MemberDraft m) {
        int unable = 0;
        if (m.disabled() && m.disability.grade() == 1 && dice.chance(0.6)) {
            unable = dice.between(2, 6);
        } else if (m.disabled() && m.disability.grade() == 2 && dice.chance(0.3)) {
            unable = dice.between(1, 4);
        } else if (m.age >= 75 && dice.chance(m.age >= 85 ? 0.3 : 0.12)) {
            unable = dice.skewedLow(1, 6);
        } else if (m.seriouslyIll() && m.age >= 60 && dice.chance(0.15)) {
            unable = dice.between(1, 3);
        }
        if (unable > 0) {
            m.unableActivities = unable;
            m.facts.add(new Fact(PersonFactKind.UNABLE_ACTIVITIES, Integer.toString(unable),
                    dateBetween(laterOf(m.birthDate, referenceDate.minusYears(4)), referenceDate.minusDays(20))));
        }
    }

    private void work(MemberDraft m) {
        if (m.labour == null || m.inSchool()) {
            return;
        }
        Employment e = null;
        boolean urban = residence == Residence.URBAN;
        if (m.age >= (m.sex == Sex.FEMALE ? 55 : 60) && urban && dice.chance(0.8)) {
            e = Employment.RETIRED;
        } else if (m.labour == LabourCapacity.NONE) {
            e = null;
        } else if (m.age >= 60) {
            e = !urban && dice.chance(0.55) ? Employment.FARMING : null;
        } else if (urban) {
            int roll = dice.between(1, 100);
            e = roll <= 66 ? Employment.EMPLOYED : roll <= 80 ? Employment.SELF_EMPLOYED
                    : roll <= 84 ? Employment.MIGRANT_WORK : Employment.UNEMPLOYED;
        } else {
            int roll = dice.between(1, 100);
            e = roll <= 38 ? Employment.MIGRANT_WORK : roll <= 70 ? Employment.FARMING
                    : roll <= 84 ? Employment.EMPLOYED : roll <= 93 ? Employment.SELF_EMPLOYED : Employment.UNEMPLOYED;
        }
        if (e == null) {
            return;
        }
        m.employment = e;
        m.employedSince = e == Employment.RETIRED ? m.birthDate.plusYears(m.sex == Sex.FEMALE ? 55 : 60)
                : dateBetween(laterOf(m.birthDate.plusYears(16), referenceDate.minusYears(12)), referenceDate.minusMonths(1));
        m.facts.add(new Fact(PersonFactKind.EMPLOYMENT, e.name(), m.employedSince));
    }

    /** Legal supporters of the old and of disabled adults who cannot work (DOMAIN.md §2.2, 3.). */
    private void supporters(MemberDraft m, List<MemberDraft> members) {
        boolean needsSupport = m.age >= 60 || m.age >= 18 && m.labour == LabourCapacity.NONE;
        if (!needsSupport) {
            return;
        }
        boolean ableRelativeAtHome = members.stream().anyMatch(o -> o != m && o.ofWorkingAge()
                && o.labour == LabourCapacity.FULL && (o.age <= m.age - 16 || o.relation == Relation.SPOUSE));
        Supporters s;
        if (ableRelativeAtHome) {
            s = Supporters.ABLE;
        } else {
            int roll = dice.between(1, 100);
            int able = members.size() == 1 ? 75 : 85;
            s = roll <= able ? Supporters.ABLE : roll <= able + 9 ? Supporters.UNABLE : Supporters.NONE;
        }
        m.supporters = s;
        m.facts.add(new Fact(PersonFactKind.SUPPORTERS, s.name(),
                dateBetween(laterOf(m.birthDate.plusYears(18), referenceDate.minusYears(5)), referenceDate.minusDays(30))));
    }

    private void income(MemberDraft m, List<MemberDraft> members) {
        double capacity = m.labour == LabourCapacity.PARTIAL ? 0.6 : 1.0;
        YearMonth workSince = m.employedSince == null ? null : YearMonth.from(m.employedSince);
        if (m.employment != null) {
            switch (m.employment) {
                case EMPLOYED -> wage(m, residence == Residence.URBAN
                        ? dice.yuan(scaled(4800, capacity), 0.35, 1800, 20000, 10)
                        : dice.yuan(scaled(3200, capacity), 0.3, 1500, 9000, 10), workSince, "工资");
                case MIGRANT_WORK -> wage(m, dice.yuan(scaled(4800, capacity), 0.25, 2000, 12000, 10), workSince, "外出务工");
                case FARMING -> m.incomes.add(new Income(IncomeType.BUSINESS,
                        dice.yuan(scaled(m.age >= 60 ? 800 : 1500, capacity), 0.5, 100, 6000, 10),
                        workSince, null, "种植养殖"));
                case SELF_EMPLOYED -> m.incomes.add(new Income(IncomeType.BUSINESS,
                        dice.yuan(scaled(3500, capacity), 0.5, 600, 30000, 10), workSince, null, "个体经营"));
                case UNEMPLOYED -> {
                    if (dice.chance(0.5)) {
                        YearMonth ended = referenceMonth.minusMonths(dice.between(2, 11));
                        YearMonth started = ended.minusMonths(dice.between(3, 48));
                        YearMonth adult = YearMonth.from(m.birthDate.plusYears(16));
                        m.incomes.add(new Income(IncomeType.WAGE, dice.yuan(2800, 0.3, 1500, 9000, 10),
                                started.isBefore(adult) ? adult : started, ended.isBefore(adult) ? adult : ended,
                                "原工作（已离职）"));
                    }
                }
                case RETIRED -> m.incomes.add(new Income(IncomeType.PENSION, dice.yuan(3300, 0.25, 1500, 9000, 10),
                        YearMonth.from(m.birthDate.plusYears(m.sex == Sex.FEMALE ? 55 : 60)), null, "职工养老金"));
            }
        }
        if (m.age >= 60 && m.employment != Employment.RETIRED) {
            YearMonth from = latest(YearMonth.from(m.birthDate.plusYears(60)), YearMonth.of(2014, 7));
            m.incomes.add(new Income(IncomeType.BASIC_PENSION, residence == Residence.RURAL
                    ? dice.yuan(200, 0.2, 150, 450, 1) : dice.yuan(300, 0.3, 180, 900, 1), from, null, "城乡居民基础养老金"));
        }
        if (m.age >= 80) {
            int monthly = m.age >= 100 ? 300 : m.age >= 90 ? 100 : 50;
            m.incomes.add(new Income(IncomeType.ELDERLY_ALLOWANCE, BigDecimal.valueOf(monthly).setScale(2),
                    latest(YearMonth.from(m.birthDate.plusYears(80)), YearMonth.of(2015, 1)), null, "高龄津贴"));
        }
        if (m.age >= 60 && m.sex == Sex.MALE && dice.chance(0.012)) {
            m.incomes.add(new Income(IncomeType.PREFERENTIAL_CARE, dice.yuan(1200, 0.3, 500, 4000, 10),
                    YearMonth.of(2012 + dice.between(0, 10), 1), null, "优抚金（退役军人）"));
        }
        if (m.age >= 60 && residence == Residence.RURAL && dice.chance(0.04)) {
            m.incomes.add(new Income(IncomeType.FAMILY_PLANNING, BigDecimal.valueOf(80).setScale(2),
                    YearMonth.from(m.birthDate.plusYears(60)), null, "计划生育奖励扶助金"));
        }
        if (m.schooling == Vocabulary.Schooling.UNIVERSITY && dice.chance(0.08)) {
            YearMonth from = YearMonth.of(referenceDate.getMonthValue() >= 9 ? referenceDate.getYear() : referenceDate.getYear() - 1, 9);
            m.incomes.add(new Income(IncomeType.AWARD, dice.yuanBetween(300, 600, 50), from, from.plusMonths(9), "国家助学金"));
        }
        boolean nobodyEarns = members.stream().noneMatch(o -> o.employment != null && o.employment != Employment.UNEMPLOYED
                && o.employment != Employment.RETIRED);
        if (m.supporters == Supporters.ABLE && nobodyEarns && dice.chance(0.85)) {
            m.incomes.add(new Income(IncomeType.TRANSFER, dice.yuan(800, 0.5, 100, 4000, 10),
                    YearMonth.from(dateBetween(laterOf(m.birthDate.plusYears(18), referenceDate.minusYears(6)),
                            referenceDate.minusMonths(2))), null, "子女赡养费"));
        }
    }

    /** A wage, sometimes with last year's lower rate ending the month before a rise. */
    private void wage(MemberDraft m, BigDecimal monthly, YearMonth from, String note) {
        YearMonth rise = referenceMonth.minusMonths(dice.between(1, 14));
        if (rise.isAfter(from) && dice.chance(0.15)) {
            BigDecimal before = monthly.multiply(new BigDecimal("0.9")).setScale(0, RoundingMode.HALF_UP).setScale(2);
            m.incomes.add(new Income(IncomeType.WAGE, before, from, rise.minusMonths(1), note));
            m.incomes.add(new Income(IncomeType.WAGE, monthly, rise, null, note));
        } else {
            m.incomes.add(new Income(IncomeType.WAGE, monthly, from, null, note));
        }
    }

    static boolean severelyDisabled(MemberDraft m) {
        if (!m.disabled()) {
            return false;
        }
        int grade = m.disability.grade();
        return switch (m.disability.kind()) {
            case INTELLECTUAL, MENTAL -> grade <= 3;
            case PHYSICAL, MULTIPLE -> grade <= 2;
            case VISUAL -> grade == 1;
            default -> false;
        };
    }

    private static int scaled(int median, double factor) {
        return (int) Math.round(median * factor);
    }

    LocalDate dateBetween(LocalDate earliest, LocalDate latest) {
        if (!earliest.isBefore(latest)) {
            return earliest;
        }
        long days = latest.toEpochDay() - earliest.toEpochDay();
        return earliest.plusDays((long) (dice.unit() * (days + 1)));
    }

    static LocalDate laterOf(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static YearMonth latest(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }
}
