package org.doudi.casework;

/**
 * The actor's role may decide cases, but not at this case's level: the county decides it (decision 0018),
 * or the amount is above the town's limit. Answered 403 with the message.
 */
public class DeciderRefused extends RuntimeException {

    public DeciderRefused(String message) {
        super(message);
    }
}
