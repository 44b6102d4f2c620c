package org.doudi.exchange;

/**
 * What is wrong in a file: {@code row} as a spreadsheet numbers it (the header is row 1; 0 is the file as a
 * whole), the {@code column} as named in the layout (null when the row as a whole is at fault).
 */
public record RowProblem(int row, String column, String message) {
}
