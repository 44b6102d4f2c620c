package org.doudi.registry.internal.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.doudi.registry.internal.generator.SyntheticHousehold.Person;
import org.doudi.registry.HouseholdCategory;
import org.doudi.registry.PovertyCause;
import org.doudi.registry.ExpenseKind;
import org.doudi.registry.PersonFactKind;
import org.doudi.registry.IncomeType;
import org.doudi.registry.Relation;
import org.doudi.registry.Residence;
import org.doudi.registry.Sex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator on its own (no database): reproducible, valid and plausible. */
class SyntheticPopulationTest {

    static final LocalDate REFERENCE = TestPlans.plan(1, 1).referenceDate();
    static List<SyntheticHousehold> population;

    @BeforeAll
    static void generate() {
        population = new Population(TestPlans.plan(12_000, 42)).next(12_000);
    }

    @Test
    void theSameSeedAndSizeGiveTheSamePopulationToTheByte() throws Exception {
        assertThat(digest(new Population(TestPlans.plan(3000, 42)).next(3000)))
                .isEqualTo(digest(new Population(TestPlans.plan(3000, 42)).next(3000)))
                .isEqualTo(digest(population.subList(0, 3000)));
        assertThat(digest(new Population(TestPlans.plan(3000, 43)).next(3000)))
                .isNotEqualTo(digest(population.subList(0, 3000)));
    }

    @Test
    void aLargerRunBeginsWithTheHouseholdsOfASmallerOne() throws Exception {
        assertThat(digest(new Population(TestPlans.plan(500, 42)).next(500))).isEqualTo(digest(population.subList(0, 500)));
    }

    @Test
    void replayingToAHouseholdGivesItAsIfGeneratedFromTheStart() {
        Population resumed = new Population(TestPlans.plan(12_000, 42));
        resumed.skipTo(10_345);
        assertThat(resumed.next(10)).isEqualTo(population.subList(10_345, 10_355));
    }

    @Test
    void everyIdNumberIsValidAgreesWithThePersonAndIsUnique() {
        Set<String> seen = new HashSet<>();
        for (SyntheticHousehold h : population) {
            for (Person p : h.members()) {
                String id = p.idNumber();
                assertThat(id).hasSize(18).matches("\\d{17}[\\dX]");
                assertThat(id.charAt(17)).as(id).isEqualTo(expectedCheckCharacter(id));
                assertThat(id.substring(0, 6)).isEqualTo(h.village().code().substring(0, 6));
                assertThat(LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14)))
                        .isEqualTo(p.birthDate());
                assertThat((id.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE).isEqualTo(p.sex());
                assertThat(id.substring(14, 17)).isNotEqualTo("000");
                assertThat(seen.add(id)).as("duplicate " + id).isTrue();
            }
        }
    }

    @Test
    void agesAgreeWithRelations() {
        for (SyntheticHousehold h : population) {
            List<Person> m = h.members();
            assertThat(m).hasSizeBetween(1, 6);
            assertThat(m.get(0).relation()).isEqualTo(Relation.HEAD);
            assertThat(m.stream().filter(p -> p.relation() == Relation.HEAD)).hasSize(1);
            Person head = m.get(0);
            assertThat(age(head)).as(h.toString()).isGreaterThanOrEqualTo(18);
            for (Person p : m) {
                assertThat(p.birthDate()).isBeforeOrEqualTo(REFERENCE);
                assertThat(p.memberSince()).isAfterOrEqualTo(p.birthDate()).isBeforeOrEqualTo(REFERENCE);
                switch (p.relation()) {
                    case SPOUSE -> {
                        assertThat(age(p)).isGreaterThanOrEqualTo(20);
                        assertThat(p.sex()).isNotEqualTo(head.sex());
                    }
                    case CHILD -> {
                        assertThat(yearsBetween(p, head)).as(h.toString()).isGreaterThanOrEqualTo(16);
                        m.stream().filter(s -> s.relation() == Relation.SPOUSE)
                                .forEach(s -> assertThat(yearsBetween(p, s)).isGreaterThanOrEqualTo(16));
                    }
                    case PARENT -> assertThat(yearsBetween(head, p)).isGreaterThanOrEqualTo(16);
                    case GRANDCHILD -> assertThat(yearsBetween(p, head)).isGreaterThanOrEqualTo(32);
                    default -> {
                    }
                }
            }
        }
    }

    @Test
    void everyVillageHasHouseholdsEvenInARunOfOneHouseholdPerVillage() {
        int villages = TestPlans.villages().size();
        Set<String> placed = new Population(TestPlans.plan(villages, 5)).next(villages).stream()
                .map(h -> h.village().code()).collect(Collectors.toSet());
        assertThat(placed).hasSize(villages);
    }

    @Test
    void householdsOfADistrictAreUrbanAndOfACountyRural() {
        for (SyntheticHousehold h : population) {
            assertThat(h.residence()).isEqualTo(h.village().code().substring(4, 6).compareTo("20") <= 0
                    ? Residence.URBAN : Residence.RURAL);
        }
    }

    @Test
    void disabilityIllnessAndLeavingPovertyAreAsCommonAsAsked() {
        long people = population.stream().mapToLong(h -> h.members().size()).sum();
        long disabled = persons().filter(p -> p.disability() != null).count();
        long ill = persons().filter(p -> has(p, PersonFactKind.SERIOUS_ILLNESS)).count();
        long rural = population.stream().filter(h -> h.residence() == Residence.RURAL).count();
        long exited = population.stream().filter(SyntheticHousehold::exitedPoverty).count();
        assertThat(100.0 * disabled / people).isBetween(5.0, 7.0);
        assertThat(100.0 * ill / people).isBetween(2.3, 3.7);
        assertThat(100.0 * exited / rural).isBetween(12.0, 18.0);
        assertThat(population).noneMatch(h -> h.exitedPoverty() && h.residence() == Residence.URBAN);
        assertThat(people / (double) population.size()).isBetween(2.3, 3.2);
    }

    @Test
    void incomesFitTheirEarnersAge() {
        for (SyntheticHousehold h : population) {
            for (Person p : h.members()) {
                int age = age(p);
                for (var income : p.incomes()) {
                    assertThat(income.monthly()).isPositive();
                    assertThat(income.from()).isBeforeOrEqualTo(YearMonth.from(REFERENCE));
                    if (income.to() != null) {
                        assertThat(income.to()).isAfterOrEqualTo(income.from());
                    }
                    switch (income.type()) {
                        case WAGE, BUSINESS -> assertThat(age).isGreaterThanOrEqualTo(16);
                        case BASIC_PENSION, PENSION, FAMILY_PLANNING -> assertThat(age).isGreaterThanOrEqualTo(55);
                        case ELDERLY_ALLOWANCE -> assertThat(age).isGreaterThanOrEqualTo(80);
                        default -> {
                        }
                    }
                }
                if (age >= 60) {
                    assertThat(p.incomes()).as(p.toString()).anyMatch(i -> i.type() == IncomeType.BASIC_PENSION
                            || i.type() == IncomeType.PENSION);
                }
            }
        }
    }

    @Test
    void categoriesCausesAndSpendingAgreeWithTheFacts() {
        for (SyntheticHousehold h : population) {
            List<Person> m = h.members();
            if (h.categories().contains(HouseholdCategory.DIBAO)) {
                assertThat(m.get(0).incomes()).anyMatch(i -> i.type() == IncomeType.ASSISTANCE);
                assertThat(m.get(0).bankAccount()).isNotNull();
            }
            if (h.categories().contains(HouseholdCategory.TEKUN)) {
                assertThat(m).hasSize(1);
                assertThat(m.get(0).facts()).anyMatch(f -> f.kind() == PersonFactKind.SUPPORTERS && !f.value().equals("ABLE"));
                assertThat(m.get(0).facts()).anyMatch(f -> f.kind() == PersonFactKind.SUPPORT_MODE);
            }
            if (h.categories().contains(HouseholdCategory.MONITORED)) {
                assertThat(h.residence()).isEqualTo(Residence.RURAL);
            }
            if (h.categories().contains(HouseholdCategory.ORPHAN)) {
                assertThat(m).anyMatch(p -> has(p, PersonFactKind.ORPHAN));
            }
            if (h.causes().contains(PovertyCause.ILLNESS)) {
                assertThat(m).anyMatch(p -> has(p, PersonFactKind.SERIOUS_ILLNESS));
            }
            if (h.causes().contains(PovertyCause.DISABILITY)) {
                assertThat(m).anyMatch(p -> p.disability() != null);
            }
            boolean poor = h.exitedPoverty() || h.categories().stream().anyMatch(c -> c != HouseholdCategory.LEFT_BEHIND
                    && c != HouseholdCategory.ORPHAN && c != HouseholdCategory.UNSUPPORTED_CHILD);
            assertThat(h.causes().isEmpty()).isEqualTo(!poor);
            for (var e : h.expenses()) {
                Person p = m.get(e.member());
                if (e.kind() == ExpenseKind.MEDICAL) {
                    assertThat(has(p, PersonFactKind.SERIOUS_ILLNESS)).isTrue();
                } else if (e.kind() == ExpenseKind.REHABILITATION) {
                    assertThat(p.disability()).isNotNull();
                } else {
                    assertThat(p.facts()).anyMatch(f -> f.kind() == PersonFactKind.SCHOOLING && !f.value().equals("COMPULSORY"));
                }
                assertThat(e.month()).isBefore(YearMonth.from(REFERENCE)).isAfterOrEqualTo(YearMonth.from(REFERENCE).minusMonths(12));
            }
            for (Person p : m) {
                if (p.disability() != null) {
                    assertThat(p.disability().grade()).isBetween(1, 4);
                    assertThat(p.disability().validFrom()).isAfter(p.birthDate()).isBefore(REFERENCE);
                }
                p.facts().forEach(f -> assertThat(f.validFrom()).isAfterOrEqualTo(p.birthDate()).isBeforeOrEqualTo(REFERENCE));
            }
        }
        Map<HouseholdCategory, Long> counts = new HashMap<>();
        population.forEach(h -> h.categories().forEach(c -> counts.merge(c, 1L, Long::sum)));
        assertThat(counts).containsKeys(HouseholdCategory.DIBAO, HouseholdCategory.TEKUN, HouseholdCategory.DIBAO_MARGINAL, HouseholdCategory.MONITORED,
                HouseholdCategory.LEFT_BEHIND);
        assertThat(100.0 * counts.get(HouseholdCategory.DIBAO) / population.size()).isBetween(2.0, 12.0);
    }

    @Test
    void bankAccountsAreValidCardNumbersAndNoTwoHouseholdsShareOne() {
        Set<String> seen = new HashSet<>();
        long heads = 0;
        for (SyntheticHousehold h : population) {
            for (Person p : h.members()) {
                if (p.bankAccount() == null) {
                    continue;
                }
                assertThat(p.relation()).isEqualTo(Relation.HEAD);
                String n = p.bankAccount().number();
                assertThat(n).matches("\\d{19}");
                assertThat(luhnValid(n)).as(n).isTrue();
                assertThat(seen.add(n)).isTrue();
                heads++;
            }
        }
        assertThat(heads).isBetween(population.size() / 3L, population.size() * 3L / 4);
    }

    private static java.util.stream.Stream<Person> persons() {
        return population.stream().flatMap(h -> h.members().stream());
    }

    private static boolean has(Person p, PersonFactKind kind) {
        return p.facts().stream().anyMatch(f -> f.kind() == kind && !f.value().equals("FALSE"));
    }

    private static int age(Person p) {
        return Period.between(p.birthDate(), REFERENCE).getYears();
    }

    /** Whole years from the elder's birth to the younger's. */
    private static int yearsBetween(Person younger, Person elder) {
        return Period.between(elder.birthDate(), younger.birthDate()).getYears();
    }

    /** GB 11643's check character, computed here independently of the generator. */
    private static char expectedCheckCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (1 << (17 - i)) % 11;
            sum += (id.charAt(i) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    private static boolean luhnValid(String number) {
        int sum = 0;
        for (int i = 0; i < number.length(); i++) {
            int d = number.charAt(number.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    static String digest(List<SyntheticHousehold> households) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (SyntheticHousehold h : households) {
            sha.update(h.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
