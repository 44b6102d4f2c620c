package org.doudi.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.doudi.assessment.AssessmentRequest;
import org.doudi.assessment.DisabilityInput;
import org.doudi.assessment.IncomeInput;
import org.doudi.assessment.MemberInput;
import org.doudi.assessment.Schooling;
import org.doudi.assessment.SupportMode;
import org.doudi.assessment.Supporters;
import org.doudi.registry.Asset;
import org.doudi.registry.AssetKind;
import org.doudi.registry.Disability;
import org.doudi.registry.DisabilityKind;
import org.doudi.registry.Expense;
import org.doudi.registry.ExpenseKind;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.IncomeItem;
import org.doudi.registry.IncomeType;
import org.doudi.registry.Member;
import org.doudi.registry.PersonFact;
import org.doudi.registry.PersonFactKind;
import org.doudi.registry.Relation;
import org.doudi.registry.Residence;
import org.junit.jupiter.api.Test;

/** A stored household as the calculator's input on a date (RegistryHousehold): who counts, and what is in force. */
class RegistryHouseholdTest {

    private static final LocalDate ON = LocalDate.of(2026, 6, 15);

    @Test
    void theMembersCountedOnTheDayWithTheFirstFactOfEachKindInForce() {
        Member head = member(1, Relation.HEAD, LocalDate.of(1960, 1, 1), null, List.of(
                        new IncomeItem(1, IncomeType.WAGE, new BigDecimal("800.00"), YearMonth.of(2025, 1), null, null),
                        new IncomeItem(2, IncomeType.PENSION, new BigDecimal("300.00"), YearMonth.of(2024, 1),
                                YearMonth.of(2024, 12), null)),
                List.of(new Disability(1, DisabilityKind.PHYSICAL, 3, LocalDate.of(2020, 1, 1), null),
                        new Disability(2, DisabilityKind.VISUAL, 2, LocalDate.of(2021, 1, 1), null),
                        new Disability(3, DisabilityKind.MENTAL, 1, LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31))),
                List.of(fact(PersonFactKind.SERIOUS_ILLNESS, "FALSE", "2020-01-01", "2025-12-31"),
                        fact(PersonFactKind.SERIOUS_ILLNESS, "TRUE", "2026-01-01", null),
                        fact(PersonFactKind.UNABLE_ACTIVITIES, "4", "2026-06-15", null),
                        fact(PersonFactKind.SUPPORTERS, "NONE", "2026-01-01", null),
                        fact(PersonFactKind.SUPPORTERS, "UNABLE", "2026-02-01", null),
                        fact(PersonFactKind.SUPPORT_MODE, "CENTRALISED", "2026-06-16", null)));
        Member child = member(2, Relation.CHILD, LocalDate.of(2012, 5, 1), null, List.of(), List.of(),
                List.of(fact(PersonFactKind.SCHOOLING, "COMPULSORY", "2018-09-01", "2026-06-15"),
                        fact(PersonFactKind.ORPHAN, "TRUE", "2026-01-01", null),
                        fact(PersonFactKind.UNSUPPORTED_CHILD, "FALSE", "2026-01-01", null)));
        Member died = member(3, Relation.SPOUSE, LocalDate.of(1962, 1, 1), LocalDate.of(2026, 6, 15), List.of(),
                List.of(), List.of());
        Member diesLater = member(4, Relation.PARENT, LocalDate.of(1940, 1, 1), LocalDate.of(2026, 6, 16), List.of(),
                List.of(), List.of());
        Member inPrison = member(5, Relation.SIBLING, LocalDate.of(1970, 1, 1), null, List.of(), List.of(),
                List.of(fact(PersonFactKind.NOT_COUNTED, "PRISON", "2025-01-01", null)));
        Member backFromPrison = member(6, Relation.SIBLING, LocalDate.of(1972, 1, 1), null, List.of(), List.of(),
                List.of(fact(PersonFactKind.NOT_COUNTED, "PRISON", "2020-01-01", "2026-06-14")));
        Member unborn = member(7, Relation.GRANDCHILD, LocalDate.of(2026, 6, 16), null, List.of(), List.of(), List.of());

        AssessmentRequest r = RegistryHousehold.asOf(household(List.of(head, child, died, diesLater, inPrison,
                backFromPrison, unborn)), ON);

        assertThat(r.members()).extracting(MemberInput::ref).containsExactly("1", "2", "4", "6");
        MemberInput h = r.members().get(0);
        assertThat(h.relation()).isEqualTo(Relation.HEAD);
        assertThat(h.disability()).as("the most severe disability in force").isEqualTo(
                new DisabilityInput(DisabilityKind.VISUAL, 2));
        assertThat(h.seriousIllness()).isTrue();
        assertThat(h.unableActivities()).isEqualTo(4);
        assertThat(h.supporters()).as("the first in force of two").isEqualTo(Supporters.NONE);
        assertThat(h.supportMode()).as("not yet in force: the default").isEqualTo(SupportMode.DISPERSED);
        assertThat(h.schooling()).isEqualTo(Schooling.NONE);
        assertThat(h.incomes()).as("every income item, the calculator windows them").containsExactly(
                new IncomeInput(IncomeType.WAGE, new BigDecimal("800.00"), YearMonth.of(2025, 1), null),
                new IncomeInput(IncomeType.PENSION, new BigDecimal("300.00"), YearMonth.of(2024, 1), YearMonth.of(2024, 12)));
        MemberInput c = r.members().get(1);
        assertThat(c.schooling()).as("in force on its last day").isEqualTo(Schooling.COMPULSORY);
        assertThat(c.orphan()).isTrue();
        assertThat(c.unsupportedChild()).isFalse();
        assertThat(c.disability()).isNull();
        assertThat(c.seriousIllness()).isFalse();
        assertThat(c.unableActivities()).isZero();
        assertThat(c.supporters()).isEqualTo(Supporters.ABLE);
        MemberInput d = r.members().get(2);
        assertThat(d.seriousIllness()).isFalse();
        assertThat(d.supportMode()).isEqualTo(SupportMode.DISPERSED);
    }

    @Test
    void theAssetsHeldOnTheDayAndTheRigidSpendingOfTheTwelveMonthsBefore() {
        HouseholdDetail h = new HouseholdDetail(9, "990101", "", Residence.RURAL, true, null, List.of(), List.of(),
                List.of(member(1, Relation.HEAD, LocalDate.of(1960, 1, 1), null, List.of(), List.of(), List.of())),
                List.of(new Asset(1, AssetKind.FINANCIAL, new BigDecimal("1000.00"), false, "", LocalDate.of(2020, 1, 1), null),
                        new Asset(2, AssetKind.FINANCIAL, new BigDecimal("500.00"), false, "", LocalDate.of(2026, 1, 1), null),
                        new Asset(3, AssetKind.FINANCIAL, new BigDecimal("9999.00"), false, "", LocalDate.of(2020, 1, 1),
                                LocalDate.of(2026, 6, 14)),
                        new Asset(4, AssetKind.VEHICLE, new BigDecimal("30000.00"), true, "", LocalDate.of(2020, 1, 1), null),
                        new Asset(5, AssetKind.DWELLING, new BigDecimal("0.00"), false, "", LocalDate.of(2020, 1, 1), null),
                        new Asset(6, AssetKind.BUSINESS, new BigDecimal("200.00"), false, "", LocalDate.of(2026, 6, 15), null)),
                List.of(new Expense(1, 1L, ExpenseKind.MEDICAL, new BigDecimal("100.00"), YearMonth.of(2025, 6), ""),
                        new Expense(2, 1L, ExpenseKind.MEDICAL, new BigDecimal("50.00"), YearMonth.of(2026, 5), ""),
                        new Expense(3, 1L, ExpenseKind.MEDICAL, new BigDecimal("70.00"), YearMonth.of(2026, 6), ""),
                        new Expense(4, 1L, ExpenseKind.EDUCATION, new BigDecimal("30.00"), YearMonth.of(2025, 5), ""),
                        new Expense(5, 1L, ExpenseKind.REHABILITATION, new BigDecimal("20.00"), YearMonth.of(2026, 1), "")),
                List.of(), 0, null, null);

        AssessmentRequest r = RegistryHousehold.asOf(h, ON);

        assertThat(r.regionCode()).isEqualTo("990101");
        assertThat(r.exitedPoverty()).isTrue();
        assertThat(r.assets().financial()).isEqualByComparingTo("1500.00");
        assertThat(r.assets().businessCapital()).isEqualByComparingTo("200.00");
        assertThat(r.assets().extraDwellings()).isEqualTo(1);
        assertThat(r.assets().vehicles()).hasSize(1);
        assertThat(r.expenses().medical()).as("June 2025 – May 2026").isEqualByComparingTo("150.00");
        assertThat(r.expenses().education()).isEqualByComparingTo("0");
        assertThat(r.expenses().rehabilitation()).isEqualByComparingTo("20.00");
    }

    private static HouseholdDetail household(List<Member> members) {
        return new HouseholdDetail(9, "990101", "", Residence.RURAL, false, null, List.of(), List.of(), members,
                List.of(), List.of(), List.of(), 0, null, null);
    }

    private static Member member(long id, Relation relation, LocalDate born, LocalDate died, List<IncomeItem> incomes,
                                 List<Disability> disabilities, List<PersonFact> facts) {
        return new Member(id, "m" + id, null, born, null, relation, null, null, null, died, incomes, disabilities,
                facts, 0);
    }

    private static PersonFact fact(PersonFactKind kind, String value, String from, String to) {
        return new PersonFact(0, kind, value, LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }
}
