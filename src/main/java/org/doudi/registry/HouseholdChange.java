package org.doudi.registry;

import java.util.List;

/**
 * New values of a household's own fields (members and facts change through their own calls).
 * {@code version} is the one the change was based on: if the household changed since, the change
 * is refused (409). {@code regionCode} null keeps the region; null lists are empty lists and a null
 * {@code exitedPoverty} is false (the change replaces all of these fields).
 */
public record HouseholdChange(Integer version, String regionCode, String address, String residence,
                              Boolean exitedPoverty, String phone, List<String> categories, List<String> causes) {
}
