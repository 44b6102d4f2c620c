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

    /** A compiled rule: its program and what a match says. */
    record Compiled(RuleSubject subject, CelRuntime.Program program, String messageTemplate) {
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
            return new Compiled(subject, RUNTIME.createProgram(ast), messageTemplate);
        } catch (CelValidationException e) {
            throw new CompileFailed(describe(e.getErrors()));
        } catch (CelEvaluationException e) {
            throw new CompileFailed(e.getMessage());
        }
    }

    /** What the rule raises for the household: nothing, one match, or one per matching member. */
    static List<Match> evaluate(Compiled rule, ScreeningView view) throws EvaluationFailed {
        List<Match> matches = new ArrayList<>(1);
        CelVariableResolver household = variables(view);
        if (rule.subject() == RuleSubject.HOUSEHOLD) {
            if (holds(rule, household)) {
                matches.add(new Match(null, MessageTemplate.render(rule.messageTemplate(), view.activation())));
            }
            return matches;
        }
        for (Map<String, Object> member : view.members()) {
            if (holds(rule, variables(household, member))) {
                matches.add(new Match((Long) member.get("id"),
                        MessageTemplate.render(rule.messageTemplate(), view.activation(member))));
            }
        }
        return matches;
    }

    /**
     * The household's variables as the program reads them, straight from the view: nothing is copied for an
     * evaluation (a map given to {@code eval} would be copied into an immutable one every time).
     */
    private static CelVariableResolver variables(ScreeningView view) {
        return name -> Optional.ofNullable(switch (name) {
            case ViewSchema.HOUSEHOLD -> view.household();
            case ViewSchema.MEMBERS -> view.members();
            case ViewSchema.BENEFITS -> view.benefits();
            case ViewSchema.ASSESSMENT -> view.assessment();
            case ViewSchema.PARAMS -> view.params();
            case ViewSchema.TODAY -> view.today();
            default -> null;
        });
    }

    /** A member rule's variables: the member's, then the household's. */
    private static CelVariableResolver variables(CelVariableResolver household, Map<String, Object> member) {
        return name -> ViewSchema.MEMBER.equals(name) ? Optional.of(member) : household.find(name);
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
