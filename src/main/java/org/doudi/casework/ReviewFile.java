package org.doudi.casework;

import java.time.LocalDate;
import java.util.Set;

/**
 * The facts of a review that the procedure's guards need. {@code investigators}: who recorded its visits;
 * {@code proposedOutcome}: null before a proposal or exit; {@code publicityEnds}: null before a publicity.
 */
public record ReviewFile(ReviewState state, String programme, Set<String> investigators, ReviewOutcome proposedOutcome,
                         LocalDate publicityEnds) {

    public ReviewFile {
        investigators = Set.copyOf(investigators);
    }
}
