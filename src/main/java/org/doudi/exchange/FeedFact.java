package org.doudi.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a department says about a person: one row of a feed, typed. What {@code date}, {@code code},
 * {@code amount} … mean depends on the {@code type} (see {@link FeedType}). {@code personId},
 * {@code householdId} and {@code regionCode} are the registry's person, their household and its region when
 * the row was matched (null ids: nobody registered has that ID number yet; the region is then the
 * uploader's). {@code inForceTo} is the last day the fact holds: the day of an event, the last day of a
 * month, or the end of a state ({@code 9999-12-31} while it lasts).
 */
public record FeedFact(long id, FeedType type, long importId, int row, Long personId, Long householdId,
                       String regionCode, String idNumberMasked, String name, LocalDate date, LocalDate endDate,
                       LocalDate inForceTo, String code, String subcode, Integer grade, BigDecimal amount,
                       BigDecimal amount2, String reference, String organisation, String detail) {

    /** Whether the fact holds on the day (an event: happened that day; a month: that month; a state: in force). */
    public boolean holdsOn(LocalDate day) {
        return !date.isAfter(day) && !inForceTo.isBefore(day);
    }

    /** Whether the fact holds on some day of {@code from}–{@code to} (inclusive). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !date.isAfter(to) && !inForceTo.isBefore(from);
    }

    /**
     * A fact as screening reads it: what the department says and when, not where the row came from (8 of the 20
     * columns, read for every member of a province's households).
     */
    public record Brief(long id, long personId, FeedType type, LocalDate date, LocalDate inForceTo, String code,
                        Integer grade, BigDecimal amount) {

        /** Whether the fact holds on the day, as {@link FeedFact#holdsOn}. */
        public boolean holdsOn(LocalDate day) {
            return !date.isAfter(day) && !inForceTo.isBefore(day);
        }
    }
}
