package org.doudi.monitoring.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One household as the rules see it (the fields of {@link ViewSchema}): plain maps and lists of CEL values
 * (Long, Double, Boolean, String, List). Built by {@link ViewBuilder}; evaluated by {@link RuleEngine}.
 */
record ScreeningView(long householdId, String regionCode, Map<String, Object> household,
                     List<Map<String, Object>> members, List<Map<String, Object>> benefits,
                     Map<String, Object> assessment, Map<String, Object> params, String today) {

    /** The variables of a household rule. */
    Map<String, Object> activation() {
        Map<String, Object> a = new HashMap<>(8);
        a.put(ViewSchema.HOUSEHOLD, household);
        a.put(ViewSchema.MEMBERS, members);
        a.put(ViewSchema.BENEFITS, benefits);
        a.put(ViewSchema.ASSESSMENT, assessment);
        a.put(ViewSchema.PARAMS, params);
        a.put(ViewSchema.TODAY, today);
        return a;
    }

    /** The variables of a member rule, for one member. */
    Map<String, Object> activation(Map<String, Object> member) {
        Map<String, Object> a = activation();
        a.put(ViewSchema.MEMBER, member);
        return a;
    }

    /** The view for people and JSON: as the rules see it, a number not known (NaN) shown as null. */
    Map<String, Object> readable() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(ViewSchema.HOUSEHOLD, readable(household));
        out.put(ViewSchema.MEMBERS, members.stream().map(ScreeningView::readable).toList());
        out.put(ViewSchema.BENEFITS, benefits.stream().map(ScreeningView::readable).toList());
        out.put(ViewSchema.ASSESSMENT, readable(assessment));
        out.put(ViewSchema.PARAMS, readable(params));
        out.put(ViewSchema.TODAY, today);
        return out;
    }

    private static Map<String, Object> readable(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v instanceof Double d && !Double.isFinite(d) ? null : v));
        return out;
    }
}
