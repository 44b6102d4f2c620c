package org.doudi.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.doudi.monitoring.RuleSubject;
import org.junit.jupiter.api.Test;

/** The CEL side of the rules: compiled against the household view's types, evaluated per household or member. */
class RuleEngineTest {

    static ScreeningView view(List<Map<String, Object>> members, double medical, double threshold) {
        Map<String, Object> household = new HashMap<>();
        ViewSchema.HOUSEHOLD_FIELDS.keySet().forEach(f -> household.put(f, sample(ViewSchema.HOUSEHOLD_FIELDS.get(f).name())));
        household.put("medicalOutOfPocket", medical);
        Map<String, Object> params = new HashMap<>();
        ViewSchema.PARAMS_FIELDS.keySet().forEach(f -> params.put(f, Double.NaN));
        params.put("medicalThreshold", threshold);
        Map<String, Object> assessment = new HashMap<>();
        ViewSchema.ASSESSMENT_FIELDS.keySet().forEach(f -> assessment.put(f, sample(ViewSchema.ASSESSMENT_FIELDS.get(f).name())));
        return new ScreeningView(7, "990121101201", household, members, List.of(), assessment, params, "2026-11-23");
    }

    static Map<String, Object> member(long id, String name, long age, boolean dead) {
        Map<String, Object> m = new HashMap<>();
        ViewSchema.MEMBER_FIELDS.keySet().forEach(f -> m.put(f, sample(ViewSchema.MEMBER_FIELDS.get(f).name())));
        m.put("id", id);
        m.put("name", name);
        m.put("age", age);
        m.put("dead", dead);
        return m;
    }

    private static Object sample(String type) {
        return switch (type) {
            case "int" -> 0L;
            case "double" -> 0.0;
            case "bool" -> false;
            case "string" -> "";
            default -> List.of();
        };
    }

    @Test
    void aMemberRuleRaisesOneMatchPerMatchingMemberWithItsMessage() throws Exception {
        var rule = RuleEngine.compile(RuleSubject.MEMBER, "member.dead && member.age >= 60",
                "{member.name}（{member.age}岁）已死亡，医疗费{household.medicalOutOfPocket}元");
        var matches = RuleEngine.evaluate(rule, view(List.of(member(1, "甲", 70, true), member(2, "乙", 40, true),
                member(3, "丙", 80, false)), 1234.5, 10000));
        assertThat(matches).containsExactly(new RuleEngine.Match(1L, "甲（70岁）已死亡，医疗费1234.5元"));
    }

    @Test
    void numbersOfDifferentTypesCompareAndAnUnknownNumberNeverMatches() throws Exception {
        var over = RuleEngine.compile(RuleSubject.HOUSEHOLD, "household.medicalOutOfPocket > params.medicalThreshold", "x");
        assertThat(RuleEngine.evaluate(over, view(List.of(), 12000, 10000))).hasSize(1);
        assertThat(RuleEngine.evaluate(over, view(List.of(), 9000, 10000))).isEmpty();
        assertThat(RuleEngine.evaluate(over, view(List.of(), 12000, Double.NaN))).as("no threshold in force").isEmpty();
        var under = RuleEngine.compile(RuleSubject.HOUSEHOLD, "!(household.medicalOutOfPocket <= params.medicalThreshold)"
                + " && household.members >= 0 && household.medicalOutOfPocket > 1", "x");
        assertThat(RuleEngine.evaluate(under, view(List.of(), 12000, Double.NaN))).hasSize(1);
    }

    @Test
    void theAssessmentIsWorkedOutOnlyWhenARuleReadsIt() throws Exception {
        int[] calculated = {0};
        var assessment = new ViewMap(ViewMap.ASSESSMENT);
        ViewSchema.ASSESSMENT_FIELDS.keySet().forEach(f -> assessment.putLazy(f, () -> {
            calculated[0]++;
            return sample(ViewSchema.ASSESSMENT_FIELDS.get(f).name());
        }));
        var household = new ViewMap(ViewMap.HOUSEHOLD);
        household.putAll(view(List.of(), 0, 10000).household());
        household.putLazy("lowIncome", () -> {
            calculated[0]++;
            return true;
        });
        var urban = new ScreeningView(7, "990121101201", household, List.of(member(1, "甲", 40, false)), List.of(),
                assessment, view(List.of(), 0, 10000).params(), "2026-11-23");

        for (var rule : BuiltInRules.definitions()) {
            var t = rule.text();
            RuleEngine.evaluate(RuleEngine.compile(t.subject(), t.expression(), t.messageTemplate()), urban);
        }
        assertThat(calculated[0]).as("no built-in rule reads the assessment of an urban household").isZero();
        assertThat(assessment.pending("done")).isTrue();

        household.put("rural", true);
        household.put("living", 1L);
        var low = RuleEngine.compile(RuleSubject.HOUSEHOLD, "household.rural && assessment.done", "x");
        assertThat(RuleEngine.evaluate(low, urban)).isEmpty();
        assertThat(assessment.pending("done")).isFalse();
        assertThat(assessment.pending("eligible")).as("only what was read").isTrue();
        assertThat(household.pending("lowIncome")).isTrue();
        assertThat(household.entrySet()).as("walking the map works everything out")
                .anyMatch(e -> e.getKey().equals("lowIncome") && Boolean.TRUE.equals(e.getValue()));
        assertThat(household.pending("lowIncome")).isFalse();
    }

    @Test
    void aMisspeltFieldAWrongTypeAndAMissingVariableAreCompileErrorsWithTheirPlace() {
        assertThatThrownBy(() -> RuleEngine.compile(RuleSubject.HOUSEHOLD, "household.livng > 0", "x"))
                .isInstanceOf(RuleEngine.CompileFailed.class).hasMessage("line 1, column 10: undefined field 'livng'");
        assertThatThrownBy(() -> RuleEngine.compile(RuleSubject.HOUSEHOLD, "household.region > 3", "x"))
                .hasMessageContaining("found no matching overload for '_>_'");
        assertThatThrownBy(() -> RuleEngine.compile(RuleSubject.HOUSEHOLD, "member.dead", "x"))
                .hasMessageContaining("undeclared reference to 'member'");
    }

    @Test
    void aTemplateMayNameOnlyTheViewsFields() {
        assertThat(MessageTemplate.problems("{member.name} {household.living} {today}", RuleSubject.MEMBER)).isEmpty();
        assertThat(MessageTemplate.problems("{member.name}", RuleSubject.HOUSEHOLD)).hasSize(1);
        assertThat(MessageTemplate.problems("{household.nmae}", RuleSubject.HOUSEHOLD)).singleElement()
                .asString().contains("household has no field 'nmae'");
    }

    @Test
    void everyBuiltInRuleCompilesAndTheirCodesAreUnique() {
        var definitions = BuiltInRules.definitions();
        assertThat(definitions).hasSize(11);
        assertThat(definitions.stream().map(BuiltInRules.Definition::code).distinct()).hasSize(11);
    }
}
