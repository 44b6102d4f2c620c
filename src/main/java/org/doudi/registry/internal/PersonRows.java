package org.doudi.registry.internal;

import static org.doudi.registry.internal.HouseholdViews.scopeParams;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.doudi.region.RegionScope;
import org.doudi.registry.IdNumber;
import org.doudi.registry.PersonLocation;
import org.doudi.registry.Relation;
import org.doudi.registry.internal.FormRules.DisabilityDraft;
import org.doudi.registry.internal.FormRules.FactDraft;
import org.doudi.registry.internal.FormRules.IncomeDraft;
import org.doudi.registry.internal.FormRules.MemberChangeDraft;
import org.doudi.registry.internal.FormRules.MemberDraft;
import org.doudi.shared.pii.Masking;
import org.doudi.shared.web.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.doudi.shared.pii.PiiProtector;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes people, their memberships and their dated facts. ID numbers and bank accounts go in as
 * three columns each: encrypted, blind index (to find them), masked (to list them); the plain value
 * is never stored. Callers have touched the person's household in scope first (see {@link HouseholdRows#touch}).
 */
@Repository
class PersonRows {

    private final JdbcClient jdbc;
    private final PiiProtector pii;

    PersonRows(JdbcClient jdbc, PiiProtector pii) {
        this.jdbc = jdbc;
        this.pii = pii;
    }

    /**
     * A person already registered under an ID number: their current household (null when they belong
     * to none) and the region of that household, or the region they were last in.
     */
    record Registered(long personId, String idNumberHash, String name, Long householdId, String regionCode) {
    }

    String blindIndex(IdNumber id) {
        return pii.blindIndex(id.value());
    }

    /**
     * Who is registered under these blind indexes, wherever they are. This is the one look-up that
     * ignores the actor's region, because an ID number is unique across the whole registry; callers
     * tell an actor outside the person's region only that the number is taken.
     */
    List<Registered> registered(Collection<String> idNumberHashes) {
        if (idNumberHashes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, id_number_hash, name, household_id, region_code from person
                         where id_number_hash in (:hashes)""")
                .param("hashes", idNumberHashes)
                .query((rs, n) -> new Registered(rs.getLong("id"), rs.getString("id_number_hash"), rs.getString("name"),
                        rs.getObject("household_id", Long.class), rs.getString("region_code")))
                .list();
    }

    /** {@link org.doudi.registry.Households#locate}: one query per {@value #LOCATE_CHUNK} indexes, each an array parameter. */
    List<PersonLocation> locate(Collection<String> idNumberHashes) {
        List<String> all = idNumberHashes.stream().distinct().toList();
        List<PersonLocation> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += LOCATE_CHUNK) {
            Object[] chunk = all.subList(from, Math.min(all.size(), from + LOCATE_CHUNK)).toArray();
            jdbc.sql("select id_number_hash, id, household_id, region_code, died_on from person"
                            + " where id_number_hash = any(?)")
                    .param(new SqlParameterValue(Types.ARRAY, new ArrayOf(chunk)))
                    .query((rs, n) -> new PersonLocation(rs.getString(1), rs.getLong(2), rs.getObject(3, Long.class),
                            rs.getString(4), rs.getObject(5, LocalDate.class)))
                    .list().forEach(found::add);
        }
        return found;
    }

    private static final int LOCATE_CHUNK = 10_000;

    List<PersonLocation> locateMembers(long householdId, RegionScope scope) {
        return jdbc.sql("""
                        select p.id_number_hash, p.id, p.household_id, h.region_code, p.died_on
                          from person p join household h on h.id = p.household_id
                         where p.household_id = :hid and h.region_code between :lo and :hi
                         order by p.id""")
                .param("hid", householdId).params(scopeParams(scope))
                .query((rs, n) -> new PersonLocation(rs.getString(1), rs.getLong(2), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** A varchar array built on the statement's own connection (H2 and PostgreSQL both take {@code = any(?)}). */
    private record ArrayOf(Object[] values) implements SqlTypeValue {

        @Override
        public void setTypeValue(PreparedStatement ps, int index, int sqlType, String typeName) throws SQLException {
            ps.setArray(index, ps.getConnection().createArrayOf("varchar", values));
        }
    }

    /**
     * A new person, member of the household from {@code m.since()}. The ID number was checked to be
     * free; if someone registered it in the meantime, the unique blind index refuses it (409).
     */
    long insert(MemberDraft m, long householdId, String regionCode) {
        KeyHolder key = new GeneratedKeyHolder();
        try {
            insertPerson(m, householdId, regionCode, key);
        } catch (DuplicateKeyException e) {
            String field = m.path().isEmpty() ? "idNumber" : m.path() + ".idNumber";
            throw new ConflictException(field + " was registered by someone else a moment ago; reload and try again");
        }
        long personId = key.getKey().longValue();
        openMembership(personId, householdId, m.relation(), m.since());
        return personId;
    }

    private void insertPerson(MemberDraft m, long householdId, String regionCode, KeyHolder key) {
        IdNumber id = m.idNumber();
        jdbc.sql("""
                        insert into person (name, id_number_enc, id_number_hash, id_number_masked, birth_date, sex,
                                            bank_name, bank_account_enc, bank_account_hash, bank_account_masked,
                                            household_id, relation, region_code, version)
                        values (:name, :idEnc, :idHash, :idMasked, :birth, :sex, :bankName, :accountEnc, :accountHash,
                                :accountMasked, :hid, :relation, :region, 0)""")
                .param("name", m.name()).param("idEnc", pii.encrypt(id.value())).param("idHash", blindIndex(id))
                .param("idMasked", Masking.idNumber(id.value())).param("birth", id.birthDate())
                .param("sex", id.sex().code()).param("bankName", m.bankName())
                .param("accountEnc", pii.encrypt(m.bankAccount())).param("accountHash", pii.blindIndex(m.bankAccount()))
                .param("accountMasked", Masking.bankAccount(m.bankAccount()))
                .param("hid", householdId).param("relation", m.relation().name()).param("region", regionCode)
                .update(key, "id");
    }

    /** A registered person who belongs to no household joins one. */
    void join(long personId, long householdId, Relation relation, String regionCode, LocalDate since,
              RegionScope scope) {
        jdbc.sql("""
                        update person set household_id = :hid, relation = :relation, region_code = :region,
                                          version = version + 1
                         where id = :pid and household_id is null and region_code between :lo and :hi""")
                .param("hid", householdId).param("relation", relation.name()).param("region", regionCode)
                .param("pid", personId).params(scopeParams(scope)).update();
        openMembership(personId, householdId, relation, since);
    }

    /** Ends the person's open membership of the household; they then belong to none. */
    void leave(long personId, long householdId, LocalDate on, String reason, RegionScope scope) {
        jdbc.sql("""
                        update membership set to_date = :on, reason = :reason
                         where person_id = :pid and household_id = :hid and to_date is null
                           and household_id in (select id from household where region_code between :lo and :hi)""")
                .param("on", on).param("reason", reason).param("pid", personId).param("hid", householdId)
                .params(scopeParams(scope)).update();
        jdbc.sql("""
                        update person set household_id = null, relation = null, version = version + 1
                         where id = :pid and household_id = :hid and region_code between :lo and :hi""")
                .param("pid", personId).param("hid", householdId).params(scopeParams(scope)).update();
    }

    /**
     * The last day the person joined or left a household: a new membership cannot start before it,
     * so that the history never has them in two households at once.
     */
    Optional<LocalDate> lastMembershipChange(long personId, RegionScope scope) {
        return jdbc.sql("""
                        select max(case when m.to_date is null or m.to_date < m.from_date then m.from_date
                                        else m.to_date end)
                          from membership m join person p on p.id = m.person_id
                         where m.person_id = :pid and p.region_code between :lo and :hi""")
                .param("pid", personId).params(scopeParams(scope)).query(LocalDate.class).list().stream()
                .filter(Objects::nonNull).findFirst();
    }

    /** The one-at-a-time facts of a person (disabilities and {@code PersonFactKind}s), to check for overlaps. */
    List<FormRules.Span> spans(long personId, RegionScope scope) {
        return jdbc.sql("""
                        select 'DISABILITY' as span_key, x.valid_from, x.valid_to from disability x
                          join person p on p.id = x.person_id
                         where x.person_id = :pid and p.region_code between :lo and :hi
                        union all
                        select x.kind, x.valid_from, x.valid_to from person_fact x
                          join person p on p.id = x.person_id
                         where x.person_id = :pid and p.region_code between :lo and :hi""")
                .param("pid", personId).params(scopeParams(scope))
                .query((rs, n) -> new FormRules.Span(null, rs.getString(1),
                        "DISABILITY".equals(rs.getString(1)) ? "disability" : rs.getString(1) + " fact",
                        rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .list();
    }

    private void openMembership(long personId, long householdId, Relation relation, LocalDate since) {
        jdbc.sql("""
                        insert into membership (person_id, household_id, relation, from_date)
                        values (:pid, :hid, :relation, :since)""")
                .param("pid", personId).param("hid", householdId).param("relation", relation.name())
                .param("since", since).update();
    }

    /** A member's own fields, only if still at {@code version}; false otherwise. */
    boolean update(long householdId, long personId, MemberChangeDraft c, RegionScope scope) {
        String account = c.bankAccount() == null && !c.removeBankAccount() ? "" : """
                , bank_account_enc = :accountEnc, bank_account_hash = :accountHash,
                  bank_account_masked = :accountMasked""";
        var statement = jdbc.sql("""
                        update person set name = :name, relation = :relation, bank_name = :bankName,
                                          died_on = :diedOn, version = version + 1""" + account + """
                        
                         where id = :pid and household_id = :hid and version = :version
                           and region_code between :lo and :hi""")
                .params(scopeParams(scope)).param("name", c.name()).param("relation", c.relation().name()).param("bankName", c.bankName())
                .param("diedOn", c.diedOn()).param("pid", personId).param("hid", householdId)
                .param("version", c.version());
        if (!account.isEmpty()) {
            statement = statement.param("accountEnc", pii.encrypt(c.bankAccount()))
                    .param("accountHash", pii.blindIndex(c.bankAccount()))
                    .param("accountMasked", Masking.bankAccount(c.bankAccount()));
        }
        if (statement.update() == 0) {
            return false;
        }
        jdbc.sql("""
                        update membership set relation = :relation
                         where person_id = :pid and household_id = :hid and to_date is null""")
                .param("relation", c.relation().name()).param("pid", personId).param("hid", householdId).update();
        return true;
    }

    /** The full ID number of a current member of a household in scope. */
    Optional<String> idNumber(long householdId, long personId, RegionScope scope) {
        return jdbc.sql("""
                        select p.id_number_enc from person p join household h on h.id = p.household_id
                         where p.id = :pid and p.household_id = :hid and h.region_code between :lo and :hi""")
                .param("pid", personId).param("hid", householdId).params(scopeParams(scope))
                .query(String.class).optional().map(pii::decrypt);
    }

    long insertIncome(long personId, IncomeDraft i) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into income_item (person_id, type, monthly, from_month, to_month, note)
                        values (:pid, :type, :monthly, :from, :to, :note)""")
                .param("pid", personId).param("type", i.type().name()).param("monthly", i.monthly())
                .param("from", i.from().atDay(1)).param("to", i.to() == null ? null : i.to().atDay(1))
                .param("note", i.note())
                .update(key, "id");
        return key.getKey().longValue();
    }

    long insertDisability(long personId, DisabilityDraft d) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into disability (person_id, kind, grade, valid_from, valid_to)
                        values (:pid, :kind, :grade, :from, :to)""")
                .param("pid", personId).param("kind", d.kind().name()).param("grade", d.grade())
                .param("from", d.from()).param("to", d.to())
                .update(key, "id");
        return key.getKey().longValue();
    }

    long insertFact(long personId, FactDraft f) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into person_fact (person_id, kind, fact_value, valid_from, valid_to)
                        values (:pid, :kind, :value, :from, :to)""")
                .param("pid", personId).param("kind", f.kind().name()).param("value", f.value())
                .param("from", f.from()).param("to", f.to())
                .update(key, "id");
        return key.getKey().longValue();
    }

    void endIncome(long personId, long incomeId, YearMonth to, RegionScope scope) {
        end("income_item", "to_month", personId, incomeId, to.atDay(1), scope);
    }

    void endDisability(long personId, long disabilityId, LocalDate to, RegionScope scope) {
        end("disability", "valid_to", personId, disabilityId, to, scope);
    }

    void endFact(long personId, long factId, LocalDate to, RegionScope scope) {
        end("person_fact", "valid_to", personId, factId, to, scope);
    }

    private void end(String table, String toColumn, long personId, long id, LocalDate to, RegionScope scope) {
        jdbc.sql("update " + table + " set " + toColumn + " = :to where id = :id and person_id = :pid and "
                        + toColumn + " is null"
                        + " and person_id in (select p.id from person p where p.region_code between :lo and :hi)")
                .param("to", to).param("id", id).param("pid", personId).params(scopeParams(scope)).update();
    }
}
