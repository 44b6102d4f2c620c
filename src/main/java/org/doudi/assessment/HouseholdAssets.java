package org.doudi.assessment;

import java.math.BigDecimal;
import java.util.List;

/** The household's assets for the assets test. Absent values mean none. */
public record HouseholdAssets(BigDecimal financial, List<Vehicle> vehicles, int extraDwellings,
                              BigDecimal businessCapital) {

    public static final HouseholdAssets NONE = new HouseholdAssets(BigDecimal.ZERO, List.of(), 0, BigDecimal.ZERO);

    public HouseholdAssets {
        financial = financial == null ? BigDecimal.ZERO : financial;
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
        businessCapital = businessCapital == null ? BigDecimal.ZERO : businessCapital;
    }

    /** {@code exempt}: a disability mobility vehicle, a two-wheel motorcycle or farm machinery. */
    public record Vehicle(BigDecimal value, boolean exempt) {
    }

    public long nonExemptVehicles() {
        return vehicles.stream().filter(v -> !v.exempt()).count();
    }
}
