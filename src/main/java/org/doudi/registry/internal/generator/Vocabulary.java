package org.doudi.registry.internal.generator;

/**
 * The values the generator writes for person facts whose values the registry keeps as text
 * ({@code PersonFactKind.acceptedValues()}): labour capacity, schooling, employment, supporters.
 * The other codes come straight from the registry's public enums.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    enum LabourCapacity { FULL, PARTIAL, NONE }

    enum Schooling { NONE, COMPULSORY, HIGH_SCHOOL, VOCATIONAL, UNIVERSITY }

    enum Employment { EMPLOYED, SELF_EMPLOYED, FARMING, MIGRANT_WORK, UNEMPLOYED, RETIRED }

    enum Supporters { NONE, UNABLE, ABLE }
}
