package org.doudi.policy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.doudi.policy.ParameterDefinition;
import org.doudi.policy.ParameterEntry;
import org.doudi.policy.ParameterFile;
import org.doudi.shared.web.FieldProblem;
import org.doudi.shared.web.InvalidInputException;

/**
 * The rule for importing a parameter file as proposals for one region, as a pure function: every
 * row is checked and every bad row named ({@code name[region][date]}) before anything is written.
 * A row equal to an approved entry is unchanged; one equal to a pending proposal is not proposed
 * twice; one that contradicts an approved entry, or starts before today, is refused — history is
 * never overwritten.
 */
final class ImportCheck {

    private ImportCheck() {
    }

    record Plan(List<ParameterEntry> toPropose, List<ParameterDefinition> newDefinitions, int unchanged,
                int alreadyProposed) {
    }

    private record Slot(String name, LocalDate since) {
    }

    /**
     * @param known     the parameters defined so far
     * @param mayDefine whether the importer may introduce parameters not defined yet (administrators)
     * @param approved  the region's own approved entries
     * @param pending   the region's own proposals awaiting a decision
     */
    static Plan plan(ParameterFile file, String regionCode, LocalDate today, Map<String, ParameterDefinition> known,
                     boolean mayDefine, Collection<ParameterEntry> approved, Collection<ParameterEntry> pending) {
        Map<Slot, ParameterEntry> approvedBySlot = approved.stream()
                .collect(Collectors.toMap(e -> new Slot(e.name(), e.since()), Function.identity()));
        Set<ParameterEntry> pendingSet = Set.copyOf(pending);
        List<FieldProblem> problems = new ArrayList<>();
        List<ParameterEntry> toPropose = new ArrayList<>();
        List<ParameterDefinition> newDefinitions = new ArrayList<>();
        int unchanged = 0;
        int alreadyProposed = 0;
        for (ParameterFile.Parameter p : file.parameters()) {
            ParameterDefinition given = p.definition();
            ParameterDefinition definition = known.get(given.name());
            if (definition == null) {
                if (!mayDefine) {
                    problems.add(new FieldProblem(given.name(), "is not a known parameter (only an administrator may introduce one)"));
                    continue;
                }
                if (tooLong(given, problems)) {
                    continue;
                }
                newDefinitions.add(given);
                definition = given;
            } else if (!definition.unit().equals(given.unit())) {
                problems.add(new FieldProblem(given.name() + ".unit",
                        "is '" + given.unit() + "' but the parameter is in '" + definition.unit() + "'"));
                continue;
            }
            for (ParameterEntry e : p.entries()) {
                String row = e.name() + "[" + e.regionCode() + "][" + e.since() + "]";
                ParameterEntry existing = approvedBySlot.get(new Slot(e.name(), e.since()));
                if (!e.regionCode().equals(regionCode)) {
                    problems.add(new FieldProblem(row, "belongs to region " + e.regionCode()
                            + ", but this import is for region " + regionCode));
                } else if (existing != null && Objects.equals(existing.value(), e.value())) {
                    unchanged++;
                } else if (existing != null) {
                    problems.add(new FieldProblem(row, "the approved entry of this date is " + existing.value()
                            + "; an approved entry is never overwritten — give the new figure a new date"));
                } else if (e.since().isBefore(today)) {
                    problems.add(new FieldProblem(row, "takes effect before today (" + today
                            + "); history is never changed retroactively"));
                } else if (pendingSet.contains(e)) {
                    alreadyProposed++;
                } else {
                    var valueProblem = ValueRules.problem(definition.unit(), e.value());
                    if (valueProblem.isPresent()) {
                        problems.add(new FieldProblem(row, "value " + e.value() + " " + valueProblem.get()));
                    } else {
                        toPropose.add(e);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (toPropose.isEmpty() && unchanged == 0 && alreadyProposed == 0) {
            throw new InvalidInputException("body", "contains no parameter entries");
        }
        return new Plan(toPropose, newDefinitions, unchanged, alreadyProposed);
    }

    /** The limits of the definition table's columns, reported instead of failing on insert. */
    private static boolean tooLong(ParameterDefinition d, List<FieldProblem> problems) {
        int before = problems.size();
        limit(d.name(), d.name(), 100, problems);
        limit(d.name() + ".description", d.description(), 500, problems);
        limit(d.name() + ".unit", d.unit(), 60, problems);
        limit(d.name() + ".reference", d.reference(), 500, problems);
        return problems.size() > before;
    }

    private static void limit(String field, String text, int max, List<FieldProblem> problems) {
        if (text != null && text.length() > max) {
            problems.add(new FieldProblem(field, "is longer than " + max + " characters"));
        }
    }
}
