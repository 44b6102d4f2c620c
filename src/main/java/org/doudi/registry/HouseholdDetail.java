package org.doudi.registry;

import java.time.Instant;
import java.util.List;

/**
 * Everything the registry knows about a household: its current members with their dated facts, its
 * assets and rigid expenses, and the history of who belonged to it ({@code history}, including former
 * members). {@code version} changes with every write to the household or anything in it.
 */
public record HouseholdDetail(long id, String regionCode, String address, Residence residence, boolean exitedPoverty,
                              String phone, List<HouseholdCategory> categories, List<PovertyCause> causes,
                              List<Member> members, List<Asset> assets, List<Expense> expenses,
                              List<Membership> history, int version, Instant createdAt, Instant updatedAt) {
}
