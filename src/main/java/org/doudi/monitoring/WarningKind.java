package org.doudi.monitoring;

/** The four kinds of warning of DOMAIN.md §3.5, each with the follow-up it normally gets. */
public enum WarningKind {
    /** (1) a policy the person already qualifies for is not in place → put it in place (start an application) */
    POLICY_NOT_IN_PLACE,
    /** (2) they may qualify for something else → push to that department */
    MAY_QUALIFY_ELSEWHERE,
    /** (3) complex → a case-by-case decision (一事一议) */
    CASE_BY_CASE,
    /** (4) they may no longer qualify → verify and stop */
    MAY_NO_LONGER_QUALIFY
}
