package org.doudi.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.doudi.monitoring.RunMode;
import org.doudi.monitoring.RunState;
import org.doudi.region.RegionCodes;
import org.doudi.region.RegionScope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code screening_run} and {@code screening_run_rule} tables (V18): runs, their checkpoints and counts. */
@Repository
class RunStore {

    record RunRow(long id, String regionCode, RunMode mode, LocalDate asOf, Instant since, int chunkSize,
                  RunState state, String requestedBy, Instant startedAt, Instant finishedAt, Instant heartbeatAt,
                  String ownerInstance, int attempts, Long householdsTotal, long householdsDone, long lastHouseholdId,
                  int chunksDone, long matches, long warningsCreated, long alreadyOpen, long quiet,
                  long evaluationErrors, String lastError, String failure) {
    }

    record RuleCountRow(long ruleVersionId, String ruleCode, int ruleVersion, String name, long matches,
                        long warningsCreated, String sample) {
    }

    /** What one chunk adds to a run's counts. */
    record ChunkCounts(int households, long lastHouseholdId, long matches, long created, long alreadyOpen, long quiet,
                       long errors, String lastError) {
    }

    private static final String COLUMNS = """
            id, region_code, mode, as_of, since, chunk_size, state, requested_by, started_at, finished_at, heartbeat_at,
            owner_instance, attempts, households_total, households_done, last_household_id, chunks_done, matches,
            warnings_created, already_open, quiet, evaluation_errors, last_error, failure""";

    private static final RowMapper<RunRow> RUN = (rs, n) -> new RunRow(rs.getLong("id"), rs.getString("region_code"),
            RunMode.valueOf(rs.getString("mode")), rs.getObject("as_of", LocalDate.class), instant(rs, "since"),
            rs.getInt("chunk_size"), RunState.valueOf(rs.getString("state")), rs.getString("requested_by"),
            instant(rs, "started_at"), instant(rs, "finished_at"), instant(rs, "heartbeat_at"),
            rs.getString("owner_instance"), rs.getInt("attempts"), (Long) rs.getObject("households_total", Long.class),
            rs.getLong("households_done"), rs.getLong("last_household_id"), rs.getInt("chunks_done"),
            rs.getLong("matches"), rs.getLong("warnings_created"), rs.getLong("already_open"), rs.getLong("quiet"),
            rs.getLong("evaluation_errors"), rs.getString("last_error"), rs.getString("failure"));

    private final JdbcClient jdbc;

    RunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String regionCode, RunMode mode, LocalDate asOf, Instant since, int chunkSize, String requestedBy,
                String instance, Instant now, List<Long> ruleVersionIds) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into screening_run (region_code, mode, as_of, since, chunk_size, state, requested_by, started_at,
                                           heartbeat_at, owner_instance)
                values (:region, :mode, :asOf, :since, :chunk, 'RUNNING', :by, :at, :at, :instance)""")
                .param("region", regionCode).param("mode", mode.name()).param("asOf", asOf)
                .param("since", since == null ? null : Timestamp.from(since)).param("chunk", chunkSize)
                .param("by", requestedBy).param("at", Timestamp.from(now)).param("instance", instance)
                .update(key, "id");
        long id = key.getKey().longValue();
        for (Long v : ruleVersionIds) {
            jdbc.sql("insert into screening_run_rule (run_id, rule_version_id) values (:run, :v)")
                    .param("run", id).param("v", v).update();
        }
        return id;
    }

    Optional<RunRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from screening_run where id = :id").param("id", id).query(RUN).optional();
    }

    /** The run if its region lies inside the scope. */
    Optional<RunRow> find(long id, RegionScope scope) {
        return jdbc.sql("select " + COLUMNS + " from screening_run where id = :id and region_code between :lo and :hi")
                .param("id", id).param("lo", scope.lo()).param("hi", scope.hi()).query(RUN).optional();
    }

    List<RunRow> list(RegionScope scope, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from screening_run where region_code between :lo and :hi"
                        + " order by id desc limit :size offset :offset")
                .param("lo", scope.lo()).param("hi", scope.hi()).param("size", size)
                .param("offset", (long) page * size).query(RUN).list();
    }

    long count(RegionScope scope) {
        return jdbc.sql("select count(*) from screening_run where region_code between :lo and :hi")
                .param("lo", scope.lo()).param("hi", scope.hi()).query(Long.class).single();
    }

    /** Unfinished runs that write warnings over a region overlapping this one (one inside the other). */
    List<RunRow> unfinishedOverlapping(String regionCode) {
        RegionScope scope = RegionScope.of(regionCode);
        return jdbc.sql("select " + COLUMNS + "\n" + """
                         from screening_run where state <> 'COMPLETED' and mode <> 'DRY_RUN'
                          and (region_code in (:above) or region_code between :lo and :hi) order by id""")
                .param("above", RegionCodes.selfAndAncestors(regionCode)).param("lo", scope.lo())
                .param("hi", scope.hi()).query(RUN).list();
    }

    /** RUNNING runs of any process, for the resumer. */
    List<RunRow> running() {
        return jdbc.sql("select " + COLUMNS + " from screening_run where state = 'RUNNING' order by id").query(RUN).list();
    }

    /** When the last completed run covering the region (itself or a region above it) started. */
    Optional<Instant> lastCompletedStart(String regionCode) {
        return jdbc.sql("""
                        select max(started_at) from screening_run
                         where state = 'COMPLETED' and mode <> 'DRY_RUN' and region_code in (:above)""")
                .param("above", RegionCodes.selfAndAncestors(regionCode))
                .query((rs, n) -> instant(rs, 1)).optional().filter(java.util.Objects::nonNull);
    }

    List<Long> ruleVersionIds(long runId) {
        return jdbc.sql("select rule_version_id from screening_run_rule where run_id = :run order by rule_version_id")
                .param("run", runId).query(Long.class).list();
    }

    List<RuleCountRow> ruleCounts(long runId) {
        return jdbc.sql("""
                        select c.rule_version_id, v.rule_code, v.rule_version, v.name, c.matches, c.warnings_created,
                               c.sample
                          from screening_run_rule c join screening_rule_version v on v.id = c.rule_version_id
                         where c.run_id = :run order by v.rule_code""")
                .param("run", runId)
                .query((rs, n) -> new RuleCountRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), rs.getString(7)))
                .list();
    }

    void setTotal(long runId, long total) {
        jdbc.sql("update screening_run set households_total = :total where id = :id")
                .param("total", total).param("id", runId).update();
    }

    /**
     * Commits a chunk's progress: the checkpoint, the counts and the heartbeat — only while this process owns
     * the run (false when another took it over, and the chunk must roll back).
     */
    boolean checkpoint(long runId, String instance, ChunkCounts c, Instant now) {
        return jdbc.sql("""
                update screening_run set last_household_id = :last, households_done = households_done + :households,
                       chunks_done = chunks_done + 1, matches = matches + :matches,
                       warnings_created = warnings_created + :created, already_open = already_open + :open,
                       quiet = quiet + :quiet, evaluation_errors = evaluation_errors + :errors,
                       last_error = coalesce(:lastError, last_error), heartbeat_at = :at
                 where id = :id and owner_instance = :instance and state = 'RUNNING'""")
                .param("last", c.lastHouseholdId()).param("households", c.households()).param("matches", c.matches())
                .param("created", c.created()).param("open", c.alreadyOpen()).param("quiet", c.quiet())
                .param("errors", c.errors()).param("lastError", truncate(c.lastError()))
                .param("at", Timestamp.from(now)).param("id", runId).param("instance", instance).update() == 1;
    }

    void addRuleCounts(long runId, long ruleVersionId, long matches, long created, List<Long> newSample) {
        String sample = jdbc.sql("select sample from screening_run_rule where run_id = :run and rule_version_id = :v")
                .param("run", runId).param("v", ruleVersionId).query(String.class).single();
        List<String> ids = new ArrayList<>(sample.isEmpty() ? List.of() : Arrays.asList(sample.split(",")));
        for (Long id : newSample) {
            if (ids.size() >= 20) {
                break;
            }
            ids.add(Long.toString(id));
        }
        jdbc.sql("""
                update screening_run_rule set matches = matches + :matches, warnings_created = warnings_created + :created,
                       sample = :sample where run_id = :run and rule_version_id = :v""")
                .param("matches", matches).param("created", created).param("sample", String.join(",", ids))
                .param("run", runId).param("v", ruleVersionId).update();
    }

    void complete(long runId, String instance, Instant now) {
        jdbc.sql("""
                update screening_run set state = 'COMPLETED', finished_at = :at, heartbeat_at = :at
                 where id = :id and owner_instance = :instance and state = 'RUNNING'""")
                .param("at", Timestamp.from(now)).param("id", runId).param("instance", instance).update();
    }

    void fail(long runId, String instance, String failure, Instant now) {
        jdbc.sql("""
                update screening_run set state = 'FAILED', failure = :failure, heartbeat_at = :at
                 where id = :id and owner_instance = :instance and state = 'RUNNING'""")
                .param("failure", truncate(failure)).param("at", Timestamp.from(now)).param("id", runId)
                .param("instance", instance).update();
    }

    /**
     * Takes over an interrupted or failed run for this process: FAILED, or RUNNING but abandoned (owned by this
     * process and not running in it, which the caller knows, or with a heartbeat older than {@code staleBefore}).
     */
    boolean claim(long runId, String instance, boolean ownedHereButDead, Instant staleBefore, Instant now) {
        return jdbc.sql("""
                update screening_run set state = 'RUNNING', owner_instance = :instance, attempts = attempts + 1,
                       heartbeat_at = :at, failure = null
                 where id = :id and (state = 'FAILED'
                       or (state = 'RUNNING' and ((owner_instance = :instance and :dead) or heartbeat_at < :stale)))""")
                .param("instance", instance).param("at", Timestamp.from(now)).param("id", runId)
                .param("dead", ownedHereButDead).param("stale", Timestamp.from(staleBefore)).update() == 1;
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
