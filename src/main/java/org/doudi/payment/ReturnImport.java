package org.doudi.payment;

/**
 * What importing a bank return file did: rows read, payments newly confirmed paid or failed, rows that only
 * repeated what was known, and the payroll's state after it. {@code repeated}: this very file had been imported
 * before, and nothing changed.
 */
public record ReturnImport(long payrollId, int rows, int paid, int failed, int unchanged, boolean repeated,
                           PayrollState state) {
}
