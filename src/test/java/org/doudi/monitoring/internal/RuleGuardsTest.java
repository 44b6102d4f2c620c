package org.doudi.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import org.doudi.monitoring.RuleSubject;
import org.junit.jupiter.api.Test;

/** The guards checked before the interpreter never change what a rule says: same matches with and without them. */
class RuleGuardsTest {

    private static final List<String> PROGRAMMES = List.of("DIBAO", "TEKUN", "DIBAO_MARGINAL", "DISABILITY_CARE",
            "ORPHAN", "TEMPORARY");

    @Test
    void theBuiltInRulesHaveGuardsAndTheyAreReadFromTheirConjunctions() throws Exception {
        var dead = compile(RuleSubject.MEMBER, "member.dead && member.age >= 60 && household.rural");
        assertThat(dead.guards()).containsExactly(new RuleGuards.Guard("member", "dead", "bool", null),
                new RuleGuards.Guard("member", "age", ">=", 60L), new RuleGuards.Guard("household", "rural", "bool", null));
        assertThat(compile(RuleSubject.HOUSEHOLD, "household.rural || household.monitored").guards())
                .as("a disjunction is the interpreter's").isEmpty();
        assertThat(compile(RuleSubject.HOUSEHOLD, "!household.monitored && household.causes.size() > 0")
                .guards()).containsExactly(new RuleGuards.Guard("household", "monitored", "!", null));
        long guarded = BuiltInRules.definitions().stream().filter(d -> !compile(d.text().subject(),
                d.text().expression()).guards().isEmpty()).count();
        assertThat(guarded).as("built-in rules with a guard").isGreaterThanOrEqualTo(8);
    }

    @Test
    void withOrWithoutGuardsARuleMatchesTheSameMembersOfTheSameHouseholds() throws Exception {
        List<RuleEngine.Compiled> rules = new ArrayList<>();
        BuiltInRules.definitions().forEach(d -> rules.add(compile(d.text().subject(), d.text().expression())));
        rules.add(compile(RuleSubject.MEMBER, "!member.dead && member.age >= 60 && member.disabilityGrade != 0"));
        rules.add(compile(RuleSubject.HOUSEHOLD, "household.medicalOutOfPocket > 1000.5 && household.living == 2"));
        rules.add(compile(RuleSubject.HOUSEHOLD, "household.living < 3 && (household.rural || household.monitored)"));
        rules.add(compile(RuleSubject.MEMBER, "member.medicalOutOfPocket <= 0 && !household.lowIncome"));
        Random random = new Random(42);
        int matched = 0;
        for (int i = 0; i < 3_000; i++) {
            ScreeningView view = randomView(random);
            for (RuleEngine.Compiled rule : rules) {
                var plain = new RuleEngine.Compiled(rule.subject(), rule.program(), List.of(), rule.messageTemplate());
                var expected = RuleEngine.evaluate(plain, view);
                assertThat(RuleEngine.evaluate(rule, view)).as("view %d", i).isEqualTo(expected);
                matched += expected.size();
            }
        }
        assertThat(matched).as("the random views match now and then, so the comparison means something")
                .isGreaterThan(500);
    }

    private static RuleEngine.Compiled compile(RuleSubject subject, String expression) {
        try {
            return RuleEngine.compile(subject, expression, "x");
        } catch (RuleEngine.CompileFailed e) {
            throw new AssertionError(e.getMessage());
        }
    }

    private static ScreeningView randomView(Random random) {
        ViewMap household = new ViewMap(ViewMap.HOUSEHOLD);
        ViewSchema.HOUSEHOLD_FIELDS.forEach((f, type) -> household.put(f, value(type, random)));
        if (random.nextBoolean()) {
            boolean low = random.nextBoolean();
            household.putLazy("lowIncome", () -> low);
        }
        List<Map<String, Object>> members = new ArrayList<>();
        for (int m = random.nextInt(4); m >= 0; m--) {
            ViewMap member = new ViewMap(ViewMap.MEMBER);
            ViewSchema.MEMBER_FIELDS.forEach((f, type) -> member.put(f, value(type, random)));
            member.put("id", (long) m + 1);
            members.add(member);
        }
        ViewMap assessment = new ViewMap(ViewMap.ASSESSMENT);
        ViewSchema.ASSESSMENT_FIELDS.forEach((f, type) -> assessment.put(f, value(type, random)));
        ViewMap params = new ViewMap(ViewMap.PARAMS);
        ViewSchema.PARAMS_FIELDS.forEach((f, type) -> params.put(f, random.nextInt(10) == 0 ? Double.NaN
                : (double) random.nextInt(3_000)));
        return new ScreeningView(7, "990121101201", household, members, List.of(), assessment, params, "2026-11-23");
    }

    private static Object value(CelType type, Random random) {
        if (type == SimpleType.BOOL) {
            return random.nextBoolean();
        }
        if (type == SimpleType.INT) {
            return (long) random.nextInt(5) - 1;
        }
        if (type == SimpleType.DOUBLE) {
            return random.nextInt(8) == 0 ? Double.NaN : random.nextInt(3_000) + 0.5 * random.nextInt(2);
        }
        if (type == SimpleType.STRING) {
            return List.of("", "DROPPED_OUT", "NONE", "FULL", "2026-01-01").get(random.nextInt(5));
        }
        List<String> list = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            list.add(PROGRAMMES.get(random.nextInt(PROGRAMMES.size())));
        }
        return list;
    }
}
