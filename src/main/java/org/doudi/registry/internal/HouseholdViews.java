package org.doudi.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doudi.region.RegionScope;
import org.doudi.registry.Asset;
import org.doudi.registry.AssetKind;
import org.doudi.registry.Disability;
import org.doudi.registry.DisabilityKind;
import org.doudi.registry.Expense;
import org.doudi.registry.ExpenseKind;
import org.doudi.registry.HouseholdCategory;
import org.doudi.registry.HouseholdDetail;
import org.doudi.registry.HouseholdSummary;
import org.doudi.registry.IncomeItem;
import org.doudi.registry.IncomeType;
import org.doudi.registry.Member;
import org.doudi.registry.MemberIdIndex;
import org.doudi.registry.Membership;
import org.doudi.registry.Page;
import org.doudi.registry.PersonFact;
import org.doudi.registry.PersonFactKind;
import org.doudi.registry.PovertyCause;
import org.doudi.registry.Relation;
import org.doudi.registry.Residence;
import org.doudi.registry.Sex;
import org.doudi.shared.jdbc.IdChunk;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the registry into its views. Every statement carries the actor's region range on the
 * household's region code, so a household outside it reads exactly like one that does not exist.
 * Lists are read set-based: the members (and their facts) of a page of households in one query each.
 */
@Repository
class HouseholdViews {

    /** Joins a person-owned table aliased {@code x} to the current members of household {@code :hid} in scope. */
    private static final String OF_CURRENT_MEMBERS = """
             join person p on p.id = x.person_id
             join household h on h.id = p.household_id
            where p.household_id = :hid and h.region_code between :lo and :hi""";

    /** The same for the current members of the households {@code :hids}. */
    private static final String OF_CURRENT_MEMBERS_OF = """
             join person p on p.id = x.person_id
             join household h on h.id = p.household_id
            where p.household_id in (:hids) and h.region_code between :lo and :hi""";

    /** Joins a household-owned table aliased {@code x} to household {@code :hid} in scope. */
    private static final String OF_HOUSEHOLD = """
             join household h on h.id = x.household_id
            where x.household_id = :hid and h.region_code between :lo and :hi""";

    private static final RowMapper<IncomeItem> INCOME = (rs, n) -> new IncomeItem(rs.getLong("id"),
            IncomeType.valueOf(rs.getString("type")), rs.getBigDecimal("monthly"), month(rs, "from_month"),
            month(rs, "to_month"), rs.getString("note"));
    private static final RowMapper<Disability> DISABILITY = (rs, n) -> new Disability(rs.getLong("id"),
            DisabilityKind.valueOf(rs.getString("kind")), rs.getInt("grade"), date(rs, "valid_from"),
            date(rs, "valid_to"));
    private static final RowMapper<PersonFact> FACT = (rs, n) -> new PersonFact(rs.getLong("id"),
            PersonFactKind.valueOf(rs.getString("kind")), rs.getString("fact_value"), date(rs, "valid_from"),
            date(rs, "valid_to"));
    private static final RowMapper<Asset> ASSET = (rs, n) -> new Asset(rs.getLong("id"),
            AssetKind.valueOf(rs.getString("kind")), rs.getBigDecimal("asset_value"), rs.getBoolean("exempt"),
            rs.getString("description"), date(rs, "valid_from"), date(rs, "valid_to"));
    private static final RowMapper<Expense> EXPENSE = (rs, n) -> new Expense(rs.getLong("id"),
            rs.getObject("person_id", Long.class), ExpenseKind.valueOf(rs.getString("kind")),
            rs.getBigDecimal("amount"), month(rs, "spent_month"), rs.getString("description"));

    private static final String INCOME_COLUMNS = "x.id, x.person_id, x.type, x.monthly, x.from_month, x.to_month, x.note";
    private static final String DISABILITY_COLUMNS = "x.id, x.person_id, x.kind, x.grade, x.valid_from, x.valid_to";
    private static final String FACT_COLUMNS = "x.id, x.person_id, x.kind, x.fact_value, x.valid_from, x.valid_to";

    private final JdbcClient jdbc;

    HouseholdViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a search asks for, read and checked: each filter may be null. */
    record Criteria(RegionScope region, String namePrefix, String idNumberHash, HouseholdCategory category) {
    }

    Page<HouseholdSummary> search(RegionScope scope, Criteria criteria, int page, int size) {
        StringBuilder where = new StringBuilder(" from household h where h.region_code between :lo and :hi");
        Map<String, Object> params = new HashMap<>(scopeParams(scope));
        if (criteria.region() != null) {
            where.append(" and h.region_code between :regionLo and :regionHi");
            params.put("regionLo", criteria.region().lo());
            params.put("regionHi", criteria.region().hi());
        }
        if (criteria.namePrefix() != null) {
            where.append(" and exists (select 1 from person n where n.household_id = h.id"
                    + " and n.name like :name escape '\\')");
            params.put("name", likePrefix(criteria.namePrefix()));
        }
        if (criteria.idNumberHash() != null) {
            where.append(" and exists (select 1 from person i where i.household_id = h.id"
                    + " and i.id_number_hash = :idHash)");
            params.put("idHash", criteria.idNumberHash());
        }
        if (criteria.category() != null) {
            where.append(" and exists (select 1 from household_tag t where t.household_id = h.id"
                    + " and t.kind = 'CATEGORY' and t.code = :category)");
            params.put("category", criteria.category().name());
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        record Row(long id, String regionCode, String address, Residence residence, int version) {
        }
        List<Row> rows = jdbc.sql("select h.id, h.region_code, h.address, h.residence, h.version" + where
                        + " order by h.id limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("region_code"), rs.getString("address"),
                        Residence.valueOf(rs.getString("residence")), rs.getInt("version")))
                .list();
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<HeadAndCount>> members = membersOf(ids, scope);
        Map<Long, List<HouseholdCategory>> categories = categoriesOf(ids, scope);
        List<HouseholdSummary> items = rows.stream().map(r -> {
            List<HeadAndCount> of = members.getOrDefault(r.id(), List.of());
            HeadAndCount head = of.stream().filter(m -> m.relation() == Relation.HEAD).findFirst().orElse(null);
            return new HouseholdSummary(r.id(), r.regionCode(), r.address(), r.residence(),
                    head == null ? null : head.name(), head == null ? null : head.idNumberMasked(), of.size(),
                    categories.getOrDefault(r.id(), List.of()), r.version());
        }).toList();
        return new Page<>(items, page, size, total);
    }

    private record HeadAndCount(long householdId, String name, String idNumberMasked, Relation relation) {
    }

    private Map<Long, List<HeadAndCount>> membersOf(List<Long> householdIds, RegionScope scope) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        return group(jdbc.sql("""
                        select p.household_id, p.name, p.id_number_masked, p.relation
                          from person p join household h on h.id = p.household_id
                         where p.household_id in (:ids) and h.region_code between :lo and :hi""")
                .param("ids", householdIds).params(scopeParams(scope))
                .query((rs, n) -> new HeadAndCount(rs.getLong("household_id"), rs.getString("name"),
                        rs.getString("id_number_masked"), relation(rs.getString("relation"))))
                .list(), HeadAndCount::householdId);
    }

    private Map<Long, List<HouseholdCategory>> categoriesOf(List<Long> householdIds, RegionScope scope) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        record Tag(long householdId, HouseholdCategory category) {
        }
        Map<Long, List<Tag>> tags = group(jdbc.sql("""
                        select t.household_id, t.code from household_tag t join household h on h.id = t.household_id
                         where t.household_id in (:ids) and t.kind = 'CATEGORY' and h.region_code between :lo and :hi
                         order by t.household_id, t.code""")
                .param("ids", householdIds).params(scopeParams(scope))
                .query((rs, n) -> new Tag(rs.getLong("household_id"), HouseholdCategory.valueOf(rs.getString("code"))))
                .list(), Tag::householdId);
        Map<Long, List<HouseholdCategory>> out = new HashMap<>();
        tags.forEach((id, list) -> out.put(id, list.stream().map(Tag::category).toList()));
        return out;
    }

    Optional<HouseholdDetail> detail(long householdId, RegionScope scope) {
        record Head(String regionCode, String address, Residence residence, boolean exitedPoverty, String phone,
                    int version, java.time.Instant createdAt, java.time.Instant updatedAt) {
        }
        Optional<Head> head = jdbc.sql("""
                        select region_code, address, residence, exited_poverty, phone, version, created_at, updated_at
                          from household h where h.id = :hid and h.region_code between :lo and :hi""")
                .param("hid", householdId).params(scopeParams(scope))
                .query((rs, n) -> new Head(rs.getString("region_code"), rs.getString("address"),
                        Residence.valueOf(rs.getString("residence")), rs.getBoolean("exited_poverty"),
                        rs.getString("phone"), rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Head h = head.get();
        List<HouseholdCategory> categories = new ArrayList<>();
        List<PovertyCause> causes = new ArrayList<>();
        jdbc.sql("select x.kind, x.code from household_tag x" + OF_HOUSEHOLD + " order by x.kind, x.code")
                .param("hid", householdId).params(scopeParams(scope))
                .query((ResultSet rs) -> {
                    if ("CATEGORY".equals(rs.getString("kind"))) {
                        categories.add(HouseholdCategory.valueOf(rs.getString("code")));
                    } else {
                        causes.add(PovertyCause.valueOf(rs.getString("code")));
                    }
                });
        return Optional.of(new HouseholdDetail(householdId, h.regionCode(), h.address(), h.residence(),
                h.exitedPoverty(), h.phone(), categories, causes, members(householdId, null, scope),
                assets(householdId, null, scope), expenses(householdId, null, scope), history(householdId, scope),
                h.version(), h.createdAt(), h.updatedAt()));
    }

    /**
     * Many households at once, each as {@link #detail} reads it but without the membership history (batch jobs
     * judge households as they are now), in one query per table whatever the number of households: a screening
     * run reads a chunk of households this way.
     */
    List<HouseholdDetail> details(Collection<Long> householdIds, RegionScope scope) {
        // a chunk of consecutive households is selected by its range of ids (an index range scan, cheap to plan)
        IdChunk chunk = IdChunk.of(householdIds);
        Map<String, Object> params = new HashMap<>(scopeParams(scope));
        params.putAll(chunk.params("ids"));
        record Head(long id, String regionCode, String address, Residence residence, boolean exitedPoverty,
                    String phone, int version, java.time.Instant createdAt, java.time.Instant updatedAt) {
        }
        List<Head> heads = jdbc.sql("select id, region_code, address, residence, exited_poverty, phone, version,"
                        + " created_at, updated_at from household h where " + chunk.where("h.id", "ids")
                        + " and h.region_code between :lo and :hi order by h.id")
                .params(params)
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getString("region_code"), rs.getString("address"),
                        Residence.valueOf(rs.getString("residence")), rs.getBoolean("exited_poverty"),
                        rs.getString("phone"), rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .list().stream().filter(h -> chunk.contains(h.id())).toList();
        if (heads.isEmpty()) {
            return List.of();
        }
        // Everything else is read by the households just found in scope, and a row is kept only when its household
        // is one of them: the region's limit holds without joining the household table again. A join per table let
        // the planner, facing a list of scattered ids (a town's households are spread over the whole registry),
        // scan every household of the province for each chunk (docs/PERFORMANCE.md, "Screening").
        IdChunk found = IdChunk.of(heads.stream().map(Head::id).toList());
        Map<String, Object> ofFound = found.params("ids");
        String where = " where " + found.where("x.household_id", "ids");
        Map<Long, List<HouseholdCategory>> categories = new HashMap<>();
        Map<Long, List<PovertyCause>> causes = new HashMap<>();
        jdbc.sql("select x.household_id, x.kind, x.code from household_tag x" + where
                        + " order by x.household_id, x.kind, x.code")
                .params(ofFound)
                .query((ResultSet rs) -> {
                    long id = rs.getLong("household_id");
                    if (!found.contains(id)) {
                        return;
                    }
                    if ("CATEGORY".equals(rs.getString("kind"))) {
                        categories.computeIfAbsent(id, k -> new ArrayList<>())
                                .add(HouseholdCategory.valueOf(rs.getString("code")));
                    } else {
                        causes.computeIfAbsent(id, k -> new ArrayList<>()).add(PovertyCause.valueOf(rs.getString("code")));
                    }
                });
        record Person(long id, long householdId, String name, String idMasked, LocalDate birthDate, Sex sex,
                      Relation relation, LocalDate joined, String bankName, String bankAccountMasked, LocalDate diedOn,
                      int version) {
        }
        // when each joined their household: read by range and matched here (a join per person cost a probe each)
        record Membership(long person, long household) {
        }
        Map<Membership, LocalDate> joined = new HashMap<>();
        jdbc.sql("select x.person_id, x.household_id, x.from_date from membership x" + where + " and x.to_date is null")
                .params(ofFound)
                .query((ResultSet rs) -> {
                    if (found.contains(rs.getLong(2))) {
                        joined.put(new Membership(rs.getLong(1), rs.getLong(2)), date(rs, "from_date"));
                    }
                });
        // the head first, then by id: sorted here, as PostgreSQL compares text by the collation, slowly
        List<Person> people = jdbc.sql("select x.id, x.household_id, x.name, x.id_number_masked, x.birth_date, x.sex,"
                        + " x.relation, x.bank_name, x.bank_account_masked, x.died_on, x.version from person x" + where)
                .params(ofFound)
                .query((rs, n) -> new Person(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        date(rs, "birth_date"), Sex.ofCode(rs.getString(6)), relation(rs.getString(7)),
                        joined.get(new Membership(rs.getLong(1), rs.getLong(2))), rs.getString(8), rs.getString(9), date(rs, "died_on"),
                        rs.getInt(11)))
                .list().stream().filter(p -> found.contains(p.householdId()))
                .sorted(java.util.Comparator.comparingLong(Person::householdId)
                        .thenComparing(p -> p.relation() == Relation.HEAD ? 0 : 1).thenComparingLong(Person::id))
                .toList();
        PersonTables personal = personTables(people.stream().map(Person::id).toList());
        Map<Long, List<Member>> members = new HashMap<>();
        for (Person p : people) {
            members.computeIfAbsent(p.householdId(), k -> new ArrayList<>()).add(new Member(p.id(), p.name(),
                    p.idMasked(), p.birthDate(), p.sex(), p.relation(), p.joined(), p.bankName(),
                    p.bankAccountMasked(), p.diedOn(), personal.incomes().getOrDefault(p.id(), List.of()),
                    personal.disabilities().getOrDefault(p.id(), List.of()),
                    personal.facts().getOrDefault(p.id(), List.of()), p.version()));
        }
        Map<Long, List<Asset>> assets = new HashMap<>();
        jdbc.sql("select x.household_id, x.id, x.kind, x.asset_value, x.exempt, x.description, x.valid_from,"
                        + " x.valid_to from household_asset x" + where + " order by x.valid_from, x.id")
                .params(ofFound)
                .query((ResultSet rs) -> {
                    if (found.contains(rs.getLong("household_id"))) {
                        assets.computeIfAbsent(rs.getLong("household_id"), k -> new ArrayList<>()).add(ASSET.mapRow(rs, 0));
                    }
                });
        Map<Long, List<Expense>> expenses = new HashMap<>();
        jdbc.sql("select x.household_id, x.id, x.person_id, x.kind, x.amount, x.spent_month, x.description"
                        + " from household_expense x" + where + " order by x.spent_month, x.id")
                .params(ofFound)
                .query((ResultSet rs) -> {
                    if (found.contains(rs.getLong("household_id"))) {
                        expenses.computeIfAbsent(rs.getLong("household_id"), k -> new ArrayList<>())
                                .add(EXPENSE.mapRow(rs, 0));
                    }
                });
        return heads.stream().map(h -> new HouseholdDetail(h.id(), h.regionCode(), h.address(), h.residence(),
                h.exitedPoverty(), h.phone(), categories.getOrDefault(h.id(), List.of()),
                causes.getOrDefault(h.id(), List.of()), members.getOrDefault(h.id(), List.of()),
                assets.getOrDefault(h.id(), List.of()), expenses.getOrDefault(h.id(), List.of()),
                List.of(), h.version(), h.createdAt(), h.updatedAt())).toList();
    }

    private static Map<Long, List<PersonFact>> byKind(Map<Long, List<PersonFact>> facts) {
        facts.values().forEach(f -> f.sort(java.util.Comparator.comparing(x -> x.kind().name())));
        return facts;
    }

    /** The dated facts of a chunk's people, by person. */
    private record PersonTables(Map<Long, List<IncomeItem>> incomes, Map<Long, List<Disability>> disabilities,
                                Map<Long, List<PersonFact>> facts) {
    }

    /**
     * The income items, disabilities and facts of {@code people} (the chunk's members, read in scope). People of
     * consecutive households mostly have consecutive ids, so each table is read by the people's range of ids: one
     * index range scan, no join; scattered ids (people who moved between households, a town's people) as one array.
     * A row is kept only when it belongs to one of {@code people}, so the region's limit, applied when the people
     * were read, holds for these rows too.
     */
    private PersonTables personTables(List<Long> people) {
        if (people.isEmpty()) {
            return new PersonTables(Map.of(), Map.of(), Map.of());
        }
        IdChunk persons = IdChunk.of(people);
        String of = " where " + persons.where("x.person_id", "people");
        Map<String, Object> p = persons.params("people");
        return new PersonTables(
                byPerson("select " + INCOME_COLUMNS + " from income_item x" + of + " order by x.from_month, x.id", p,
                        INCOME, persons),
                byPerson("select " + DISABILITY_COLUMNS + " from disability x" + of + " order by x.valid_from, x.id",
                        p, DISABILITY, persons),
                // by date in the database, by kind here (a stable sort: the order #detail reads): PostgreSQL's
                // sort on the kind's text cost more than reading the rows
                byKind(byPerson("select " + FACT_COLUMNS + " from person_fact x" + of + " order by x.valid_from, x.id",
                        p, FACT, persons)));
    }

    /** The current members of a household (or only {@code personId}, when given) with their dated facts. */
    List<Member> members(long householdId, Long personId, RegionScope scope) {
        return membersOf(List.of(householdId), personId, scope).getOrDefault(householdId, List.of());
    }

    /**
     * The current members of several households (or only {@code personId}, when given) with their dated facts,
     * in four queries whatever the number of households; households outside the scope are absent.
     */
    Map<Long, List<Member>> membersOf(List<Long> householdIds, Long personId, RegionScope scope) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        String onePerson = personId == null ? "" : " and p.id = :pid";
        Map<String, Object> params = new HashMap<>(scopeParams(scope));
        params.put("hids", householdIds);
        if (personId != null) {
            params.put("pid", personId);
        }
        Map<Long, List<IncomeItem>> incomes = byPerson("select " + INCOME_COLUMNS + " from income_item x"
                + OF_CURRENT_MEMBERS_OF + onePerson + " order by x.from_month, x.id", params, INCOME);
        Map<Long, List<Disability>> disabilities = byPerson("select " + DISABILITY_COLUMNS + " from disability x"
                + OF_CURRENT_MEMBERS_OF + onePerson + " order by x.valid_from, x.id", params, DISABILITY);
        Map<Long, List<PersonFact>> facts = byPerson("select " + FACT_COLUMNS + " from person_fact x"
                + OF_CURRENT_MEMBERS_OF + onePerson + " order by x.kind, x.valid_from, x.id", params, FACT);
        Map<Long, List<Member>> out = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.id, p.household_id, p.name, p.id_number_masked, p.birth_date, p.sex, p.relation,
                               p.bank_name, p.bank_account_masked, p.died_on, p.version, m.from_date
                          from person p
                          join household h on h.id = p.household_id
                          left join membership m on m.person_id = p.id and m.household_id = p.household_id
                                                and m.to_date is null
                         where p.household_id in (:hids) and h.region_code between :lo and :hi""" + onePerson + """
                        
                         order by p.household_id, case when p.relation = 'HEAD' then 0 else 1 end, p.id""")
                .params(params)
                .query((ResultSet rs) -> {
                    long id = rs.getLong("id");
                    out.computeIfAbsent(rs.getLong("household_id"), k -> new ArrayList<>()).add(new Member(id,
                            rs.getString("name"), rs.getString("id_number_masked"), date(rs, "birth_date"),
                            Sex.ofCode(rs.getString("sex")), relation(rs.getString("relation")),
                            date(rs, "from_date"), rs.getString("bank_name"), rs.getString("bank_account_masked"),
                            date(rs, "died_on"), incomes.getOrDefault(id, List.of()),
                            disabilities.getOrDefault(id, List.of()), facts.getOrDefault(id, List.of()),
                            rs.getInt("version")));
                });
        return out;
    }

    /** Who belonged to household {@code householdId} (in scope) on {@code since} or later, with their ID's blind index. */
    List<MemberIdIndex> memberIdIndexes(long householdId, LocalDate since, RegionScope scope) {
        return jdbc.sql("""
                        select p.id, p.name, p.id_number_masked, p.id_number_hash, m.from_date, m.to_date
                          from membership m
                          join person p on p.id = m.person_id
                          join household h on h.id = m.household_id
                         where m.household_id = :hid and h.region_code between :lo and :hi
                           and (m.to_date is null or m.to_date >= :since)
                         order by m.from_date, m.id""")
                .param("hid", householdId).param("since", since).params(scopeParams(scope))
                .query((rs, n) -> new MemberIdIndex(rs.getLong("id"), rs.getString("name"),
                        rs.getString("id_number_masked"), rs.getString("id_number_hash"), date(rs, "from_date"),
                        date(rs, "to_date")))
                .list();
    }

    Optional<Member> member(long householdId, long personId, RegionScope scope) {
        return members(householdId, personId, scope).stream().findFirst();
    }

    Optional<IncomeItem> income(long householdId, long personId, long incomeId, RegionScope scope) {
        return memberFact("select " + INCOME_COLUMNS + " from income_item x", householdId, personId, incomeId,
                scope, INCOME);
    }

    Optional<Disability> disability(long householdId, long personId, long disabilityId, RegionScope scope) {
        return memberFact("select " + DISABILITY_COLUMNS + " from disability x", householdId, personId,
                disabilityId, scope, DISABILITY);
    }

    Optional<PersonFact> fact(long householdId, long personId, long factId, RegionScope scope) {
        return memberFact("select " + FACT_COLUMNS + " from person_fact x", householdId, personId, factId, scope,
                FACT);
    }

    List<Asset> assets(long householdId, Long assetId, RegionScope scope) {
        return jdbc.sql("select x.id, x.kind, x.asset_value, x.exempt, x.description, x.valid_from, x.valid_to"
                        + " from household_asset x" + OF_HOUSEHOLD + (assetId == null ? "" : " and x.id = :id")
                        + " order by x.valid_from, x.id")
                .param("hid", householdId).params(scopeParams(scope)).params(idParam(assetId))
                .query(ASSET).list();
    }

    List<Expense> expenses(long householdId, Long expenseId, RegionScope scope) {
        return jdbc.sql("select x.id, x.person_id, x.kind, x.amount, x.spent_month, x.description"
                        + " from household_expense x" + OF_HOUSEHOLD + (expenseId == null ? "" : " and x.id = :id")
                        + " order by x.spent_month, x.id")
                .param("hid", householdId).params(scopeParams(scope)).params(idParam(expenseId))
                .query(EXPENSE).list();
    }

    private List<Membership> history(long householdId, RegionScope scope) {
        return jdbc.sql("""
                        select x.person_id, p.name, x.relation, x.from_date, x.to_date, x.reason
                          from membership x join person p on p.id = x.person_id""" + OF_HOUSEHOLD + """
                        
                         order by x.from_date, x.id""")
                .param("hid", householdId).params(scopeParams(scope))
                .query((rs, n) -> new Membership(rs.getLong("person_id"), rs.getString("name"),
                        Relation.valueOf(rs.getString("relation")), date(rs, "from_date"), date(rs, "to_date"),
                        rs.getString("reason")))
                .list();
    }

    private <T> Optional<T> memberFact(String selectFrom, long householdId, long personId, long id, RegionScope scope,
                                       RowMapper<T> mapper) {
        return jdbc.sql(selectFrom + OF_CURRENT_MEMBERS + " and p.id = :pid and x.id = :id")
                .param("hid", householdId).param("pid", personId).param("id", id).params(scopeParams(scope))
                .query(mapper).optional();
    }

    private <T> Map<Long, List<T>> byPerson(String sql, Map<String, Object> params, RowMapper<T> mapper) {
        return byPerson(sql, params, mapper, null);
    }

    /** The rows of a person-owned table by person; with {@code only}, just those of its people. */
    private <T> Map<Long, List<T>> byPerson(String sql, Map<String, Object> params, RowMapper<T> mapper, IdChunk only) {
        Map<Long, List<T>> out = new HashMap<>();
        jdbc.sql(sql).params(params).query((ResultSet rs) -> {
            long person = rs.getLong("person_id");
            if (only == null || only.contains(person)) {
                out.computeIfAbsent(person, k -> new ArrayList<>()).add(mapper.mapRow(rs, 0));
            }
        });
        return out;
    }

    static Map<String, Object> scopeParams(RegionScope scope) {
        return Map.of("lo", scope.lo(), "hi", scope.hi());
    }

    private static Map<String, Object> idParam(Long id) {
        return id == null ? Map.of() : Map.of("id", id);
    }

    private static <T> Map<Long, List<T>> group(List<T> rows, java.util.function.ToLongFunction<T> key) {
        Map<Long, List<T>> out = new LinkedHashMap<>();
        rows.forEach(r -> out.computeIfAbsent(key.applyAsLong(r), k -> new ArrayList<>()).add(r));
        return out;
    }

    /** Escapes the wildcards of LIKE so that a name is matched as typed, from its start. */
    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Relation relation(String code) {
        return code == null ? null : Relation.valueOf(code);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static YearMonth month(ResultSet rs, String column) throws SQLException {
        LocalDate d = date(rs, column);
        return d == null ? null : YearMonth.from(d);
    }
}
