package org.doudi.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.doudi.exchange.FeedFact;
import org.doudi.exchange.FeedImport;
import org.doudi.exchange.FeedImports;
import org.doudi.exchange.FeedType;
import org.doudi.exchange.ImportMode;
import org.doudi.exchange.ImportStatus;
import org.doudi.exchange.RowProblem;
import org.doudi.region.RegionScope;
import org.doudi.shared.jdbc.IdChunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The exchange's tables: imports, their problems and the facts. Every read carries a region range. */
@Repository
class FeedStore {

    static final String FACT_COLUMNS = """
            f.id, f.kind, f.import_id, f.row_no, f.person_id, f.household_id, f.region_code, f.id_number_masked,
            f.name, f.fact_date, f.end_date, f.in_force_to, f.code, f.subcode, f.grade, f.amount, f.amount2,
            f.reference, f.organisation, f.detail""";

    static final RowMapper<FeedFact> FACT = (rs, n) -> new FeedFact(rs.getLong("id"), FeedType.valueOf(rs.getString("kind")),
            rs.getLong("import_id"), rs.getInt("row_no"), rs.getObject("person_id", Long.class),
            rs.getObject("household_id", Long.class), rs.getString("region_code"), rs.getString("id_number_masked"),
            rs.getString("name"), rs.getObject("fact_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
            rs.getObject("in_force_to", LocalDate.class), rs.getString("code"), rs.getString("subcode"),
            rs.getObject("grade", Integer.class), rs.getBigDecimal("amount"), rs.getBigDecimal("amount2"),
            rs.getString("reference"), rs.getString("organisation"), rs.getString("detail"));

    /** The columns of {@link FeedFact.Brief}: 8 of the 20, what screening reads. */
    static final String BRIEF_COLUMNS = "f.id, f.person_id, f.kind, f.fact_date, f.in_force_to, f.code, f.grade, f.amount";

    static final RowMapper<FeedFact.Brief> BRIEF = (rs, n) -> new FeedFact.Brief(rs.getLong(1), rs.getLong(2),
            FeedType.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
            rs.getString(6), rs.getObject(7, Integer.class), rs.getBigDecimal(8));

    /** Person, type and date (the order of {@link org.doudi.exchange.FeedFacts#ofPeople}). */
    private static final Comparator<FeedFact> PERSON_ORDER = Comparator.comparing(FeedFact::personId)
            .thenComparing(f -> f.type().name()).thenComparing(FeedFact::date).thenComparingLong(FeedFact::id);

    private static final Comparator<FeedFact.Brief> BRIEF_ORDER = Comparator.comparingLong(FeedFact.Brief::personId)
            .thenComparing(f -> f.type().name()).thenComparing(FeedFact.Brief::date)
            .thenComparingLong(FeedFact.Brief::id);

    /** The most ids one statement lists (a chunk's people when their ids are scattered). */
    private static final int MAX_LISTED = 5_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    FeedStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The import that stored this content for this type, if one did. */
    Optional<ImportedBefore> importedAs(FeedType type, String fileHash) {
        return jdbc.sql("""
                        select id, finished_at, region_code from feed_import
                         where feed_type = :type and imported_hash = :hash""")
                .param("type", type.name()).param("hash", fileHash)
                .query((rs, n) -> new ImportedBefore(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .optional();
    }

    record ImportedBefore(long id, Instant at, String regionCode) {
    }

    /** The import's row, with its counts as they will be once its facts are written (the caller updates them). */
    long insert(NewImport i) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into feed_import (feed_type, mode, status, file_name, file_format, file_hash, imported_hash,
                                                 region_code, rows_read, rows_imported, rows_rejected, rows_unmatched,
                                                 rows_duplicate, problems_total, imported_by, started_at, finished_at)
                        values (:type, :mode, :status, :fileName, :format, :hash, :importedHash, :region, :rows, 0,
                                :rejected, 0, 0, :problems, :by, :started, :finished)""")
                .param("type", i.type().name()).param("mode", i.mode().name()).param("status", i.status().name())
                .param("fileName", i.fileName()).param("format", i.format()).param("hash", i.fileHash())
                .param("importedHash", i.status() == ImportStatus.IMPORTED ? i.fileHash() : null)
                .param("region", i.regionCode()).param("rows", i.rows()).param("rejected", i.rejected())
                .param("problems", i.problemsTotal()).param("by", i.by())
                .param("started", Timestamp.from(i.started())).param("finished", Timestamp.from(i.finished()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    record NewImport(FeedType type, ImportMode mode, ImportStatus status, String fileName, String format,
                     String fileHash, String regionCode, int rows, int rejected, int problemsTotal, String by,
                     Instant started, Instant finished) {
    }

    /** The counts of an import whose rows were written while the file was being read, and when it finished. */
    void finish(long importId, CheckedFile checked, int imported, int unmatched, int duplicates, Instant finished) {
        jdbc.sql("""
                        update feed_import set rows_read = :rows, rows_rejected = :rejected, problems_total = :problems,
                                               rows_imported = :imported, rows_unmatched = :unmatched,
                                               rows_duplicate = :duplicates, finished_at = :finished
                         where id = :id""")
                .param("rows", checked.rows()).param("rejected", checked.rejected())
                .param("problems", checked.problemsTotal())
                .param("imported", imported).param("unmatched", unmatched).param("duplicates", duplicates)
                .param("finished", Timestamp.from(finished)).param("id", importId).update();
    }

    void insertProblems(long importId, List<RowProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        List<Object[]> batch = new java.util.ArrayList<>(problems.size());
        int seq = 0;
        for (RowProblem p : problems) {
            batch.add(new Object[] {importId, ++seq, p.row(), p.column(), truncate(p.message(), 300)});
        }
        batchUpdate("insert into feed_problem (import_id, seq, row_no, column_name, message) values (?, ?, ?, ?, ?)",
                batch);
    }

    void batchUpdate(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            template.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1000)));
        }
    }

    Optional<FeedImport> find(long id, RegionScope scope) {
        return jdbc.sql("select * from feed_import where id = :id and region_code between :lo and :hi")
                .param("id", id).params(scope(scope))
                .query((rs, n) -> importOf(rs, problems(id)))
                .optional();
    }

    List<FeedImport> list(RegionScope scope, FeedType type, int page, int size) {
        return jdbc.sql("""
                        select * from feed_import
                         where region_code between :lo and :hi and (cast(:type as varchar(20)) is null or feed_type = :type)
                         order by id desc limit :size offset :offset""")
                .params(scope(scope)).param("type", type == null ? null : type.name())
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> importOf(rs, List.of())).list();
    }

    long count(RegionScope scope, FeedType type) {
        return jdbc.sql("""
                        select count(*) from feed_import
                         where region_code between :lo and :hi and (cast(:type as varchar(20)) is null or feed_type = :type)""")
                .params(scope(scope)).param("type", type == null ? null : type.name())
                .query(Long.class).single();
    }

    private List<RowProblem> problems(long importId) {
        return jdbc.sql("select row_no, column_name, message from feed_problem where import_id = :id order by seq")
                .param("id", importId)
                .query((rs, n) -> new RowProblem(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
    }

    List<FeedImports.UnmatchedRow> unmatched(long importId) {
        return jdbc.sql("""
                        select row_no, id_number_masked, name from feed_fact
                         where import_id = :id and person_id is null order by row_no""")
                .param("id", importId)
                .query((rs, n) -> new FeedImports.UnmatchedRow(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
    }

    List<FeedImports.UnmatchedRow> unmatched(long importId, int page, int size) {
        return jdbc.sql("""
                        select row_no, id_number_masked, name from feed_fact
                         where import_id = :id and person_id is null order by row_no limit :size offset :offset""")
                .param("id", importId).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new FeedImports.UnmatchedRow(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
    }

    int unmatchedCount(long importId) {
        return jdbc.sql("select count(*) from feed_fact where import_id = :id and person_id is null")
                .param("id", importId).query(Integer.class).single();
    }

    private static FeedImport importOf(ResultSet rs, List<RowProblem> problems) throws SQLException {
        return new FeedImport(rs.getLong("id"), FeedType.valueOf(rs.getString("feed_type")),
                ImportMode.valueOf(rs.getString("mode")), ImportStatus.valueOf(rs.getString("status")),
                rs.getString("file_name"), rs.getString("file_format"), rs.getString("file_hash"),
                rs.getString("region_code"), rs.getInt("rows_read"), rs.getInt("rows_imported"),
                rs.getInt("rows_rejected"), rs.getInt("rows_duplicate"), rs.getInt("rows_unmatched"),
                rs.getInt("problems_total"), problems, rs.getString("imported_by"),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("finished_at").toInstant());
    }

    // --- facts

    List<FeedFact> ofPeople(Collection<Long> personIds, Set<FeedType> types, LocalDate since, RegionScope scope) {
        return ofPeople(FACT_COLUMNS, FACT, FeedFact::personId, PERSON_ORDER, personIds, types, since, scope);
    }

    List<FeedFact.Brief> briefOfPeople(Collection<Long> personIds, Set<FeedType> types, LocalDate since,
                                       RegionScope scope) {
        return ofPeople(BRIEF_COLUMNS, BRIEF, FeedFact.Brief::personId, BRIEF_ORDER, personIds, types, since, scope);
    }

    private <T> List<T> ofPeople(String columns, RowMapper<T> mapper, Function<T, Long> personOf, Comparator<T> order,
                                 Collection<Long> personIds, Set<FeedType> types, LocalDate since, RegionScope scope) {
        if (personIds.isEmpty() || types.isEmpty()) {
            return List.of();
        }
        IdChunk chunk = IdChunk.of(personIds);
        if (!chunk.byRange() && personIds.size() > MAX_LISTED) {
            // scattered people: a few lists of bounded length rather than one statement of tens of thousands of ids
            List<Long> all = List.copyOf(personIds);
            List<T> out = new ArrayList<>();
            for (int i = 0; i < all.size(); i += MAX_LISTED) {
                out.addAll(ofPeople(columns, mapper, personOf, order, all.subList(i, Math.min(all.size(), i + MAX_LISTED)),
                        types, since, scope));
            }
            out.sort(order);
            return out;
        }
        // the people of a screening chunk of consecutive households are read by their range of ids (IdChunk), through
        // the index on (person_id, kind, in_force_to) that checks the kinds and the window too
        return jdbc.sql("select " + columns + " from feed_fact f where " + chunk.where("f.person_id", "ids")
                        + " and f.kind in (:kinds) and f.in_force_to >= :since and f.region_code between :lo and :hi")
                .params(chunk.params("ids")).param("kinds", names(types)).param("since", orEarliest(since))
                .params(scope(scope)).query(mapper).list().stream().filter(f -> chunk.contains(personOf.apply(f)))
                // sorted here: PostgreSQL sorts text by the database's collation, many times slower than Java
                .sorted(order).toList();
    }

    Set<Long> householdsOfImport(long importId, RegionScope scope) {
        return Set.copyOf(jdbc.sql("""
                        select distinct household_id from feed_fact
                         where import_id = :id and household_id is not null and region_code between :lo and :hi""")
                .param("id", importId).params(scope(scope)).query(Long.class).list());
    }

    Set<Long> householdsMatchedSince(Instant since, RegionScope scope) {
        return Set.copyOf(jdbc.sql("""
                        select distinct household_id from feed_fact
                         where matched_at > :since and household_id is not null and region_code between :lo and :hi""")
                .param("since", Timestamp.from(since)).params(scope(scope)).query(Long.class).list());
    }

    /**
     * Distinct blind indexes of the facts nobody matched, in the order of their {@code id_key}, {@code limit}
     * people at a time after the key {@code after} (keyset paging on the partial index of unmatched rows).
     */
    List<String> unmatchedHashesAfter(long after, int limit) {
        return jdbc.sql("""
                        select id_key, id_number_hash from feed_fact where person_id is null and id_key > :after
                         group by id_key, id_number_hash order by id_key limit :limit""")
                .param("after", after).param("limit", limit).query((rs, n) -> rs.getString(2)).list();
    }

    /** A page of matched people's blind indexes and the last person on it (where the next page starts). */
    record MatchedPeople(List<String> hashes, long lastPerson) {
    }

    /** Blind indexes of matched people, {@code limit} at a time in person order (keyset paging on the person index). */
    MatchedPeople matchedAfter(long afterPerson, int limit) {
        List<String> hashes = new ArrayList<>(limit);
        long[] last = {afterPerson};
        jdbc.sql("""
                        select person_id, id_number_hash from feed_fact where person_id > :after
                         group by person_id, id_number_hash order by person_id limit :limit""")
                .param("after", afterPerson).param("limit", limit)
                .query(rs -> {
                    last[0] = rs.getLong(1);
                    hashes.add(rs.getString(2));
                });
        return new MatchedPeople(hashes, last[0]);
    }

    static Map<String, Object> scope(RegionScope scope) {
        Map<String, Object> p = new HashMap<>();
        p.put("lo", scope.lo());
        p.put("hi", scope.hi());
        return p;
    }

    private static List<String> names(Set<FeedType> types) {
        return types.stream().map(Enum::name).toList();
    }

    private static LocalDate orEarliest(LocalDate since) {
        return since == null ? LocalDate.of(1900, 1, 1) : since;
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
