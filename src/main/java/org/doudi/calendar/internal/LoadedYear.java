package org.doudi.calendar.internal;

/** A calendar year in the database: where it came from, and how many holidays and make-up working days it lists. */
record LoadedYear(int year, String source, int holidays, int workdays) {
}
