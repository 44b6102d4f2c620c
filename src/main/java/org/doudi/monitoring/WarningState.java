package org.doudi.monitoring;

/** Where a warning stands: raised, taken by someone, checked on the ground, closed with an outcome. */
public enum WarningState {
    OPEN, ASSIGNED, VERIFIED, CLOSED
}
