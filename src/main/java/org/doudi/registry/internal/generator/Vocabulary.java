package org.doudi.registry.internal.generator;

/**
 * The registry's codes as the generator writes them into {@code household}, {@code person},
 * {@code person_fact}, {@code household_tag} … They mirror the registry API's enums of the same
 * names (DOMAIN.md §1.3, ASSESSMENT-API.md); the constant names are the stored codes.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    enum Residence { RURAL, URBAN }

    enum Sex {
        MALE("M"), FEMALE("F");

        final String code;

        Sex(String code) {
            this.code = code;
        }
    }

    enum Relation { HEAD, SPOUSE, CHILD, PARENT, SIBLING, GRANDCHILD, GRANDPARENT, OTHER }

    enum IncomeType {
        WAGE, BUSINESS, PROPERTY, TRANSFER, PENSION, BASIC_PENSION, ELDERLY_ALLOWANCE, PREFERENTIAL_CARE,
        FAMILY_PLANNING, AWARD, ASSISTANCE
    }

    enum DisabilityKind { PHYSICAL, VISUAL, HEARING, SPEECH, INTELLECTUAL, MENTAL, MULTIPLE }

    /** {@code person_fact.kind}; the values are those of the registry's PersonFactKind. */
    enum FactKind {
        SERIOUS_ILLNESS, UNABLE_ACTIVITIES, LABOUR_CAPACITY, SCHOOLING, EMPLOYMENT, SUPPORTERS, SUPPORT_MODE,
        ORPHAN, UNSUPPORTED_CHILD
    }

    enum LabourCapacity { FULL, PARTIAL, NONE }

    enum Schooling { NONE, COMPULSORY, HIGH_SCHOOL, VOCATIONAL, UNIVERSITY }

    enum Employment { EMPLOYED, SELF_EMPLOYED, FARMING, MIGRANT_WORK, UNEMPLOYED, RETIRED }

    enum Supporters { NONE, UNABLE, ABLE }

    enum AssetKind { FINANCIAL, VEHICLE, DWELLING, BUSINESS }

    enum ExpenseKind { MEDICAL, EDUCATION, REHABILITATION }

    enum Category { DIBAO, DIBAO_MARGINAL, TEKUN, ORPHAN, UNSUPPORTED_CHILD, MONITORED, EXPENDITURE_HARDSHIP, LEFT_BEHIND }

    enum Cause {
        ILLNESS, DISABILITY, SCHOOLING, DISASTER, LACK_OF_LABOUR, LACK_OF_SKILLS, LACK_OF_FUNDS, LACK_OF_LAND,
        LACK_OF_WATER, POOR_TRANSPORT, LACK_OF_DRIVE
    }
}
