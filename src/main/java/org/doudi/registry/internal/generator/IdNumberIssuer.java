package org.doudi.registry.internal.generator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.doudi.registry.IdNumber;
import org.doudi.registry.Sex;

/**
 * Gives every generated person a valid ID number (GB 11643): the county's six digits, the birth date,
 * a three-digit sequence whose last digit is odd for a man and even for a woman, and the check digit
 * (ISO 7064 MOD 11-2). Numbers are unique within a run because the issuer counts how many it has
 * given per county, birth date and sex, and starts each such count at a place drawn from the seed,
 * so that two runs, or a hand-typed test number, rarely meet. When one day's 499 numbers of a sex
 * are used up the person is moved to the nearest day that has one left.
 */
final class IdNumberIssuer {

    private static final int PER_DAY_AND_SEX = 499;
    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

    private final long seed;
    private final LocalDate lastDay;
    private final Map<String, short[]> issuedPerCounty = new HashMap<>();

    IdNumberIssuer(long seed, LocalDate lastDay) {
        this.seed = seed;
        this.lastDay = lastDay;
    }

    record Issued(String number, LocalDate birthDate) {
    }

    Issued issue(String county, LocalDate birthDate, Sex sex) {
        short[] issued = issuedPerCounty.computeIfAbsent(county,
                c -> new short[(int) (lastDay.toEpochDay() - FIRST_DAY.toEpochDay() + 1) * 2]);
        for (int shift = 0; shift <= 60; shift++) {
            // 0, -1, +1, -2, +2 …: the nearest day first, never after the last day
            LocalDate day = birthDate.plusDays(shift % 2 == 0 ? shift / 2 : -(shift + 1) / 2);
            if (day.isAfter(lastDay) || day.isBefore(FIRST_DAY)) {
                continue;
            }
            int slot = (int) (day.toEpochDay() - FIRST_DAY.toEpochDay()) * 2 + (sex == Sex.MALE ? 1 : 0);
            int count = issued[slot];
            if (count < PER_DAY_AND_SEX) {
                issued[slot]++;
                int start = (int) Math.floorMod(Dice.mix(seed ^ Dice.mix(Long.parseLong(county) * 100_003L + slot)),
                        (long) PER_DAY_AND_SEX);
                int sequence = ((start + count) % PER_DAY_AND_SEX + 1) * 2 + (sex == Sex.MALE ? 1 : 0);
                String first17 = county + compact(day) + threeDigits(sequence);
                return new Issued(first17 + IdNumber.checkDigit(first17), day);
            }
        }
        throw new IllegalStateException("no ID numbers left near " + birthDate + " in county " + county
                + ": the run is too large for its region");
    }


    private static String compact(LocalDate day) {
        int y = day.getYear();
        int m = day.getMonthValue();
        int d = day.getDayOfMonth();
        return Integer.toString(y) + (m < 10 ? "0" : "") + m + (d < 10 ? "0" : "") + d;
    }

    private static String threeDigits(int n) {
        return n < 10 ? "00" + n : n < 100 ? "0" + n : Integer.toString(n);
    }
}
