package org.doudi.shared.web;

/** The request conflicts with the current state (a concurrent change, a duplicate); answered as 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
