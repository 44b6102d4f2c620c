package org.doudi.registry;

/**
 * Rigid spending as entered: {@link ExpenseKind}, amount in yuan, month {@code yyyy-MM}, and optionally
 * the current member it was for ({@code personId}).
 */
public record ExpenseForm(String personId, String kind, String amount, String month, String description) {
}
