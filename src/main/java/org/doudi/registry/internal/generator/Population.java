package org.doudi.registry.internal.generator;

import java.util.ArrayList;
import java.util.List;

import org.doudi.registry.internal.generator.SyntheticHousehold.Person;

/**
 * The households of a plan in order, with their ID numbers. Households are drafted independently;
 * ID numbers are issued in household order (the issuer remembers what it gave), so starting part-way
 * means replaying the households before — cheap, as nothing is encrypted or written.
 */
final class Population {

    private final PopulationPlan plan;
    private final HouseholdGenerator generator;
    private final IdNumberIssuer issuer;
    private long next;

    Population(PopulationPlan plan) {
        this.plan = plan;
        this.generator = new HouseholdGenerator(plan);
        this.issuer = new IdNumberIssuer(plan.seed(), plan.referenceDate());
    }

    long size() {
        return plan.spec().households();
    }

    boolean hasNext() {
        return next < size();
    }

    /** The index of the household {@link #next()} will give. */
    long position() {
        return next;
    }

    SyntheticHousehold next() {
        SyntheticHousehold draft = generator.draft(next++);
        String county = draft.village().countyPrefix();
        List<Person> members = new ArrayList<>(draft.members().size());
        for (Person p : draft.members()) {
            IdNumberIssuer.Issued id = issuer.issue(county, p.birthDate(), p.sex());
            members.add(p.withIdNumber(id.number(), id.birthDate()));
        }
        return new SyntheticHousehold(draft.index(), draft.village(), draft.residence(), draft.address(),
                draft.exitedPoverty(), draft.phone(), draft.registeredAt(), List.copyOf(members), draft.assets(),
                draft.expenses(), draft.categories(), draft.causes());
    }

    /**
     * The ID numbers of the next household's members, head first, without making the rest of it:
     * enough to replay a run up to a point, or to recognise its households in the database.
     */
    List<String> nextIdNumbers() {
        Composition.Household people = generator.people(next++);
        String county = people.village().countyPrefix();
        List<String> numbers = new ArrayList<>(people.members().size());
        for (MemberDraft m : people.members()) {
            numbers.add(issuer.issue(county, m.birthDate, m.sex).number());
        }
        return numbers;
    }

    List<SyntheticHousehold> next(int max) {
        List<SyntheticHousehold> chunk = new ArrayList<>(max);
        while (hasNext() && chunk.size() < max) {
            chunk.add(next());
        }
        return chunk;
    }

    void skipTo(long index) {
        while (next < index) {
            nextIdNumbers();
        }
    }
}
