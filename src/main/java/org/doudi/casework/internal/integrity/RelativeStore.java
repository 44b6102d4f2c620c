package org.doudi.casework.internal.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doudi.casework.RelativesRegister.Kinship;
import org.doudi.casework.RelativesRegister.StaffKind;
import org.doudi.region.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The register of staff's relatives. Lists and look-ups by id carry the caller's region range; the one
 * look-up by blind index does not: a case is matched against the whole register, wherever the staff
 * member works, because influence does not stop at a county line.
 */
@Repository
class RelativeStore {

    private static final String COLUMNS = "id, staff_kind, staff_username, staff_name, staff_role, region_code, "
            + "relative_name, relative_id_hash, relative_id_masked, relation, relation_note, registered_on, ended_on, "
            + "end_reason, registered_by, created_at, version";

    private final JdbcClient jdbc;

    RelativeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code staffKey}: who the staff member is, for the one-in-force-per-relative constraint. */
    long insert(RelativeRow r, String staffKey, String idEncrypted, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into relative_registration (staff_kind, staff_key, open_staff_key, staff_username, staff_name,
                    staff_role, region_code, relative_name, relative_id_enc, relative_id_hash, relative_id_masked,
                    relation, relation_note, registered_on, registered_by, created_at, updated_at, version)
                values (:kind, :key, :key, :username, :staffName, :role, :region, :name, :enc, :hash, :masked,
                    :relation, :note, :on, :by, :at, :at, 0)
                """)
                .param("kind", r.staffKind().name()).param("key", staffKey).param("username", r.staffUsername())
                .param("staffName", r.staffName()).param("role", r.staffRole()).param("region", r.regionCode())
                .param("name", r.name()).param("enc", idEncrypted).param("hash", r.idHash())
                .param("masked", r.idMasked()).param("relation", r.relation().name()).param("note", r.relationNote())
                .param("on", r.registeredOn()).param("by", r.registeredBy()).param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<RelativeRow> find(long id, RegionScope scope, String onlyOf) {
        return jdbc.sql("select " + COLUMNS + " from relative_registration where id = :id and "
                        + where(onlyOf, null))
                .param("id", id).params(params(scope, onlyOf, null))
                .query(RelativeStore::row).optional();
    }

    /** Ends a registration still in force at {@code version}; false when it changed meanwhile. */
    boolean end(long id, int version, LocalDate on, String reason, String by, Instant at, RegionScope scope) {
        return jdbc.sql("""
                update relative_registration set ended_on = :on, end_reason = :reason, ended_by = :by,
                    open_staff_key = null, updated_at = :at, version = version + 1
                 where id = :id and version = :version and ended_on is null and region_code between :lo and :hi
                """)
                .param("on", on).param("reason", reason).param("by", by).param("at", Timestamp.from(at))
                .param("id", id).param("version", version).param("lo", scope.lo()).param("hi", scope.hi())
                .update() == 1;
    }

    /** {@code onlyOf}: a user name to list only that user's registrations; {@code inForce}: null for both. */
    List<RelativeRow> list(RegionScope scope, String onlyOf, Boolean inForce, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from relative_registration where " + where(onlyOf, inForce)
                        + " order by region_code, staff_name, id offset :offset rows fetch next :size rows only")
                .params(params(scope, onlyOf, inForce)).param("offset", page * size).param("size", size)
                .query(RelativeStore::row).list();
    }

    long count(RegionScope scope, String onlyOf, Boolean inForce) {
        return jdbc.sql("select count(*) from relative_registration where " + where(onlyOf, inForce))
                .params(params(scope, onlyOf, inForce)).query(Long.class).single();
    }

    /** Every registration, in force or not, of a relative with one of these ID blind indexes. */
    List<RelativeRow> byIdHashes(Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from relative_registration where relative_id_hash in (:hashes) "
                        + "order by id")
                .param("hashes", List.copyOf(hashes)).query(RelativeStore::row).list();
    }

    private static String where(String onlyOf, Boolean inForce) {
        return "region_code between :lo and :hi"
                + (onlyOf == null ? "" : " and staff_username = :onlyOf")
                + (inForce == null ? "" : inForce ? " and ended_on is null" : " and ended_on is not null");
    }

    private static Map<String, Object> params(RegionScope scope, String onlyOf, Boolean inForce) {
        Map<String, Object> p = new HashMap<>();
        p.put("lo", scope.lo());
        p.put("hi", scope.hi());
        if (onlyOf != null) {
            p.put("onlyOf", onlyOf);
        }
        return p;
    }

    private static RelativeRow row(ResultSet rs, int n) throws SQLException {
        return new RelativeRow(rs.getLong("id"), StaffKind.valueOf(rs.getString("staff_kind")),
                rs.getString("staff_username"), rs.getString("staff_name"), rs.getString("staff_role"),
                rs.getString("region_code"), rs.getString("relative_name"), rs.getString("relative_id_hash"),
                rs.getString("relative_id_masked"), Kinship.valueOf(rs.getString("relation")),
                rs.getString("relation_note"), rs.getObject("registered_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class), rs.getString("end_reason"), rs.getString("registered_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
    }
}
