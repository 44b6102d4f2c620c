package org.doudi.policy;

import java.time.LocalDate;
import java.util.Optional;

/** The policy module's API for calculations: approved parameters only, resolved by region and date. */
public interface PolicyParameters {

    Optional<ResolvedParameter> resolve(String name, String regionCode, LocalDate date);

    /** Every parameter for one (region, date), resolved once; cheap to call repeatedly (cached). */
    ParameterSnapshot snapshot(String regionCode, LocalDate date);
}
