package org.doudi.monitoring;

/** What the check on the ground found about a warning. */
public enum Finding {
    CONFIRMED, NOT_CONFIRMED
}
