package org.doudi.casework.internal.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doudi.casework.Grievances.Channel;
import org.doudi.casework.Grievances.Finding;
import org.doudi.casework.Grievances.Kind;
import org.doudi.casework.Grievances.State;
import org.doudi.casework.Grievances.SubjectKind;
import org.doudi.region.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Complaints and appeals. Every read carries the caller's region range on the subject's region; every
 * update carries the version (optimistic locking) and the range, so a stale or out-of-region write
 * changes nothing.
 */
@Repository
class GrievanceStore {

    private static final String COLUMNS = "id, kind, region_code, subject_kind, case_id, subject_username, "
            + "subject_person, subject_office, handling_office, complainant, contact, channel, summary, received_on, "
            + "due_on, due_estimated, state, assigned_to, assigned_by, assigned_on, taken_over_from, answered_on, "
            + "answered_by, finding, answer, closed_on, closed_by, closing_note, recorded_by, created_at, updated_at, "
            + "version";

    /**
     * Escalated on {@code :today} (see {@link GrievanceRow#escalatedToOn}); a province's code is its two
     * digits and ten zeros, and nothing is above it.
     */
    private static final String ESCALATED = "(state in ('RECEIVED', 'ASSIGNED') and due_on < :today "
            + "and taken_over_from is null and handling_office not like '__0000000000')";

    private final JdbcClient jdbc;

    GrievanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(GrievanceRow g) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into grievance (kind, region_code, subject_kind, case_id, subject_username, subject_person,
                    subject_office, handling_office, complainant, contact, channel, summary, received_on, due_on,
                    due_estimated, state, recorded_by, created_at, updated_at, version)
                values (:kind, :region, :subjectKind, :caseId, :username, :person, :subjectOffice, :office,
                    :complainant, :contact, :channel, :summary, :received, :due, :estimated, :state, :by, :at, :at, 0)
                """)
                .param("kind", g.kind().name()).param("region", g.regionCode())
                .param("subjectKind", g.subjectKind().name()).param("caseId", g.caseId())
                .param("username", g.subjectUsername()).param("person", g.subjectPerson())
                .param("subjectOffice", g.subjectOffice()).param("office", g.handlingOffice())
                .param("complainant", g.complainant()).param("contact", g.contact())
                .param("channel", g.channel().name()).param("summary", g.summary())
                .param("received", g.receivedOn()).param("due", g.dueOn()).param("estimated", g.dueEstimated())
                .param("state", g.state().name()).param("by", g.recordedBy())
                .param("at", Timestamp.from(g.createdAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<GrievanceRow> find(Kind kind, long id, RegionScope scope) {
        return jdbc.sql("select " + COLUMNS + " from grievance where id = :id and kind = :kind "
                        + "and region_code between :lo and :hi")
                .param("id", id).param("kind", kind.name()).param("lo", scope.lo()).param("hi", scope.hi())
                .query(GrievanceStore::row).optional();
    }

    /** Writes what an action changed if the row is still at {@code expectedVersion}; false when it is not. */
    boolean update(GrievanceRow g, int expectedVersion, RegionScope scope) {
        return jdbc.sql("""
                update grievance set handling_office = :office, state = :state, assigned_to = :assignedTo,
                    assigned_by = :assignedBy, assigned_on = :assignedOn, taken_over_from = :takenOverFrom,
                    answered_on = :answeredOn, answered_by = :answeredBy, finding = :finding, answer = :answer,
                    closed_on = :closedOn, closed_by = :closedBy, closing_note = :closingNote, updated_at = :at,
                    version = version + 1
                 where id = :id and kind = :kind and version = :version and region_code between :lo and :hi
                """)
                .param("office", g.handlingOffice()).param("state", g.state().name())
                .param("assignedTo", g.assignedTo()).param("assignedBy", g.assignedBy())
                .param("assignedOn", g.assignedOn()).param("takenOverFrom", g.takenOverFrom())
                .param("answeredOn", g.answeredOn()).param("answeredBy", g.answeredBy())
                .param("finding", g.finding() == null ? null : g.finding().name()).param("answer", g.answer())
                .param("closedOn", g.closedOn()).param("closedBy", g.closedBy()).param("closingNote", g.closingNote())
                .param("at", Timestamp.from(g.updatedAt())).param("id", g.id()).param("kind", g.kind().name())
                .param("version", expectedVersion).param("lo", scope.lo()).param("hi", scope.hi())
                .update() == 1;
    }

    /** Filters of the list; null means any. */
    record Filter(Kind kind, State state, boolean overdue, Long caseId, String assignedTo, LocalDate today) {
    }

    List<GrievanceRow> list(RegionScope scope, Filter f, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from grievance where " + where(f)
                        + " order by due_on, id offset :offset rows fetch next :size rows only")
                .params(params(scope, f)).param("offset", page * size).param("size", size)
                .query(GrievanceStore::row).list();
    }

    long count(RegionScope scope, Filter f) {
        return jdbc.sql("select count(*) from grievance where " + where(f)).params(params(scope, f))
                .query(Long.class).single();
    }

    private static String where(Filter f) {
        StringBuilder w = new StringBuilder("kind = :kind and region_code between :lo and :hi");
        if (f.state() != null) {
            w.append(switch (f.state()) {
                case ESCALATED -> " and " + ESCALATED;
                case RECEIVED, ASSIGNED -> " and state = :state and not " + ESCALATED;
                case ANSWERED, CLOSED -> " and state = :state";
            });
        }
        if (f.overdue()) {
            w.append(" and state in ('RECEIVED', 'ASSIGNED') and due_on < :today");
        }
        if (f.caseId() != null) {
            w.append(" and case_id = :caseId");
        }
        if (f.assignedTo() != null) {
            w.append(" and assigned_to = :assignedTo");
        }
        return w.toString();
    }

    private static Map<String, Object> params(RegionScope scope, Filter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", f.kind().name());
        p.put("lo", scope.lo());
        p.put("hi", scope.hi());
        p.put("today", f.today());
        if (f.state() != null) {
            p.put("state", f.state().name());
        }
        if (f.caseId() != null) {
            p.put("caseId", f.caseId());
        }
        if (f.assignedTo() != null) {
            p.put("assignedTo", f.assignedTo());
        }
        return p;
    }

    /** What flags a case: a complaint about it, or an appeal against its decision that ordered it re-examined. */
    record CaseFlagSource(Kind kind, long id, LocalDate receivedOn, Finding finding, LocalDate answeredOn) {
    }

    /** Of a case the caller has already found inside their region. */
    List<CaseFlagSource> flagSources(long caseId) {
        return jdbc.sql("""
                        select kind, id, received_on, finding, answered_on from grievance
                         where case_id = :case and (kind = 'COMPLAINT' or finding = 'REEXAMINATION_ORDERED')
                         order by id""")
                .param("case", caseId)
                .query((rs, n) -> new CaseFlagSource(Kind.valueOf(rs.getString("kind")), rs.getLong("id"),
                        rs.getObject("received_on", LocalDate.class), finding(rs.getString("finding")),
                        rs.getObject("answered_on", LocalDate.class)))
                .list();
    }

    private static GrievanceRow row(ResultSet rs, int n) throws SQLException {
        return new GrievanceRow(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getString("region_code"),
                SubjectKind.valueOf(rs.getString("subject_kind")), rs.getObject("case_id", Long.class),
                rs.getString("subject_username"), rs.getString("subject_person"), rs.getString("subject_office"),
                rs.getString("handling_office"), rs.getString("complainant"), rs.getString("contact"),
                Channel.valueOf(rs.getString("channel")), rs.getString("summary"),
                rs.getObject("received_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getBoolean("due_estimated"), State.valueOf(rs.getString("state")), rs.getString("assigned_to"),
                rs.getString("assigned_by"), rs.getObject("assigned_on", LocalDate.class),
                rs.getString("taken_over_from"), rs.getObject("answered_on", LocalDate.class),
                rs.getString("answered_by"), finding(rs.getString("finding")), rs.getString("answer"),
                rs.getObject("closed_on", LocalDate.class), rs.getString("closed_by"), rs.getString("closing_note"),
                rs.getString("recorded_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }

    private static Finding finding(String s) {
        return s == null ? null : Finding.valueOf(s);
    }
}
