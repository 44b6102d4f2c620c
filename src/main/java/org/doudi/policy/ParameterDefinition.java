package org.doudi.policy;

/**
 * What a parameter is: its name (e.g. {@code dibao.standard.rural}), what it means, the unit its
 * values are in (which also says what a valid value looks like) and the document it comes from.
 */
public record ParameterDefinition(String name, String description, String unit, String reference) {
}
