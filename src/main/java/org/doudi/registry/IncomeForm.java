package org.doudi.registry;

/**
 * An income item as entered: {@code type} an {@link IncomeType}, {@code monthly} yuan (≥ 0, at most
 * two decimals), {@code from} and {@code to} months {@code yyyy-MM} inclusive ({@code to} optional).
 */
public record IncomeForm(String type, String monthly, String from, String to, String note) {
}
