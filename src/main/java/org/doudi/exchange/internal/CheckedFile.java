package org.doudi.exchange.internal;

import java.util.List;

import org.doudi.exchange.RowProblem;

/**
 * A feed file after every row was checked: how many data rows it had, how many were good and bad, the first
 * problems ({@code problems}, at most {@code FeedImports.PROBLEMS_KEPT}; {@code problemsTotal} counts all), and
 * whether it could not be read at all ({@code unreadable}: no row is then good).
 */
record CheckedFile(int rows, int good, int rejected, List<RowProblem> problems, int problemsTotal, boolean unreadable) {
}
