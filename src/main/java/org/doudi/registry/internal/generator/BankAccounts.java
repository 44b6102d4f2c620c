package org.doudi.registry.internal.generator;

import org.doudi.registry.Residence;
import org.doudi.registry.internal.generator.SyntheticHousehold.BankAccount;

/**
 * Debit-card numbers for heads of household: a bank's six-digit prefix, twelve digits that are a
 * one-to-one scramble of the household's place in the run (so no two households share a number),
 * and the Luhn check digit. Rural households bank mostly with the agricultural bank, the postal
 * savings bank and the rural commercial bank that pay out assistance.
 */
final class BankAccounts {

    private static final String[] BANKS = {"中国农业银行", "中国邮政储蓄银行", "示范农村商业银行", "中国工商银行", "中国建设银行", "中国银行"};
    private static final String[] PREFIXES = {"622848", "621799", "623190", "622202", "621700", "621661"};
    private static final int[] RURAL_WEIGHTS = {30, 30, 25, 5, 5, 5};
    private static final int[] URBAN_WEIGHTS = {15, 10, 10, 25, 25, 15};
    private static final long MODULUS = 1_000_000_000_000L;
    /** Odd and not a multiple of 5, hence invertible modulo 10^12: the scramble is one-to-one. */
    private static final long MULTIPLIER = 25_214_903_917L;

    private BankAccounts() {
    }

    static BankAccount forHousehold(Dice dice, Residence residence, long runSeed, long index) {
        int bank = dice.weighted(residence == Residence.RURAL ? RURAL_WEIGHTS : URBAN_WEIGHTS);
        long body = Math.floorMod(index * MULTIPLIER + Math.floorMod(Dice.mix(runSeed), MODULUS), MODULUS);
        String digits = PREFIXES[bank] + String.format("%012d", body);
        return new BankAccount(BANKS[bank], digits + luhn(digits));
    }

    static char luhn(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
