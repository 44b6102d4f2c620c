package org.doudi.shared.security;

/** The roles of DOMAIN.md §1.2. A user holds one or more, always bound to one region. */
public enum Role {
    /** 村级社会救助协理员 */
    VILLAGE_COORDINATOR,
    /** 乡镇经办人 */
    TOWN_CASEWORKER,
    /** 乡镇审核确认人 */
    TOWN_APPROVER,
    /** 县级民政 */
    COUNTY_OFFICER,
    /** 县级乡村振兴 */
    COUNTY_REVITALISATION,
    /** 市级监督 — read-only */
    CITY_SUPERVISOR,
    /** 系统管理员 */
    ADMINISTRATOR;

    /** The authority name Spring Security checks, e.g. {@code ROLE_TOWN_CASEWORKER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
