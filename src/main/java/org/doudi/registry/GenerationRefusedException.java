package org.doudi.registry;

/** A generation run that would clash with what is in the database; the message says how to go on. */
public class GenerationRefusedException extends RuntimeException {

    public GenerationRefusedException(String message) {
        super(message);
    }
}
