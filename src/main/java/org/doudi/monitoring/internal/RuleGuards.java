package org.doudi.monitoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;

/**
 * The conjuncts of a rule that read one field of the household or the member — {@code member.dead},
 * {@code !household.monitored}, {@code member.disabilityGrade >= 1} — checked in Java before the CEL interpreter
 * runs. In CEL, {@code a && b} is false as soon as any one of its operands is false (whatever the others give, errors
 * included), so a household on which such a conjunct is false cannot match and the interpreter need not see it. Most
 * built-in rules start with one (a dead member, a monitored household, a rural one), and most households and members
 * fail it: the interpreter then runs a fraction of the times (docs/PERFORMANCE.md, "Screening"). A conjunct
 * whose field is still to be worked out ({@link ViewMap#pending}: the calculator's) is left to the interpreter,
 * so a guard never runs the calculator.
 */
final class RuleGuards {

    /** One conjunct: a field of {@code household} or {@code member}, compared with a constant (or read as a bool). */
    record Guard(String variable, String field, String op, Object constant) {

        /** False only when the conjunct is certainly false on these values. */
        boolean mayHold(Map<String, Object> values) {
            if (values instanceof ViewMap view && view.pending(field)) {
                return true;
            }
            Object v = values.get(field);
            return switch (op) {
                case "bool" -> !(v instanceof Boolean b) || b;
                case "!" -> !(v instanceof Boolean b) || !b;
                default -> compare(v);
            };
        }

        private boolean compare(Object v) {
            if (!(v instanceof Number n) || !(constant instanceof Number c)) {
                return true;
            }
            // CEL compares an int with a double by value (heterogeneous comparisons); NaN is unordered
            double a = n.doubleValue();
            double b = c.doubleValue();
            return switch (op) {
                case "<" -> a < b;
                case "<=" -> a <= b;
                case ">" -> a > b;
                case ">=" -> a >= b;
                case "==" -> a == b;
                case "!=" -> a != b;
                default -> true;
            };
        }
    }

    private RuleGuards() {
    }

    /** The guards of an expression: its top-level conjuncts of the forms above (none when it is no conjunction of them). */
    static List<Guard> of(CelExpr expr) {
        List<Guard> guards = new ArrayList<>();
        collect(expr, guards);
        return List.copyOf(guards);
    }

    /** Whether every guard on {@code variable} may hold on its values. */
    static boolean mayHold(List<Guard> guards, String variable, Map<String, Object> values) {
        for (Guard g : guards) {
            if (g.variable().equals(variable) && !g.mayHold(values)) {
                return false;
            }
        }
        return true;
    }

    private static void collect(CelExpr e, List<Guard> out) {
        if (e.getKind() != CelExpr.ExprKind.Kind.CALL) {
            field(e).ifPresent(f -> out.add(new Guard(f[0], f[1], "bool", null)));
            return;
        }
        String function = e.call().function();
        List<CelExpr> args = e.call().args();
        if (function.equals("_&&_")) {
            args.forEach(a -> collect(a, out));
        } else if (function.equals("!_") && args.size() == 1) {
            field(args.get(0)).ifPresent(f -> out.add(new Guard(f[0], f[1], "!", null)));
        } else if (args.size() == 2 && OPS.containsKey(function)) {
            var left = field(args.get(0));
            Object right = number(args.get(1));
            if (left.isPresent() && right != null) {
                out.add(new Guard(left.get()[0], left.get()[1], OPS.get(function), right));
            }
        }
    }

    private static final Map<String, String> OPS = Map.of("_<_", "<", "_<=_", "<=", "_>_", ">", "_>=_", ">=",
            "_==_", "==", "_!=_", "!=");

    /** {@code household.f} or {@code member.f}, as {variable, field}. */
    private static java.util.Optional<String[]> field(CelExpr e) {
        if (e.getKind() != CelExpr.ExprKind.Kind.SELECT || e.select().testOnly()) {
            return java.util.Optional.empty();
        }
        CelExpr operand = e.select().operand();
        if (operand.getKind() != CelExpr.ExprKind.Kind.IDENT) {
            return java.util.Optional.empty();
        }
        String variable = operand.ident().name();
        if (!variable.equals(ViewSchema.HOUSEHOLD) && !variable.equals(ViewSchema.MEMBER)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new String[] {variable, e.select().field()});
    }

    private static Object number(CelExpr e) {
        if (e.getKind() != CelExpr.ExprKind.Kind.CONSTANT) {
            return null;
        }
        CelConstant c = e.constant();
        return switch (c.getKind()) {
            case INT64_VALUE -> c.int64Value();
            case DOUBLE_VALUE -> c.doubleValue();
            default -> null;
        };
    }
}
