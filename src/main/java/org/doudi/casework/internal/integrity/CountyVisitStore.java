package org.doudi.casework.internal.integrity;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.doudi.casework.CountyVisit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The county's own household visits, insert-only. Read for a case the caller has already found in their region. */
@Repository
class CountyVisitStore {

    /** Visitors' names are kept as one text, one name a line (names never contain a line break). */
    private static final String SEPARATOR = "\n";

    private final JdbcClient jdbc;

    CountyVisitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long caseId, String regionCode, CountyVisit v) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into county_visit (case_id, region_code, on_date, visitors, findings, recorded_by, recorded_at)
                values (:case, :region, :on, :visitors, :findings, :by, :at)""")
                .param("case", caseId).param("region", regionCode).param("on", v.on())
                .param("visitors", String.join(SEPARATOR, v.visitors())).param("findings", v.findings())
                .param("by", v.recordedBy()).param("at", Timestamp.from(v.recordedAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<CountyVisit> ofCase(long caseId) {
        return jdbc.sql("select id, on_date, visitors, findings, recorded_by, recorded_at from county_visit "
                        + "where case_id = ? order by on_date, id")
                .params(caseId)
                .query((rs, n) -> new CountyVisit(rs.getLong("id"), rs.getObject("on_date", LocalDate.class),
                        Arrays.asList(rs.getString("visitors").split(SEPARATOR)), rs.getString("findings"),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}
