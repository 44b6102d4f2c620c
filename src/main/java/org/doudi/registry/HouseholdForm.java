package org.doudi.registry;

import java.util.List;

/**
 * A new household, as entered (every value a string, so that every problem can be reported at once,
 * by its path: {@code members[1].idNumber}, {@code members[0].incomes[0].monthly}).
 *
 * @param regionCode the village or community; defaults to the actor's own region when that is a village
 * @param residence  {@link Residence}
 * @param categories {@link HouseholdCategory} names
 * @param causes     {@link PovertyCause} names
 * @param members    at least one, exactly one of them with relation HEAD
 * @param assets     optional
 */
public record HouseholdForm(String regionCode, String address, String residence, Boolean exitedPoverty, String phone,
                            List<String> categories, List<String> causes, List<MemberForm> members,
                            List<AssetForm> assets) {
}
