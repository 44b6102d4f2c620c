package org.doudi.monitoring.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
        if (rule.subject() == RuleSubject.HOUSEHOLD) {
            Map<String, Object> activation = view.activation();
            if (holds(rule, activation)) {
                matches.add(new Match(null, MessageTemplate.render(rule.messageTemplate(), activation)));
            }
            return matches;
        }
        for (Map<String, Object> member : view.members()) {
            Map<String, Object> activation = view.activation(member);
            if (holds(rule, activation)) {
                matches.add(new Match((Long) member.get("id"),
                        MessageTemplate.render(rule.messageTemplate(), activation)));
            }
        }
        return matches;
    }

    private static boolean holds(Compiled rule, Map<String, Object> activation) throws EvaluationFailed {
        Object result;
        try {
            result = rule.program().eval(activation);
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
