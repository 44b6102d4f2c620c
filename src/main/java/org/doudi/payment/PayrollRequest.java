package org.doudi.payment;

/**
 * What to generate, as entered: a county code (12 digits), a programme (e.g. {@code DIBAO}) and a month
 * ({@code 2026-12}). A county officer's own county is the default when {@code countyCode} is blank.
 */
public record PayrollRequest(String countyCode, String programme, String month) {
}
