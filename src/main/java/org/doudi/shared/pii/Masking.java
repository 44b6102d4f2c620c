package org.doudi.shared.pii;

/** How identifiers look on screens and in lists: enough to recognise, not enough to use. */
public final class Masking {

    private Masking() {
    }

    /** {@code 990121198001011234} → {@code 990121********1234}: region of issue and last four kept. */
    public static String idNumber(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() <= 10) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** {@code 6222020200112233445} → {@code ***************3445}: only the last four digits kept. */
    public static String bankAccount(String account) {
        if (account == null) {
            return null;
        }
        if (account.length() <= 4) {
            return "*".repeat(account.length());
        }
        return "*".repeat(account.length() - 4) + account.substring(account.length() - 4);
    }
}
