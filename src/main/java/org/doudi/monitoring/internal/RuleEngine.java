package org.doudi.monitoring.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.CelVariableResolver;

import org.doudi.monitoring.RuleSubject;

/**
 * Compiles and evaluates the rules' CEL expressions over {@link ScreeningView}s. The compilers know the view's
 * types ({@link ViewSchema}) and require a boolean; numbers of different types compare (an {@code int} age with a
 * {@code double} threshold); comprehensions are bounded so that a careless rule cannot stall a run. Compiled
 * programs are immutable and shared between threads.
 */
final class RuleEngine {

    /** A compiled rule: its program, the conjuncts checked before it runs ({@link RuleGuards}), what a match says. */
    record Compiled(RuleSubject subject, CelRuntime.Program program, List<RuleGuards.Guard> guards,
                    String messageTemplate) {
    }

    /** A match: the member (null for a household rule) and the warning's text. */
    record Match(Long personId, String message) {
    }

    /** A rule that failed on a household (a division by zero …): it is reported, the run goes on. */
    static final class EvaluationFailed extends Exception {
        EvaluationFailed(String message) {
            super(message);
        }
    }

    /** An expression that does not compile: each problem as line, column and CEL's message. */
    static final class CompileFailed extends Exception {
        CompileFailed(String message) {
            super(message);
        }
    }

    private static final CelOptions OPTIONS = CelOptions.current()
            .enableHeterogeneousNumericComparisons(true)
            .comprehensionMaxIterations(10_000)
            .build();
    private static final Map<RuleSubject, CelCompiler> COMPILERS = new EnumMap<>(RuleSubject.class);
    private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(OPTIONS).build();

    static {
        for (RuleSubject subject : RuleSubject.values()) {
            var builder = CelCompilerFactory.standardCelCompilerBuilder()
                    .setOptions(OPTIONS)
                    .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                    .setTypeProvider(ViewSchema.TYPES)
                    .setResultType(SimpleType.BOOL);
            ViewSchema.variables(subject).forEach(builder::addVar);
            COMPILERS.put(subject, builder.build());
        }
    }

    private RuleEngine() {
    }

    static Compiled compile(RuleSubject subject, String expression, String messageTemplate) throws CompileFailed {
        try {
            CelAbstractSyntaxTree ast = COMPILERS.get(subject).compile(expression).getAst();
            return new Compiled(subject, RUNTIME.createProgram(ast), RuleGuards.of(ast.getExpr()), messageTemplate);
        } catch (CelValidationException e) {
            throw new CompileFailed(describe(e.getErrors()));
        } catch (CelEvaluationException e) {
            throw new CompileFailed(e.getMessage());
        }
    }

    /** What the rule raises for the household: nothing, one match, or one per matching member. */
    static List<Match> evaluate(Compiled rule, ScreeningView view) throws EvaluationFailed {
        return evaluate(rule, new Bound(view));
    }

    /** {@link #evaluate(Compiled, ScreeningView)} on a view whose variables are bound once for all its rules. */
    static List<Match> evaluate(Compiled rule, Bound bound) throws EvaluationFailed {
        List<Match> matches = new ArrayList<>(1);
        ScreeningView view = bound.view;
        if (!RuleGuards.mayHold(rule.guards(), ViewSchema.HOUSEHOLD, view.household())) {
            return matches;
        }
        if (rule.subject() == RuleSubject.HOUSEHOLD) {
            if (holds(rule, bound.household)) {
                matches.add(new Match(null, MessageTemplate.render(rule.messageTemplate(), view.activation())));
            }
            return matches;
        }
        List<Map<String, Object>> members = view.members();
        for (int i = 0; i < members.size(); i++) {
            if (RuleGuards.mayHold(rule.guards(), ViewSchema.MEMBER, members.get(i)) && holds(rule, bound.member(i))) {
                Map<String, Object> member = members.get(i);
                matches.add(new Match((Long) member.get("id"),
                        MessageTemplate.render(rule.messageTemplate(), view.activation(member))));
            }
        }
        return matches;
    }

    /**
     * A view's variables as the programs read them, straight from the view and bound once for all the rules
     * evaluated on it: nothing is copied for an evaluation (a map given to {@code eval} would be copied into an
     * immutable one every time), and nothing is allocated per variable read.
     */
    static final class Bound {

        private final ScreeningView view;
        private final CelVariableResolver household;
        private final CelVariableResolver[] members;

        Bound(ScreeningView view) {
            this.view = view;
            Optional<Object> h = Optional.of(view.household());
            Optional<Object> all = Optional.of(view.members());
            Optional<Object> benefits = Optional.of(view.benefits());
            Optional<Object> assessment = Optional.of(view.assessment());
            Optional<Object> params = Optional.of(view.params());
            Optional<Object> today = Optional.of(view.today());
            this.household = name -> switch (name) {
                case ViewSchema.HOUSEHOLD -> h;
                case ViewSchema.MEMBERS -> all;
                case ViewSchema.BENEFITS -> benefits;
                case ViewSchema.ASSESSMENT -> assessment;
                case ViewSchema.PARAMS -> params;
                case ViewSchema.TODAY -> today;
                default -> Optional.empty();
            };
            this.members = new CelVariableResolver[view.members().size()];
        }

        /** A member rule's variables for the i-th member: the member's, then the household's. */
        private CelVariableResolver member(int i) {
            if (members[i] == null) {
                Optional<Object> member = Optional.of(view.members().get(i));
                CelVariableResolver of = household;
                members[i] = name -> ViewSchema.MEMBER.equals(name) ? member : of.find(name);
            }
            return members[i];
        }
    }

    private static boolean holds(Compiled rule, CelVariableResolver variables) throws EvaluationFailed {
        Object result;
        try {
            result = rule.program().eval(variables);
        } catch (CelEvaluationException e) {
            throw new EvaluationFailed(e.getMessage());
        }
        if (result instanceof Boolean b) {
            return b;
        }
        // a value the view lacks evaluates to "unknown": a bug in the view, never a match
        throw new EvaluationFailed("the expression did not evaluate to true or false: " + result);
    }

    private static String describe(List<CelIssue> issues) {
        return issues.stream().map(i -> {
            var at = i.getSourceLocation();
            return (at.getLine() > 0 ? "line " + at.getLine() + ", column " + (at.getColumn() + 1) + ": " : "")
                    + i.getMessage();
        }).collect(Collectors.joining("; "));
    }
}
