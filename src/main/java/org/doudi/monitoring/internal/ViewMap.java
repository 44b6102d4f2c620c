package org.doudi.monitoring.internal;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One record of a household view (the household, a member, a benefit, the assessment, the parameters) as the map
 * CEL reads, with the fields of its {@link ViewSchema} part.
 * <ul>
 *   <li>The values sit in an array indexed by one shared field table: a view is built for every household of a
 *   province and every rule reads it several times, and a hash map per record cost more to fill and to read than
 *   the rules themselves (docs/PERFORMANCE.md, "Screening").</li>
 *   <li>A costly value can be left to be worked out when something first reads it ({@link #putLazy}): a rule that
 *   asks for {@code assessment.monitoringIncome} runs the calculator for that household; a household no rule asks
 *   about never does (docs/decisions/0035). CEL reads a field with {@code containsKey} and {@code get}; anything
 *   that walks the whole map (a message template's view, the readable view) works everything out first.</li>
 * </ul>
 * A name outside the schema is refused when put, so a view cannot drift from the types the rules are compiled
 * against. A view is read by one thread at a time, so nothing here is synchronised.
 */
final class ViewMap extends AbstractMap<String, Object> {

    /** The fields of one part of the view, in order, each with its slot. */
    static final class Fields {

        private final List<String> names;
        private final Map<String, Integer> slots = new HashMap<>();

        Fields(Set<String> names) {
            this.names = List.copyOf(names);
            for (int i = 0; i < this.names.size(); i++) {
                slots.put(this.names.get(i), i);
            }
        }
    }

    static final Fields HOUSEHOLD = new Fields(ViewSchema.HOUSEHOLD_FIELDS.keySet());
    static final Fields MEMBER = new Fields(ViewSchema.MEMBER_FIELDS.keySet());
    static final Fields BENEFIT = new Fields(ViewSchema.BENEFIT_FIELDS.keySet());
    static final Fields ASSESSMENT = new Fields(ViewSchema.ASSESSMENT_FIELDS.keySet());
    static final Fields PARAMS = new Fields(ViewSchema.PARAMS_FIELDS.keySet());

    /** A value still to be worked out. */
    private record Pending(Supplier<?> value) {
    }

    private final Fields fields;
    private final Object[] values;

    ViewMap(Fields fields) {
        this.fields = fields;
        this.values = new Object[fields.names.size()];
    }

    private int slot(Object key) {
        Integer slot = fields.slots.get(key);
        if (slot == null) {
            throw new IllegalArgumentException(key + " is not a field of this part of the view (ViewSchema)");
        }
        return slot;
    }

    /** A value known now. */
    @Override
    public Object put(String key, Object value) {
        int slot = slot(key);
        Object before = values[slot];
        values[slot] = value;
        return before instanceof Pending ? null : before;
    }

    /** A value worked out at its first read. */
    void putLazy(String key, Supplier<?> value) {
        values[slot(key)] = new Pending(value);
    }

    /** Whether the value of {@code key} is still to be worked out (nothing has read it). */
    boolean pending(String key) {
        return values[slot(key)] instanceof Pending;
    }

    @Override
    public boolean containsKey(Object key) {
        Integer slot = fields.slots.get(key);
        return slot != null && values[slot] != null;
    }

    @Override
    public Object get(Object key) {
        Integer slot = fields.slots.get(key);
        if (slot == null) {
            return null;
        }
        Object v = values[slot];
        if (v instanceof Pending p) {
            v = p.value().get();
            values[slot] = v;
        }
        return v;
    }

    @Override
    public int size() {
        int n = 0;
        for (Object v : values) {
            n += v == null ? 0 : 1;
        }
        return n;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        List<Entry<String, Object>> entries = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                entries.add(new SimpleImmutableEntry<>(fields.names.get(i), get(fields.names.get(i))));
            }
        }
        return new LinkedHashSet<>(entries);
    }

    /** A value computed once, on first use (the household's assessment, shared by the values derived from it). */
    static final class Once<T> implements Supplier<T> {

        private Supplier<T> compute;
        private T value;

        Once(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public T get() {
            if (compute != null) {
                value = compute.get();
                compute = null;
            }
            return value;
        }
    }
}
