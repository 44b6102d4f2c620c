package org.doudi.registry;

/** What a household owns, as the means test counts it. */
public enum AssetKind {
    /** deposits and other financial assets */
    FINANCIAL,
    /** a vehicle; exempt when it is a disability vehicle, a two-wheel motorcycle or farm machinery */
    VEHICLE,
    /** a dwelling beyond the one lived in */
    DWELLING,
    /** the registered capital of a business */
    BUSINESS
}
