package org.doudi.casework;

import java.util.List;

/**
 * A step that the procedure does not allow now: not in the case's state, or a condition of the state
 * unmet (publicity still running, documents still missing). Answered 409 naming the state and the
 * actions the state allows.
 */
public class StepRefused extends RuntimeException {

    private final CaseState state;
    private final List<CaseAction> allowed;

    public StepRefused(CaseState state, List<CaseAction> allowed, String message) {
        super(message);
        this.state = state;
        this.allowed = List.copyOf(allowed);
    }

    public CaseState state() {
        return state;
    }

    public List<CaseAction> allowed() {
        return allowed;
    }
}
