package org.doudi.registry;

/**
 * Fills the registry with a synthetic population: households over the villages of a region, with
 * members, ID numbers, incomes, disabilities, illnesses, assets, expenses and categories that agree
 * with each other. The same {@link PopulationSpec} always gives the same population, so a demo, a
 * test or a benchmark can be reproduced from its seed.
 */
public interface SyntheticPopulation {

    /**
     * Generates {@code spec.households()} households into the target. Into the database, a run that
     * was stopped part-way continues where it stopped when started again with the same spec; a
     * finished run is not repeated.
     *
     * @throws GenerationRefusedException when the region already holds households that this spec
     *                                    did not generate, or has no villages
     */
    GenerationReport generate(PopulationSpec spec, GenerationTarget target, GenerationProgress progress);
}
