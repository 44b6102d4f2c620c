package org.doudi.monitoring;

import java.util.List;

/**
 * A step the monitored household's state does not allow now, or whose condition is unmet (the publicity still
 * runs). Answered 409 naming the state and the steps it allows.
 */
public class ProcedureRefused extends RuntimeException {

    private final IdentificationState state;
    private final List<IdentificationAction> allowed;

    public ProcedureRefused(IdentificationState state, String message) {
        super(message);
        this.state = state;
        this.allowed = IdentificationProcedure.allowed(state);
    }

    public IdentificationState state() {
        return state;
    }

    public List<IdentificationAction> allowed() {
        return allowed;
    }
}
