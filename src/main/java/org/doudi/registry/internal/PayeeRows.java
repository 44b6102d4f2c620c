package org.doudi.registry.internal;

import static org.doudi.registry.internal.HouseholdViews.scopeParams;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doudi.region.RegionScope;
import org.doudi.registry.BankAccount;
import org.doudi.registry.Payee;
import org.doudi.registry.PayeeHousehold;
import org.doudi.registry.Relation;
import org.doudi.registry.Residence;
import org.doudi.shared.pii.PiiProtector;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registry read in bulk for payrolls: ten thousand households (or people) per statement, their ids one array
 * parameter ({@code = any(?)}, as {@code PersonRows.locate}), whatever the size of the payroll. Every statement
 * carries the actor's region range on the household — written {@code (region_code || '') between …} so that it
 * filters but never drives the plan: the ids do. PostgreSQL's generic plan of a prepared statement would otherwise
 * scan the whole region's index and test each of its rows against the ids (3 s a statement instead of 5 ms). Ten
 * thousand rather than a thousand: per household, a statement of a thousand literals cost about two and a half
 * times as much (97 ms for 1,000 households, 373 ms for 10,000; docs/PERFORMANCE.md, "Payroll generation").
 */
@Repository
class PayeeRows {

    static final int CHUNK = 10_000;

    private final JdbcClient jdbc;
    private final PiiProtector pii;

    PayeeRows(JdbcClient jdbc, PiiProtector pii) {
        this.jdbc = jdbc;
        this.pii = pii;
    }

    List<PayeeHousehold> payees(Collection<Long> householdIds, RegionScope scope) {
        record Row(long householdId, String regionCode, Residence residence, Payee payee) {
        }
        Map<Long, List<Row>> byHousehold = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(householdIds)) {
            jdbc.sql("""
                            select h.id as household_id, h.region_code, h.residence, p.id as person_id, p.name,
                                   p.relation, p.bank_name, p.bank_account_masked, p.bank_account_hash, p.died_on
                              from household h left join person p on p.household_id = h.id
                             where h.id = any(:ids) and (h.region_code || '') between :lo and :hi
                             order by h.id, p.id""")
                    .param("ids", bigints(chunk)).params(scopeParams(scope))
                    .query((rs, n) -> {
                        long personId = rs.getLong("person_id");
                        Payee payee = rs.wasNull() ? null : new Payee(personId, rs.getString("name"),
                                relation(rs.getString("relation")), rs.getString("bank_name"),
                                rs.getString("bank_account_masked"), rs.getString("bank_account_hash"),
                                rs.getObject("died_on", java.time.LocalDate.class));
                        return new Row(rs.getLong("household_id"), rs.getString("region_code"),
                                Residence.valueOf(rs.getString("residence")), payee);
                    })
                    .list()
                    .forEach(r -> byHousehold.computeIfAbsent(r.householdId(), k -> new ArrayList<>()).add(r));
        }
        List<PayeeHousehold> out = new ArrayList<>(byHousehold.size());
        byHousehold.forEach((id, rows) -> out.add(new PayeeHousehold(id, rows.get(0).regionCode(),
                rows.get(0).residence(), rows.stream().map(Row::payee).filter(p -> p != null).toList())));
        return out;
    }

    Map<Long, BankAccount> bankAccounts(Collection<Long> personIds, RegionScope scope) {
        Map<Long, BankAccount> out = new HashMap<>();
        for (List<Long> chunk : chunks(personIds)) {
            jdbc.sql("""
                            select p.id, p.name, p.bank_name, p.bank_account_enc, p.bank_account_hash, p.died_on
                              from person p join household h on h.id = p.household_id
                             where p.id = any(:ids) and (h.region_code || '') between :lo and :hi
                               and p.bank_account_enc is not null""")
                    .param("ids", bigints(chunk)).params(scopeParams(scope))
                    .query((rs, n) -> new BankAccount(rs.getLong("id"), rs.getString("name"), rs.getString("bank_name"),
                            pii.decrypt(rs.getString("bank_account_enc")), rs.getString("bank_account_hash"),
                            rs.getObject("died_on", java.time.LocalDate.class)))
                    .list()
                    .forEach(a -> out.put(a.personId(), a));
        }
        return out;
    }

    private static Relation relation(String code) {
        return code == null ? null : Relation.valueOf(code);
    }

    /** The ids as one array parameter, built on the statement's own connection. */
    private static SqlParameterValue bigints(List<Long> ids) {
        Object[] values = ids.toArray();
        SqlTypeValue array = (ps, index, sqlType, typeName) ->
                ps.setArray(index, ps.getConnection().createArrayOf("bigint", values));
        return new SqlParameterValue(Types.ARRAY, array);
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = ids.stream().distinct().toList();
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
