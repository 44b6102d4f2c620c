package org.doudi.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.doudi.registry.Disability;
import org.doudi.registry.DisabilityKind;
import org.doudi.registry.IncomeItem;
import org.doudi.registry.IncomeType;
import org.doudi.registry.Member;
import org.doudi.registry.PersonFact;
import org.doudi.registry.PersonFactKind;
import org.doudi.registry.Relation;
import org.doudi.registry.Sex;
import org.junit.jupiter.api.Test;

/** The review category from registry facts (decision 0021): yearly when stable, half-yearly otherwise. */
class ReviewCategoryTest {

    static final LocalDate ON = LocalDate.of(2026, 11, 20);

    static Member person(long id, LocalDate born, List<IncomeItem> incomes, List<Disability> disabilities,
                         List<PersonFact> facts, LocalDate diedOn) {
        return new Member(id, "某", "990196********0000", born, Sex.FEMALE, id == 1 ? Relation.HEAD : Relation.SPOUSE,
                LocalDate.of(2015, 1, 1), null, null, diedOn, incomes, disabilities, facts, 0);
    }

    static Member old(long id, IncomeItem... incomes) {
        return person(id, LocalDate.of(1950, 1, 1), List.of(incomes), List.of(), List.of(), null);
    }

    static IncomeItem income(IncomeType type, YearMonth from, YearMonth to) {
        return new IncomeItem(1, type, new BigDecimal("200"), from, to, null);
    }

    static final IncomeItem PENSION = income(IncomeType.BASIC_PENSION, YearMonth.of(2015, 1), null);

    @Test
    void oldPeopleOnAnOpenEndedPensionAreStableAndReviewedYearly() {
        ReviewCategory c = ReviewCategory.of("DIBAO", List.of(old(1, PENSION), old(2)), null, ON);
        assertThat(c).isEqualTo(ReviewCategory.STABLE);
        assertThat(c.months()).isEqualTo(12);
        assertThat(ReviewCategory.UNSTABLE.months()).isEqualTo(6);
    }

    @Test
    void wagesOrBusinessIncomeInTheLastTwelveMonthsMakeItUnstable() {
        Member wage = old(2, income(IncomeType.WAGE, YearMonth.of(2025, 1), YearMonth.of(2025, 12)));
        assertThat(ReviewCategory.of("DIBAO", List.of(old(1, PENSION), wage), null, ON)).isEqualTo(ReviewCategory.UNSTABLE);
        Member oldWage = old(2, income(IncomeType.WAGE, YearMonth.of(2020, 1), YearMonth.of(2025, 10)));
        assertThat(ReviewCategory.of("DIBAO", List.of(old(1, PENSION), oldWage), null, ON))
                .as("ended before the window").isEqualTo(ReviewCategory.STABLE);
        Member business = old(2, income(IncomeType.BUSINESS, YearMonth.of(2015, 1), null));
        assertThat(ReviewCategory.of("DIBAO", List.of(business), null, ON)).isEqualTo(ReviewCategory.UNSTABLE);
    }

    @Test
    void anIncomeThatBeganOrEndsWithinTheWindowIsAChange() {
        Member began = old(1, income(IncomeType.TRANSFER, YearMonth.of(2026, 3), null));
        assertThat(ReviewCategory.of("DIBAO", List.of(began), null, ON)).isEqualTo(ReviewCategory.UNSTABLE);
        Member ending = old(1, income(IncomeType.TRANSFER, YearMonth.of(2015, 1), YearMonth.of(2027, 6)));
        assertThat(ReviewCategory.of("DIBAO", List.of(ending), null, ON)).isEqualTo(ReviewCategory.UNSTABLE);
        Member sinceWindowStart = old(1, income(IncomeType.TRANSFER, YearMonth.of(2025, 11), null));
        assertThat(ReviewCategory.of("DIBAO", List.of(sinceWindowStart), null, ON)).isEqualTo(ReviewCategory.STABLE);
    }

    @Test
    void someoneOfWorkingAgeWithoutADisablingConditionIsAbleToWork() {
        Member adult = person(2, LocalDate.of(1980, 1, 1), List.of(), List.of(), List.of(), null);
        assertThat(ReviewCategory.of("DIBAO", List.of(old(1), adult), null, ON)).isEqualTo(ReviewCategory.UNSTABLE);
        Member disabled = person(2, LocalDate.of(1980, 1, 1), List.of(),
                List.of(new Disability(1, DisabilityKind.PHYSICAL, 2, LocalDate.of(2010, 1, 1), null)), List.of(), null);
        assertThat(ReviewCategory.of("DIBAO", List.of(old(1), disabled), null, ON)).isEqualTo(ReviewCategory.STABLE);
        Member hearing = person(2, LocalDate.of(1980, 1, 1), List.of(),
                List.of(new Disability(1, DisabilityKind.HEARING, 1, LocalDate.of(2010, 1, 1), null)), List.of(), null);
        assertThat(ReviewCategory.of("DIBAO", List.of(old(1), hearing), null, ON)).isEqualTo(ReviewCategory.UNSTABLE);
        Member child = person(2, LocalDate.of(2015, 1, 1), List.of(), List.of(), List.of(), null);
        assertThat(ReviewCategory.of("DIBAO", List.of(old(1), child), null, ON)).isEqualTo(ReviewCategory.STABLE);
    }

    @Test
    void aRecordedLabourCapacityWinsOverAgeAndDisability() {
        Member declaredUnable = person(2, LocalDate.of(1980, 1, 1), List.of(), List.of(),
                List.of(new PersonFact(1, PersonFactKind.LABOUR_CAPACITY, "NONE", LocalDate.of(2020, 1, 1), null)), null);
        assertThat(ReviewCategory.of("DIBAO", List.of(declaredUnable), null, ON)).isEqualTo(ReviewCategory.STABLE);
        Member partlyAble = person(2, LocalDate.of(1960, 1, 1), List.of(), List.of(),
                List.of(new PersonFact(1, PersonFactKind.LABOUR_CAPACITY, "PARTIAL", LocalDate.of(2020, 1, 1), null)), null);
        assertThat(ReviewCategory.of("DIBAO", List.of(partlyAble), null, ON)).isEqualTo(ReviewCategory.UNSTABLE);
    }

    @Test
    void onlyMembersCountedOnTheDayAreJudged() {
        Member deadWorker = person(2, LocalDate.of(1980, 1, 1), List.of(), List.of(), List.of(), LocalDate.of(2026, 5, 1));
        assertThat(ReviewCategory.of("DIBAO", List.of(old(1), deadWorker), null, ON)).isEqualTo(ReviewCategory.STABLE);
        Member inPrison = person(2, LocalDate.of(1980, 1, 1), List.of(), List.of(),
                List.of(new PersonFact(1, PersonFactKind.NOT_COUNTED, "PRISON", LocalDate.of(2025, 1, 1), null)), null);
        assertThat(ReviewCategory.of("DIBAO", List.of(old(1), inPrison), null, ON)).isEqualTo(ReviewCategory.STABLE);
        assertThat(ReviewCategory.of("DIBAO", List.of(deadWorker), null, ON)).as("nobody left to judge")
                .isEqualTo(ReviewCategory.UNSTABLE);
    }

    @Test
    void aPersonsBenefitLooksAtThatPersonAloneAndTekunIsYearly() {
        Member adult = person(2, LocalDate.of(1980, 1, 1), List.of(), List.of(), List.of(), null);
        assertThat(ReviewCategory.of("DIBAO", List.of(old(1), adult), 1L, ON)).isEqualTo(ReviewCategory.STABLE);
        assertThat(ReviewCategory.of("TEKUN", List.of(adult), 2L, ON)).isEqualTo(ReviewCategory.TEKUN);
        assertThat(ReviewCategory.TEKUN.months()).isEqualTo(12);
    }
}
