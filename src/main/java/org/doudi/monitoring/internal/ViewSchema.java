package org.doudi.monitoring.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;

import org.doudi.monitoring.RuleSubject;

/**
 * The household view as CEL sees it: one struct type per variable, each field with its CEL type, so that the
 * type checker refuses a misspelt field or a comparison of a name with a number when the rule is saved, not when
 * a run meets it. The values are plain maps ({@link ScreeningView}); their keys are exactly these fields (a test
 * holds the two together). Money is a {@code double} of yuan (compared, never added up into a payment: the
 * figures themselves are computed exactly by the calculator); a number that is not known is NaN, which no
 * comparison matches. Dates are ISO strings ({@code ""} when absent), with the days since them as numbers.
 */
final class ViewSchema {

    static final String HOUSEHOLD = "household";
    static final String MEMBERS = "members";
    static final String MEMBER = "member";
    static final String BENEFITS = "benefits";
    static final String ASSESSMENT = "assessment";
    static final String PARAMS = "params";
    static final String TODAY = "today";

    private static final CelType STRINGS = ListType.create(SimpleType.STRING);

    static final Map<String, CelType> HOUSEHOLD_FIELDS = fields(
            "id", SimpleType.INT, "region", SimpleType.STRING, "rural", SimpleType.BOOL,
            "exitedPoverty", SimpleType.BOOL, "categories", STRINGS, "causes", STRINGS,
            "members", SimpleType.INT, "living", SimpleType.INT, "labourForce", SimpleType.INT,
            "nonExemptVehicles", SimpleType.INT, "businesses", SimpleType.INT, "businessCapital", SimpleType.DOUBLE,
            "extraDwellings", SimpleType.INT, "financialAssets", SimpleType.DOUBLE,
            "medicalOutOfPocket", SimpleType.DOUBLE, "rigidSpending", SimpleType.DOUBLE,
            "receives", STRINGS, "paidNextMonth", STRINGS, "lowIncome", SimpleType.BOOL,
            "monitored", SimpleType.BOOL, "identifying", SimpleType.BOOL, "monitoringType", SimpleType.STRING,
            "helper", SimpleType.BOOL, "disasterVictim", SimpleType.BOOL);

    static final Map<String, CelType> MEMBER_FIELDS = fields(
            "id", SimpleType.INT, "name", SimpleType.STRING, "age", SimpleType.INT, "sex", SimpleType.STRING,
            "relation", SimpleType.STRING, "dead", SimpleType.BOOL, "diedOn", SimpleType.STRING,
            "disabilityGrade", SimpleType.INT, "disabilityKind", SimpleType.STRING, "disabilityDays", SimpleType.INT,
            "seriousIllness", SimpleType.BOOL, "labourCapacity", SimpleType.STRING, "schooling", SimpleType.STRING,
            "employment", SimpleType.STRING, "unemployed", SimpleType.BOOL, "unemployedDays", SimpleType.INT,
            "orphan", SimpleType.BOOL, "unsupportedChild", SimpleType.BOOL, "medicalOutOfPocket", SimpleType.DOUBLE,
            "disasterVictim", SimpleType.BOOL, "droppedOut", SimpleType.BOOL, "receives", STRINGS,
            "paidNextMonth", STRINGS, "eligible", STRINGS);

    static final Map<String, CelType> BENEFIT_FIELDS = fields(
            "id", SimpleType.INT, "programme", SimpleType.STRING, "personId", SimpleType.INT,
            "monthly", SimpleType.DOUBLE, "payingNow", SimpleType.BOOL, "payingNextMonth", SimpleType.BOOL,
            "fromMonth", SimpleType.STRING, "toMonth", SimpleType.STRING);

    static final Map<String, CelType> ASSESSMENT_FIELDS = fields(
            "done", SimpleType.BOOL, "eligible", STRINGS, "monitoringType", SimpleType.STRING,
            "monitoringIncome", SimpleType.DOUBLE, "perCapitaMonthly", SimpleType.DOUBLE,
            "dibaoMonthly", SimpleType.DOUBLE);

    static final Map<String, CelType> PARAMS_FIELDS = fields(
            "monitoringLine", SimpleType.DOUBLE, "dibaoStandard", SimpleType.DOUBLE,
            "medicalThreshold", SimpleType.DOUBLE, "businessCapitalMax", SimpleType.DOUBLE,
            "vehiclesMax", SimpleType.DOUBLE, "extraDwellingsMax", SimpleType.DOUBLE);

    static final StructType HOUSEHOLD_TYPE = struct("doudi.Household", HOUSEHOLD_FIELDS);
    static final StructType MEMBER_TYPE = struct("doudi.Member", MEMBER_FIELDS);
    static final StructType BENEFIT_TYPE = struct("doudi.Benefit", BENEFIT_FIELDS);
    static final StructType ASSESSMENT_TYPE = struct("doudi.Assessment", ASSESSMENT_FIELDS);
    static final StructType PARAMS_TYPE = struct("doudi.Params", PARAMS_FIELDS);

    static final CelTypeProvider TYPES = new CelTypeProvider() {
        private final ImmutableList<CelType> all = ImmutableList.of(HOUSEHOLD_TYPE, MEMBER_TYPE, BENEFIT_TYPE,
                ASSESSMENT_TYPE, PARAMS_TYPE);

        @Override
        public ImmutableCollection<CelType> types() {
            return all;
        }

        @Override
        public Optional<CelType> findType(String name) {
            return all.stream().filter(t -> t.name().equals(name)).findFirst();
        }
    };

    private ViewSchema() {
    }

    /** The variables a rule of the subject may use, with their types. */
    static Map<String, CelType> variables(RuleSubject subject) {
        Map<String, CelType> v = new LinkedHashMap<>();
        v.put(HOUSEHOLD, HOUSEHOLD_TYPE);
        if (subject == RuleSubject.MEMBER) {
            v.put(MEMBER, MEMBER_TYPE);
        }
        v.put(MEMBERS, ListType.create(MEMBER_TYPE));
        v.put(BENEFITS, ListType.create(BENEFIT_TYPE));
        v.put(ASSESSMENT, ASSESSMENT_TYPE);
        v.put(PARAMS, PARAMS_TYPE);
        v.put(TODAY, SimpleType.STRING);
        return v;
    }

    /** The fields of a struct variable a message template may name ({@code {member.name}}); null for others. */
    static Map<String, CelType> fieldsOf(String variable) {
        return switch (variable) {
            case HOUSEHOLD -> HOUSEHOLD_FIELDS;
            case MEMBER -> MEMBER_FIELDS;
            case ASSESSMENT -> ASSESSMENT_FIELDS;
            case PARAMS -> PARAMS_FIELDS;
            default -> null;
        };
    }

    /** For the rule editor: every variable's fields and their CEL types. */
    static Map<String, Map<String, String>> vocabulary() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (var v : List.of(HOUSEHOLD, MEMBER, MEMBERS, BENEFITS, ASSESSMENT, PARAMS)) {
            Map<String, CelType> f = switch (v) {
                case MEMBERS -> MEMBER_FIELDS;
                case BENEFITS -> BENEFIT_FIELDS;
                default -> fieldsOf(v);
            };
            Map<String, String> types = new LinkedHashMap<>();
            f.forEach((name, type) -> types.put(name, type.name()));
            out.put(v, types);
        }
        out.put(TODAY, Map.of());
        return out;
    }

    private static Map<String, CelType> fields(Object... pairs) {
        Map<String, CelType> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (CelType) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static StructType struct(String name, Map<String, CelType> fields) {
        return StructType.create(name, ImmutableSet.copyOf(fields.keySet()), f -> Optional.ofNullable(fields.get(f)));
    }
}
