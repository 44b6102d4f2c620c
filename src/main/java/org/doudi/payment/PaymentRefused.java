package org.doudi.payment;

/**
 * The actor's role may act on payrolls, but not on this one: they generated it and may not approve it
 * (maker-checker). Answered 403 with the message.
 */
public class PaymentRefused extends RuntimeException {

    public PaymentRefused(String message) {
        super(message);
    }
}
