package org.doudi.exchange.internal;

/**
 * The unified social credit code of a business (统一社会信用代码, GB 32100-2015): 18 characters from a
 * 31-character alphabet (digits and capitals without I, O, Z, S, V), the last a check character
 * (weights 3^i mod 31).
 */
final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** What is wrong with the (upper-cased) code, or null when it is valid. */
    static String problem(String code) {
        if (code.length() != 18) {
            return "must have 18 characters, not " + code.length();
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return "has a character a credit code never uses: " + code.charAt(i);
            }
        }
        return check(code.substring(0, 17)) == code.charAt(17) ? null
                : "has a wrong check character: a character is mistyped";
    }

    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
