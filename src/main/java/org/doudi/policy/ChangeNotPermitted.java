package org.doudi.policy;

/**
 * The acting user may not make this decision on this change — e.g. approving their own proposal
 * (maker-checker) or withdrawing someone else's. Answered as 403 with the message.
 */
public class ChangeNotPermitted extends RuntimeException {

    public ChangeNotPermitted(String message) {
        super(message);
    }
}
