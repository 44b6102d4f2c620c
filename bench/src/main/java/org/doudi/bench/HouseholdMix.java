package org.doudi.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.doudi.assessment.AssessmentRequest;
import org.doudi.assessment.DisabilityInput;
import org.doudi.assessment.HouseholdAssets;
import org.doudi.assessment.IncomeInput;
import org.doudi.assessment.MemberInput;
import org.doudi.assessment.RigidExpenses;
import org.doudi.assessment.Schooling;
import org.doudi.assessment.SupportMode;
import org.doudi.assessment.Supporters;
import org.doudi.registry.DisabilityKind;
import org.doudi.registry.IncomeType;
import org.doudi.registry.Relation;
import org.doudi.registry.Residence;

/**
 * A seeded mix of realistic households for the calculator benchmark: mostly rural families of 1–5 with
 * wages, pensions and business income around the 低保 and monitoring lines, some elderly living alone,
 * some disabled or seriously ill members, some vehicles and medical bills, a few orphans.
 */
final class HouseholdMix {

    static final String[] REGIONS = {"990121101201", "990122101201", "990102001001", "990121102203"};
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);

    private HouseholdMix() {
    }

    static List<AssessmentRequest> generate(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<AssessmentRequest> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(household(r));
        }
        return out;
    }

    private static AssessmentRequest household(SplittableRandom r) {
        String region = REGIONS[r.nextInt(REGIONS.length)];
        Residence residence = region.startsWith("990102") ? Residence.URBAN : Residence.RURAL;
        List<MemberInput> members = new ArrayList<>();
        if (r.nextInt(10) == 0) {
            members.add(member(r, "a", Relation.HEAD, 62 + r.nextInt(30), true));
        } else {
            int adults = 1 + r.nextInt(2);
            for (int a = 0; a < adults; a++) {
                members.add(member(r, "a" + a, a == 0 ? Relation.HEAD : Relation.SPOUSE, 25 + r.nextInt(40), false));
            }
            int children = r.nextInt(3);
            for (int c = 0; c < children; c++) {
                members.add(child(r, "c" + c));
            }
            if (r.nextInt(4) == 0) {
                members.add(member(r, "p", Relation.PARENT, 65 + r.nextInt(20), false));
            }
        }
        var vehicles = r.nextInt(12) == 0 ? List.of(new HouseholdAssets.Vehicle(money(20000, 80000, r), r.nextBoolean()))
                : List.<HouseholdAssets.Vehicle>of();
        var assets = new HouseholdAssets(money(0, 40000, r), vehicles, r.nextInt(40) == 0 ? 1 : 0, BigDecimal.ZERO);
        var expenses = r.nextInt(6) == 0 ? new RigidExpenses(money(2000, 50000, r), money(0, 8000, r), BigDecimal.ZERO)
                : RigidExpenses.NONE;
        return new AssessmentRequest(region, AS_OF, residence, r.nextInt(6) == 0, java.util.Map.of(), assets, expenses,
                null, members);
    }

    private static MemberInput member(SplittableRandom r, String ref, Relation relation, int age, boolean alone) {
        List<IncomeInput> incomes = new ArrayList<>(2);
        if (age < 60 && r.nextInt(5) > 0) {
            IncomeType type = r.nextInt(4) == 0 ? IncomeType.BUSINESS : IncomeType.WAGE;
            incomes.add(new IncomeInput(type, money(600, 4500, r), YearMonth.of(2024 + r.nextInt(3), 1 + r.nextInt(12)),
                    null));
        }
        if (age >= 60) {
            incomes.add(new IncomeInput(IncomeType.BASIC_PENSION, money(150, 300, r), YearMonth.of(2015, 1), null));
            if (r.nextInt(3) == 0) {
                incomes.add(new IncomeInput(IncomeType.PENSION, money(400, 2000, r), YearMonth.of(2018, 1), null));
            }
        }
        DisabilityInput disability = r.nextInt(15) == 0
                ? new DisabilityInput(DisabilityKind.values()[r.nextInt(DisabilityKind.values().length)], 1 + r.nextInt(4))
                : null;
        return new MemberInput(ref, relation, AS_OF.minusYears(age).minusDays(r.nextInt(365)), disability,
                r.nextInt(30) == 0, age > 75 ? r.nextInt(7) : 0, Schooling.NONE, false, false,
                alone && r.nextBoolean() ? Supporters.NONE : Supporters.ABLE, SupportMode.DISPERSED, incomes);
    }

    private static MemberInput child(SplittableRandom r, String ref) {
        int age = r.nextInt(18);
        boolean orphan = r.nextInt(200) == 0;
        return new MemberInput(ref, Relation.CHILD, AS_OF.minusYears(age).minusDays(r.nextInt(365)), null, false, 0,
                age >= 6 ? Schooling.COMPULSORY : Schooling.NONE, orphan, false, Supporters.ABLE, SupportMode.DISPERSED,
                List.of());
    }

    private static BigDecimal money(int low, int high, SplittableRandom r) {
        return BigDecimal.valueOf(low + r.nextInt(high - low + 1));
    }
}
