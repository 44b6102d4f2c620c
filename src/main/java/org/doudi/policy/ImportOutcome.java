package org.doudi.policy;

import java.util.List;

/**
 * What an import of a parameter file did: the new proposals it created (each awaiting approval),
 * how many rows matched an approved entry exactly (nothing to do), and how many matched a pending
 * proposal exactly (not proposed twice).
 */
public record ImportOutcome(List<ParameterChange> proposed, int unchanged, int alreadyProposed) {

    public ImportOutcome {
        proposed = List.copyOf(proposed);
    }
}
