package org.doudi.registry;

/** Ends a dated fact: the last month ({@code yyyy-MM}) of an income item, the last day ({@code yyyy-MM-dd}) of the others. */
public record FactEnd(String to) {
}
