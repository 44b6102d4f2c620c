package org.doudi.registry.internal.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.doudi.registry.Relation;
import org.doudi.registry.Sex;
import org.doudi.registry.internal.generator.SyntheticHousehold.Disability;
import org.doudi.registry.internal.generator.SyntheticHousehold.Fact;
import org.doudi.registry.internal.generator.SyntheticHousehold.Income;
import org.doudi.registry.internal.generator.SyntheticHousehold.Person;
import org.doudi.registry.internal.generator.Vocabulary.Employment;
import org.doudi.registry.internal.generator.Vocabulary.LabourCapacity;
import org.doudi.registry.internal.generator.Vocabulary.Schooling;
import org.doudi.registry.internal.generator.Vocabulary.Supporters;

/**
 * A member while their household is being made up: the generator decides one thing after another
 * (who, then health, school, work, income) and each decision reads the earlier ones.
 */
final class MemberDraft {

    final Relation relation;
    final Sex sex;
    final int age;
    final LocalDate birthDate;
    final String surname;
    String name;
    LocalDate memberSince;
    Disability disability;
    LocalDate illSince;
    LabourCapacity labour;
    Schooling schooling = Schooling.NONE;
    Employment employment;
    LocalDate employedSince;
    Supporters supporters;
    int unableActivities;
    final List<Income> incomes = new ArrayList<>();
    final List<Fact> facts = new ArrayList<>();

    MemberDraft(Relation relation, Sex sex, int age, LocalDate birthDate, String surname) {
        this.relation = relation;
        this.sex = sex;
        this.age = age;
        this.birthDate = birthDate;
        this.surname = surname;
    }

    boolean seriouslyIll() {
        return illSince != null;
    }

    boolean disabled() {
        return disability != null;
    }

    boolean inSchool() {
        return schooling != Schooling.NONE;
    }

    /** Working age and not at school: the people a household lives from. */
    boolean ofWorkingAge() {
        return age >= 16 && age < 60 && !inSchool();
    }

    Person toPerson() {
        return new Person(name, null, birthDate, sex, relation, memberSince, null, List.copyOf(incomes), disability,
                List.copyOf(facts));
    }
}
