package org.doudi.monitoring;

/**
 * The screening rules (decision 0029): named, versioned CEL expressions over the household view. Reading is
 * open to every role for the rules that apply in their region or below it; writing to county officers,
 * rural-revitalisation officers and administrators, for rules of their own region. Every write is audited.
 * An expression that does not compile, or a template naming an unknown field, is refused (400) naming the
 * field and the CEL error.
 */
public interface ScreeningRules {

    Paged<RuleViews.Summary> list(Boolean active, int page, int size);

    RuleViews.Rule get(String code);

    RuleViews.Rule create(RuleBodies.NewRule body);

    RuleViews.Rule newVersion(String code, RuleBodies.NewVersion body);

    /** Switches a version on: runs evaluate it from now on. */
    RuleViews.Rule activate(String code, RuleBodies.Activation body);

    RuleViews.Rule deactivate(String code);

    /** Evaluates a rule's text on sample households (at most 50) and says what it would raise; writes nothing. */
    RuleViews.Trial tryOut(RuleBodies.Trial body);

    /** Starts a dry run of a version over a region: a screening run that counts matches and writes no warning. */
    RunViews.Run dryRun(String code, RuleBodies.DryRun body);

    RuleViews.Vocabulary vocabulary();
}
