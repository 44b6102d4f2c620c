package org.doudi.registry.internal.generator;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.doudi.registry.HouseholdCategory;
import org.doudi.registry.Residence;
import org.doudi.registry.internal.generator.SyntheticHousehold.Asset;
import org.doudi.registry.internal.generator.SyntheticHousehold.Expense;
import org.doudi.registry.internal.generator.SyntheticHousehold.Person;

/**
 * Makes household number {@code index} of a plan from its own random stream: who lives there, their
 * circumstances, the household's means and standing, its address. Pure: the same plan and index
 * always give the same household, whatever was generated before (ID numbers are added afterwards,
 * in order, by {@link Population}).
 */
final class HouseholdGenerator {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final String[] ROADS = {"人民路", "解放路", "建设路", "中山路", "和平路", "新华路", "胜利路", "文化路", "朝阳路",
            "光明路", "幸福路", "青年路"};

    private final PopulationPlan plan;

    HouseholdGenerator(PopulationPlan plan) {
        this.plan = plan;
    }

    /** Who is born when in household {@code index}: its village and members, nothing more (for replaying). */
    Composition.Household people(long index) {
        Dice dice = Dice.forHousehold(plan.seed(), index);
        Village village = plan.villageFor(index, dice);
        return Composition.of(dice, village.residence(), plan.referenceDate(), village);
    }

    SyntheticHousehold draft(long index) {
        Dice dice = Dice.forHousehold(plan.seed(), index);
        LocalDate reference = plan.referenceDate();
        IncomeWindow window = IncomeWindow.before(YearMonth.from(reference));
        Village village = plan.villageFor(index, dice);
        Residence residence = village.residence();

        Composition.Household composed = Composition.of(dice, residence, reference, village);
        List<MemberDraft> members = composed.members();
        Circumstances circumstances = new Circumstances(dice, residence, reference);
        circumstances.decide(members);
        Means means = new Means(dice, residence, reference, window);
        List<Asset> assets = means.assets(members);
        List<Expense> expenses = means.expenses(members);
        Standing.Result standing = new Standing(dice, residence, reference, window)
                .decide(composed.shape(), members, assets, expenses);

        MemberDraft head = members.get(0);
        LocalDate formed = reference.minusYears(dice.between(1, Math.max(1, Math.min(35, head.age - 19))))
                .minusDays(dice.between(0, 364));
        List<Person> persons = new ArrayList<>(members.size());
        for (MemberDraft m : members) {
            m.memberSince = m.birthDate.isAfter(formed) ? m.birthDate : formed;
            persons.add(m.toPerson());
        }
        boolean paidHere = standing.categories().contains(HouseholdCategory.DIBAO) || standing.categories().contains(HouseholdCategory.TEKUN)
                || standing.categories().contains(HouseholdCategory.ORPHAN) || standing.categories().contains(HouseholdCategory.UNSUPPORTED_CHILD);
        if (paidHere || dice.chance(0.5)) {
            persons.set(0, persons.get(0).withBankAccount(BankAccounts.forHousehold(dice, residence, plan.seed(), index)));
        }
        String phone = dice.chance(0.85) ? phone(dice) : null;
        OffsetDateTime registered = OffsetDateTime.of(reference.minusDays(dice.between(1, 1500)),
                LocalTime.of(dice.between(8, 17), dice.between(0, 59)), CHINA);
        return new SyntheticHousehold(index, village, residence, address(dice, village), standing.exitedPoverty(), phone,
                registered, List.copyOf(persons), List.copyOf(assets), List.copyOf(expenses), standing.categories(),
                standing.causes());
    }

    private static String address(Dice dice, Village v) {
        if (v.residence() == Residence.RURAL) {
            return v.townName() + v.name() + dice.between(1, 12) + "组" + dice.between(1, 90) + "号";
        }
        return v.townName() + v.name() + dice.pick(ROADS) + dice.between(1, 300) + "号" + dice.between(1, 20) + "栋"
                + dice.between(1, 4) + "单元" + (dice.between(1, 25) * 100 + dice.between(1, 4)) + "室";
    }

    private static String phone(Dice dice) {
        StringBuilder b = new StringBuilder(11).append('1').append(dice.pick("35789"));
        for (int i = 0; i < 9; i++) {
            b.append((char) ('0' + dice.between(0, 9)));
        }
        return b.toString();
    }
}
