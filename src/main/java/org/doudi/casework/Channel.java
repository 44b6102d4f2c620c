package org.doudi.casework;

/** How an application reached the office (DOMAIN.md §3.1 step 1, §2.8 "found by"). */
public enum Channel {
    /** 一门受理: at the town's single window, by the household itself; recorded by the town caseworker. */
    SINGLE_WINDOW,
    /** 代为申请: on the household's behalf by the village coordinator; the town caseworker then accepts it. */
    VILLAGE,
    /** A call to the 12345 or 12317 hotline, recorded with the caller and the call's reference. */
    HOTLINE,
    /** 政策找人: opened from a monitoring warning, by its id. */
    WARNING
}
