package org.doudi.monitoring;

/** How a household came to be considered for monitoring (DOMAIN.md §2.8, "found by"). */
public enum LeadSource {
    /** 农户自主申报, including the 12345 / 12317 hotlines */
    SELF_DECLARATION,
    /** 基层干部排查 */
    GRASSROOTS_SCREENING,
    /** 部门筛查预警: a warning of a screening run */
    DEPARTMENT_SCREENING
}
