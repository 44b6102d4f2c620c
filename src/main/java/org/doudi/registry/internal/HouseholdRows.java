package org.doudi.registry.internal;

import static org.doudi.registry.internal.HouseholdViews.scopeParams;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.doudi.region.RegionScope;
import org.doudi.registry.HouseholdCategory;
import org.doudi.registry.PovertyCause;
import org.doudi.registry.internal.FormRules.AssetDraft;
import org.doudi.registry.internal.FormRules.ExpenseDraft;
import org.doudi.registry.internal.FormRules.HouseholdDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes to the household and what belongs to it directly (tags, assets, expenses). Every write to a
 * household's file starts with {@link #touch}: it raises the version and locks the row, with the
 * actor's region range in its WHERE clause, so nothing outside the region can be written and
 * concurrent writes to one household happen one after the other.
 */
@Repository
class HouseholdRows {

    private final JdbcClient jdbc;

    HouseholdRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(HouseholdDraft d, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into household (region_code, address, residence, exited_poverty, phone, created_at,
                                               updated_at, version)
                        values (:region, :address, :residence, :exited, :phone, :now, :now, 0)""")
                .param("region", d.regionCode()).param("address", d.address()).param("residence", d.residence().name())
                .param("exited", d.exitedPoverty()).param("phone", d.phone()).param("now", Timestamp.from(now))
                .update(key, "id");
        long id = key.getKey().longValue();
        replaceTags(id, d.categories(), d.causes());
        return id;
    }

    /** Raises the version of a household in scope and locks it; empty when there is none in scope. */
    Optional<String> touch(long householdId, RegionScope scope, Instant now) {
        int changed = jdbc.sql("""
                        update household set version = version + 1, updated_at = :now
                         where id = :hid and region_code between :lo and :hi""")
                .param("hid", householdId).param("now", Timestamp.from(now)).params(scopeParams(scope))
                .update();
        return changed == 0 ? Optional.empty() : regionOf(householdId, scope);
    }

    Optional<String> regionOf(long householdId, RegionScope scope) {
        return jdbc.sql("select region_code from household where id = :hid and region_code between :lo and :hi")
                .param("hid", householdId).params(scopeParams(scope)).query(String.class).optional();
    }

    /** The household's own fields, only if it is still at {@code version}; false when it is not (or not in scope). */
    boolean update(long householdId, int version, HouseholdDraft d, RegionScope scope, Instant now) {
        int changed = jdbc.sql("""
                        update household set region_code = :region, address = :address, residence = :residence,
                               exited_poverty = :exited, phone = :phone, updated_at = :now, version = version + 1
                         where id = :hid and version = :version and region_code between :lo and :hi""")
                .param("region", d.regionCode()).param("address", d.address()).param("residence", d.residence().name())
                .param("exited", d.exitedPoverty()).param("phone", d.phone()).param("now", Timestamp.from(now))
                .param("hid", householdId).param("version", version).params(scopeParams(scope))
                .update();
        if (changed == 0) {
            return false;
        }
        // people carry their household's region so that they can be found by region without a join
        jdbc.sql("update person set region_code = :region where household_id = :hid and region_code between :lo and :hi")
                .param("region", d.regionCode()).param("hid", householdId).params(scopeParams(scope)).update();
        replaceTags(householdId, d.categories(), d.causes());
        return true;
    }

    private void replaceTags(long householdId, List<HouseholdCategory> categories, List<PovertyCause> causes) {
        jdbc.sql("delete from household_tag where household_id = ?").param(householdId).update();
        for (HouseholdCategory c : categories) {
            insertTag(householdId, "CATEGORY", c.name());
        }
        for (PovertyCause c : causes) {
            insertTag(householdId, "CAUSE", c.name());
        }
    }

    private void insertTag(long householdId, String kind, String code) {
        jdbc.sql("insert into household_tag (household_id, kind, code) values (?, ?, ?)")
                .params(householdId, kind, code).update();
    }

    long insertAsset(long householdId, AssetDraft a) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into household_asset (household_id, kind, asset_value, exempt, description, valid_from,
                                                     valid_to)
                        values (:hid, :kind, :value, :exempt, :description, :from, :to)""")
                .param("hid", householdId).param("kind", a.kind().name()).param("value", a.value())
                .param("exempt", a.exempt()).param("description", a.description()).param("from", a.from())
                .param("to", a.to())
                .update(key, "id");
        return key.getKey().longValue();
    }

    void endAsset(long householdId, long assetId, LocalDate to, RegionScope scope) {
        jdbc.sql("""
                        update household_asset set valid_to = :to
                         where id = :id and household_id = :hid and valid_to is null
                           and household_id in (select id from household where region_code between :lo and :hi)""")
                .param("to", to).param("id", assetId).param("hid", householdId).params(scopeParams(scope)).update();
    }

    long insertExpense(long householdId, ExpenseDraft e) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into household_expense (household_id, person_id, kind, amount, spent_month, description)
                        values (:hid, :pid, :kind, :amount, :month, :description)""")
                .param("hid", householdId).param("pid", e.personId()).param("kind", e.kind().name())
                .param("amount", e.amount()).param("month", e.month().atDay(1)).param("description", e.description())
                .update(key, "id");
        return key.getKey().longValue();
    }
}
