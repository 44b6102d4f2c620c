package org.doudi.monitoring;

/** How a warning ends (DOMAIN.md §3.5), or its dismissal with a reason. */
public enum WarningOutcome {
    /** an application is opened from the warning: a case of casework, or a monitoring identification */
    START_APPLICATION,
    /** handed to the department that can act (human resources, education, housing, …) */
    PUSH_TO_DEPARTMENT,
    /** decided case by case (一事一议), the decision recorded */
    CASE_BY_CASE,
    /** verified on the ground, and the benefits concerned stop from next month */
    VERIFY_AND_STOP,
    /** nothing to do, with the reason */
    DISMISSED
}
