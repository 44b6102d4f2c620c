package org.doudi.monitoring;

/** Why a helper stops helping: the households they looked after are reassigned at once. */
public enum HelperLeaving {
    MOVED, RETIRED, ILL, OTHER
}
