/**
 * Casework (DOMAIN.md §3): an application for a programme, taken through its statutory procedure. Each
 * procedure is an explicit state machine — {@link org.doudi.casework.CaseState}, named
 * {@link org.doudi.casework.CaseAction}s and the guarded transitions of {@link org.doudi.casework.DibaoProcedure}
 * — with a due date in working days for every step ({@link org.doudi.casework.Deadlines}). So far: 低保.
 */
package org.doudi.casework;
