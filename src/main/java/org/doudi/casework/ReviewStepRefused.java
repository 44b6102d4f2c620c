package org.doudi.casework;

import java.util.List;

/**
 * A review step the procedure does not allow now (not in the review's state, or a condition unmet: the
 * publicity of a 特困 end still running). Answered 409 naming the state and the steps it allows.
 */
public class ReviewStepRefused extends RuntimeException {

    private final ReviewState state;
    private final List<ReviewAction> allowed;

    public ReviewStepRefused(ReviewState state, List<ReviewAction> allowed, String message) {
        super(message);
        this.state = state;
        this.allowed = List.copyOf(allowed);
    }

    public ReviewState state() {
        return state;
    }

    public List<ReviewAction> allowed() {
        return allowed;
    }
}
