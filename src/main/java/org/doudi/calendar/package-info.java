/**
 * Working days (DOMAIN.md §3): every time limit of a procedure counts working days, from a calendar of
 * public holidays and make-up working days (调休) per year, loaded from data. {@link org.doudi.calendar.WorkingDays}
 * is the entry point; {@link org.doudi.calendar.WorkingCalendar} is the pure rule behind it.
 */
package org.doudi.calendar;
