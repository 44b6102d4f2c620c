package org.doudi.shared.web;

/**
 * The thing asked for does not exist — or exists outside the caller's region, which must look
 * exactly the same (404), so that region scoping leaks nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
