package org.doudi.casework;

/** The actor's role may decide, but not this case: they investigated it. Answered 403 with the message. */
public class MakerCheckerRefused extends RuntimeException {

    public MakerCheckerRefused(String message) {
        super(message);
    }
}
