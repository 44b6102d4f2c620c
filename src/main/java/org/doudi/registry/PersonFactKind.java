package org.doudi.registry;

import java.util.List;

/**
 * The dated facts about a person other than income and disability, and the values each takes
 * (stored in {@code person_fact.fact_value}). At most one fact of a kind is in force on a day.
 */
public enum PersonFactKind {
    /** 重病: the person has a serious illness */
    SERIOUS_ILLNESS("TRUE", "FALSE"),
    /** how many of the six self-care activities the person cannot do (eating, dressing, bed, toilet, walking indoors, bathing) */
    UNABLE_ACTIVITIES("0", "1", "2", "3", "4", "5", "6"),
    /** 劳动能力: full, partial (弱劳动力/半劳动力), none (丧失或无劳动能力) */
    LABOUR_CAPACITY("FULL", "PARTIAL", "NONE"),
    /** 在校情况 */
    SCHOOLING("NONE", "COMPULSORY", "HIGH_SCHOOL", "VOCATIONAL", "UNIVERSITY"),
    /** 就业情况 */
    EMPLOYMENT("EMPLOYED", "SELF_EMPLOYED", "FARMING", "MIGRANT_WORK", "UNEMPLOYED", "RETIRED"),
    /** 法定赡养、抚养、扶养义务人: none, all unable, at least one able */
    SUPPORTERS("NONE", "UNABLE", "ABLE"),
    /** 供养方式 for 特困 and orphans */
    SUPPORT_MODE("DISPERSED", "CENTRALISED"),
    /** 孤儿 */
    ORPHAN("TRUE", "FALSE"),
    /** 事实无人抚养儿童 */
    UNSUPPORTED_CHILD("TRUE", "FALSE"),
    /** Not counted as a member (DOMAIN.md §1.3), and why: clergy away 3+ years, prison, compulsory drug rehabilitation, declared missing */
    NOT_COUNTED("CLERGY_AWAY", "PRISON", "DRUG_REHABILITATION", "MISSING");

    private final List<String> accepted;

    PersonFactKind(String... values) {
        this.accepted = List.of(values);
    }

    public List<String> acceptedValues() {
        return accepted;
    }

    public boolean accepts(String value) {
        return accepted.contains(value);
    }
}
