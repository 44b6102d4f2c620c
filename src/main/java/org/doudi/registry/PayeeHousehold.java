package org.doudi.registry;

import java.util.List;

/** A household as a payroll reads it: its region and residence now, and its current members (dead ones too). */
public record PayeeHousehold(long householdId, String regionCode, Residence residence, List<Payee> members) {

    public PayeeHousehold {
        members = List.copyOf(members);
    }
}
