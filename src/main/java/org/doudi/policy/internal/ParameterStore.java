package org.doudi.policy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.doudi.policy.ParameterChange;
import org.doudi.policy.ParameterChange.Status;
import org.doudi.policy.ParameterDefinition;
import org.doudi.policy.ParameterEntry;
import org.doudi.region.RegionScope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The policy tables. Every statement that reads changes for a user carries the region range. */
@Repository
class ParameterStore {

    private static final String CHANGE_COLUMNS = "id, name, region_code, effective_date, value_text, status, reason, "
            + "proposed_by, proposed_at, decided_by, decided_at, decision_reason";

    private static final RowMapper<ParameterDefinition> DEFINITION = (rs, n) -> new ParameterDefinition(
            rs.getString("name"), rs.getString("description"), rs.getString("unit"), rs.getString("source_document"));

    private static final RowMapper<ParameterEntry> ENTRY = (rs, n) -> new ParameterEntry(rs.getString("name"),
            rs.getString("region_code"), rs.getObject("effective_date", LocalDate.class), rs.getString("value_text"));

    private static final RowMapper<ParameterChange> CHANGE = (rs, n) -> new ParameterChange(rs.getLong("id"),
            rs.getString("name"), rs.getString("region_code"), rs.getObject("effective_date", LocalDate.class),
            rs.getString("value_text"), Status.valueOf(rs.getString("status")), rs.getString("reason"),
            rs.getString("proposed_by"), instant(rs, "proposed_at"), rs.getString("decided_by"),
            instant(rs, "decided_at"), rs.getString("decision_reason"));

    /** A row to insert: an entry and its state. Decision fields are null for a proposal. */
    record NewRow(ParameterEntry entry, Status status, String reason, String proposedBy, Instant proposedAt,
                  String decidedBy, Instant decidedAt) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    ParameterStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    // ---------------------------------------------------------------- definitions

    List<ParameterDefinition> definitions() {
        return jdbc.sql("select name, description, unit, source_document from parameter_definition order by name")
                .query(DEFINITION).list();
    }

    Optional<ParameterDefinition> definition(String name) {
        return jdbc.sql("select name, description, unit, source_document from parameter_definition where name = ?")
                .param(name).query(DEFINITION).optional();
    }

    boolean noDefinitions() {
        return jdbc.sql("select count(*) from parameter_definition").query(Long.class).single() == 0;
    }

    void insertDefinitions(Collection<ParameterDefinition> definitions, Instant at) {
        SqlParameterSource[] rows = definitions.stream().map(d -> new MapSqlParameterSource()
                .addValue("name", d.name()).addValue("description", d.description()).addValue("unit", d.unit())
                .addValue("reference", d.reference()).addValue("at", Timestamp.from(at))).toArray(SqlParameterSource[]::new);
        named.batchUpdate("""
                insert into parameter_definition (name, description, unit, source_document, created_at)
                values (:name, :description, :unit, :reference, :at)
                """, rows);
    }

    // ---------------------------------------------------------------- approved entries

    List<ParameterEntry> approvedEntries() {
        return jdbc.sql("select name, region_code, effective_date, value_text from parameter_entry where status = 'APPROVED'")
                .query(ENTRY).list();
    }

    List<ParameterEntry> approvedEntriesOf(String regionCode) {
        return jdbc.sql("""
                        select name, region_code, effective_date, value_text from parameter_entry
                        where status = 'APPROVED' and region_code = ? order by name, effective_date
                        """)
                .param(regionCode).query(ENTRY).list();
    }

    boolean approvedExists(String name, String regionCode, LocalDate since) {
        return jdbc.sql("""
                        select count(*) from parameter_entry
                        where name = ? and region_code = ? and approved_effective_date = ?
                        """)
                .params(name, regionCode, since).query(Long.class).single() > 0;
    }

    // ---------------------------------------------------------------- changes

    /** Inserts the rows in one batch; returns their ids in the same order. */
    List<Long> insert(List<NewRow> rows) {
        SqlParameterSource[] batch = rows.stream().map(r -> new MapSqlParameterSource()
                .addValue("name", r.entry().name()).addValue("region", r.entry().regionCode())
                .addValue("since", r.entry().since()).addValue("value", r.entry().value())
                .addValue("status", r.status().name()).addValue("reason", r.reason())
                .addValue("proposedBy", r.proposedBy()).addValue("proposedAt", Timestamp.from(r.proposedAt()))
                .addValue("decidedBy", r.decidedBy())
                .addValue("decidedAt", r.decidedAt() == null ? null : Timestamp.from(r.decidedAt()))
                .addValue("approvedSince", r.status() == Status.APPROVED ? r.entry().since() : null))
                .toArray(SqlParameterSource[]::new);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        named.batchUpdate("""
                insert into parameter_entry (name, region_code, effective_date, value_text, status, reason,
                                             proposed_by, proposed_at, decided_by, decided_at, approved_effective_date)
                values (:name, :region, :since, :value, :status, :reason,
                        :proposedBy, :proposedAt, :decidedBy, :decidedAt, :approvedSince)
                """, batch, keys, new String[] {"id"});
        return keys.getKeyList().stream().map(k -> ((Number) k.get("id")).longValue()).toList();
    }

    Optional<ParameterChange> find(long id, RegionScope scope) {
        return jdbc.sql("select " + CHANGE_COLUMNS + " from parameter_entry where id = ? and region_code between ? and ?")
                .params(id, scope.lo(), scope.hi()).query(CHANGE).optional();
    }

    /** The change, locked for the rest of the transaction so that two decisions cannot race. */
    Optional<ParameterChange> lock(long id, RegionScope scope) {
        return jdbc.sql("select " + CHANGE_COLUMNS
                        + " from parameter_entry where id = ? and region_code between ? and ? for update")
                .params(id, scope.lo(), scope.hi()).query(CHANGE).optional();
    }

    List<ParameterChange> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + CHANGE_COLUMNS + " from parameter_entry where id in (:ids) order by id")
                .param("ids", ids).query(CHANGE).list();
    }

    List<ParameterChange> withStatus(Status status, RegionScope scope) {
        return jdbc.sql("select " + CHANGE_COLUMNS + """
                         from parameter_entry where status = ? and region_code between ? and ?
                         order by proposed_at, id
                        """)
                .params(status.name(), scope.lo(), scope.hi()).query(CHANGE).list();
    }

    /** Pending proposals of one region, to spot a file row that is already proposed. */
    List<ParameterChange> pendingOf(String regionCode) {
        return jdbc.sql("select " + CHANGE_COLUMNS + " from parameter_entry where status = 'PROPOSED' and region_code = ?")
                .param(regionCode).query(CHANGE).list();
    }

    List<ParameterChange> history(String name, List<String> regionCodes) {
        return jdbc.sql("select " + CHANGE_COLUMNS + """
                         from parameter_entry where name = :name and region_code in (:regions)
                         order by region_code, effective_date, id
                        """)
                .param("name", name).param("regions", regionCodes).query(CHANGE).list();
    }

    /**
     * Moves a PROPOSED change to its decided state; returns false when it was no longer PROPOSED.
     * The status condition is what keeps an approved entry from ever being updated.
     */
    boolean decide(long id, Status to, String by, Instant at, String note) {
        return jdbc.sql("""
                        update parameter_entry
                        set status = :to, decided_by = :by, decided_at = :at, decision_reason = :note,
                            approved_effective_date = case when :to = 'APPROVED' then effective_date end
                        where id = :id and status = 'PROPOSED'
                        """)
                .param("to", to.name()).param("by", by).param("at", Timestamp.from(at)).param("note", note)
                .param("id", id).update() == 1;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
