package org.doudi.policy;

/**
 * Loads a parameter file as approved history, bypassing maker-checker: for the first start of a
 * deployment (the demo set) only, never for changes. Runs as {@code system}, in one transaction,
 * audited as one import event; past dates are allowed because this is the history as it was.
 */
public interface ParameterHistoryLoader {

    /** True while no parameter is defined yet. */
    boolean isEmpty();

    /** Loads the file; returns how many entries were loaded. {@code source} names the file in the audit log. */
    int loadApproved(ParameterFile file, String source);
}
