package org.doudi.casework;

/**
 * Documents cannot be produced on this machine: no font that can write Chinese and be embedded in a PDF
 * was found. The message says what to install or configure; the API answers 503 with it.
 */
public class DocumentsUnavailable extends RuntimeException {

    public DocumentsUnavailable(String message) {
        super(message);
    }

    public DocumentsUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
