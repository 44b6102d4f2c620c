/**
 * Casework (DOMAIN.md §3): an application for a programme, taken through its statutory procedure. Each
 * procedure family is an explicit state machine — {@link org.doudi.casework.CaseState}, named
 * {@link org.doudi.casework.CaseAction}s and the guarded transitions of a {@link org.doudi.casework.Procedure}
 * (低保, 特困, the allowances, emergency and expenditure temporary assistance, medical assistance per bill;
 * decision 0017) — with a due date in working days for every step, a decider set by the county's parameters
 * and maker-checker (decision 0018). {@link org.doudi.casework.Cases} is the API for other modules.
 */
package org.doudi.casework;
