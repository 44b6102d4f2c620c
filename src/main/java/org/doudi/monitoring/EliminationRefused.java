package org.doudi.monitoring;

/** Risk elimination asked for while a condition is unmet: 409 listing every condition and whether it is met. */
public class EliminationRefused extends RuntimeException {

    private final RiskElimination.Check check;

    public EliminationRefused(RiskElimination.Check check) {
        super("the conditions of risk elimination are not all met on " + check.on());
        this.check = check;
    }

    public RiskElimination.Check check() {
        return check;
    }
}
