package org.doudi.registry.internal.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.doudi.registry.Relation;
import org.doudi.registry.Residence;
import org.doudi.registry.Sex;

/**
 * Who lives in a household: its shape (an old person alone, a couple with children, three
 * generations, grandparents with grandchildren left behind …) and each member's relation, sex and
 * age. Ages follow the relations: children are born to a mother of 21–34, a head's parents are 22+
 * years older, grandchildren 42+ years younger. At most six members.
 */
final class Composition {

    static final int MAX_MEMBERS = 6;

    enum Shape {
        SINGLE_ELDER, ELDER_COUPLE, COUPLE_WITH_CHILDREN, THREE_GENERATIONS, GRANDPARENTS_WITH_GRANDCHILDREN,
        SINGLE_PARENT, COUPLE, SINGLE_ADULT, ADULT_WITH_PARENTS
    }

    private static final int[] RURAL_SHAPES = {10, 13, 30, 22, 5, 5, 7, 6, 2};
    private static final int[] URBAN_SHAPES = {9, 14, 35, 12, 1, 7, 12, 9, 1};

    private final Dice dice;
    private final LocalDate referenceDate;
    private final List<MemberDraft> members = new ArrayList<>();

    private Composition(Dice dice, LocalDate referenceDate) {
        this.dice = dice;
        this.referenceDate = referenceDate;
    }

    record Household(Village village, Shape shape, List<MemberDraft> members) {
    }

    static Household of(Dice dice, Residence residence, LocalDate referenceDate, Village village) {
        Shape shape = Shape.values()[dice.weighted(residence == Residence.RURAL ? RURAL_SHAPES : URBAN_SHAPES)];
        Composition c = new Composition(dice, referenceDate);
        c.compose(shape, residence);
        return new Household(village, shape, List.copyOf(c.members));
    }

    private void compose(Shape shape, Residence residence) {
        switch (shape) {
            case SINGLE_ELDER -> add(Relation.HEAD, dice.chance(0.6) ? Sex.FEMALE : Sex.MALE, dice.skewedLow(60, 96),
                    Names.surname(dice));
            case ELDER_COUPLE -> couple(dice.skewedLow(60, 92), 58);
            case COUPLE_WITH_CHILDREN -> {
                int[] ages = couple(dice.between(24, 58), 21);
                children(Relation.CHILD, Math.min(ages[0], ages[1]), childCount(residence), fatherSurname(), motherSurname());
            }
            case THREE_GENERATIONS -> {
                int[] ages = couple(dice.between(26, 58), 21);
                int parents = dice.chance(0.6) ? 1 : 2;
                children(Relation.CHILD, Math.min(ages[0], ages[1]), Math.min(childCount(residence), MAX_MEMBERS - 2 - parents),
                        fatherSurname(), motherSurname());
                parentsOfHead(parents);
            }
            case GRANDPARENTS_WITH_GRANDCHILDREN -> {
                int[] ages = dice.chance(0.7) ? couple(dice.between(52, 80), 48)
                        : new int[] {add(Relation.HEAD, dice.chance(0.5) ? Sex.FEMALE : Sex.MALE, dice.between(52, 80),
                                Names.surname(dice)).age, Integer.MAX_VALUE};
                int youngest = Math.min(ages[0], ages[1]);
                int count = 1 + dice.weighted(new int[] {55, 35, 10});
                String surname = dice.chance(0.75) ? fatherSurname() : Names.surname(dice);
                int top = Math.min(16, youngest - 42);
                for (int i = 0; i < count; i++) {
                    add(Relation.GRANDCHILD, childSex(), dice.between(0, top), surname);
                }
            }
            case SINGLE_PARENT -> {
                MemberDraft head = add(Relation.HEAD, dice.chance(0.7) ? Sex.FEMALE : Sex.MALE, dice.between(27, 55),
                        Names.surname(dice));
                String surname = head.sex == Sex.MALE || dice.chance(0.4) ? head.surname : Names.surname(dice);
                children(Relation.CHILD, head.age, 1 + dice.weighted(new int[] {65, 35}), surname, head.surname);
            }
            case COUPLE -> couple(dice.between(22, 59), 20);
            case SINGLE_ADULT -> add(Relation.HEAD, dice.chance(0.65) ? Sex.MALE : Sex.FEMALE, dice.between(20, 59),
                    Names.surname(dice));
            case ADULT_WITH_PARENTS -> {
                add(Relation.HEAD, dice.chance(0.6) ? Sex.MALE : Sex.FEMALE, dice.between(25, 55), Names.surname(dice));
                parentsOfHead(dice.chance(0.5) ? 1 : 2);
            }
        }
    }

    /** A married couple, the husband usually the head; returns {husband's age, wife's age}. */
    private int[] couple(int husbandAge, int youngestWife) {
        int wifeAge = Math.max(youngestWife, husbandAge - dice.between(-2, 5));
        String husbandSurname = Names.surname(dice);
        String wifeSurname = Names.surname(dice);
        if (dice.chance(0.85)) {
            add(Relation.HEAD, Sex.MALE, husbandAge, husbandSurname);
            add(Relation.SPOUSE, Sex.FEMALE, wifeAge, wifeSurname);
        } else {
            add(Relation.HEAD, Sex.FEMALE, wifeAge, wifeSurname);
            add(Relation.SPOUSE, Sex.MALE, husbandAge, husbandSurname);
        }
        return new int[] {husbandAge, wifeAge};
    }

    /** Children of a parent generation whose younger member is {@code parentAge}: born when it was 21–34. */
    private void children(Relation relation, int parentAge, int count, String surname, String otherSurname) {
        int age = Math.min(parentAge - dice.between(21, 34), dice.between(16, 30));
        for (int i = 0; i < count && age >= 0 && members.size() < MAX_MEMBERS; i++) {
            add(relation, childSex(), age, dice.chance(0.92) ? surname : otherSurname);
            age -= dice.between(1, 6);
        }
    }

    private void parentsOfHead(int count) {
        MemberDraft head = members.get(0);
        int fatherAge = head.age + dice.between(22, 34);
        int motherAge = Math.max(head.age + 21, fatherAge - dice.between(-2, 5));
        if (count == 2) {
            add(Relation.PARENT, Sex.MALE, fatherAge, head.surname);
            add(Relation.PARENT, Sex.FEMALE, motherAge, Names.surname(dice));
        } else if (dice.chance(0.65)) {
            add(Relation.PARENT, Sex.FEMALE, motherAge, Names.surname(dice));
        } else {
            add(Relation.PARENT, Sex.MALE, fatherAge, head.surname);
        }
    }

    private int childCount(Residence residence) {
        return 1 + dice.weighted(residence == Residence.RURAL ? new int[] {35, 50, 15} : new int[] {60, 37, 3});
    }

    private Sex childSex() {
        return dice.chance(0.515) ? Sex.MALE : Sex.FEMALE;
    }

    /** The surname children take: the husband's, who is the head or the spouse. */
    private String fatherSurname() {
        return members.stream().filter(m -> m.sex == Sex.MALE).findFirst().orElse(members.get(0)).surname;
    }

    private String motherSurname() {
        return members.stream().filter(m -> m.sex == Sex.FEMALE).findFirst().orElse(members.get(0)).surname;
    }

    private MemberDraft add(Relation relation, Sex sex, int age, String surname) {
        LocalDate birth = referenceDate.minusYears(age).minusDays(dice.between(0, 364));
        MemberDraft m = new MemberDraft(relation, sex, age, birth, surname);
        m.name = surname + Names.givenName(dice, sex, birth.getYear());
        members.add(m);
        return m;
    }
}
