package org.doudi.exchange;

/** How an import ended. An import is written in one transaction: there is no state in between. */
public enum ImportStatus {
    /** Its good rows are stored (all of them, or none was bad). */
    IMPORTED,
    /** Nothing was stored: the file could not be read, or it had bad rows and the mode was {@link ImportMode#REJECT_FILE}. */
    REJECTED
}
