package org.doudi.assessment;

public enum Status {
    ELIGIBLE,
    INELIGIBLE,
    /** 渐退: still paid the current amount until {@code until}, then stops. */
    GRADUAL_EXIT
}
