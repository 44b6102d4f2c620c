package org.doudi.registry;

import java.util.List;

/** A household in a list: who heads it (ID number masked), how many live in it, what it is known as. */
public record HouseholdSummary(long id, String regionCode, String address, Residence residence, String headName,
                               String headIdNumberMasked, int memberCount, List<HouseholdCategory> categories,
                               int version) {
}
