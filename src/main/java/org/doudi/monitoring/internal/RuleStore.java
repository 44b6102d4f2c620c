package org.doudi.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doudi.monitoring.RuleBodies;
import org.doudi.monitoring.RuleSubject;
import org.doudi.monitoring.RuleViews;
import org.doudi.monitoring.Severity;
import org.doudi.monitoring.WarningKind;
import org.doudi.region.RegionCodes;
import org.doudi.region.RegionScope;
import org.doudi.shared.security.Role;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code screening_rule} and {@code screening_rule_version} tables (V18). */
@Repository
class RuleStore {

    /** A rule's head row. */
    record RuleRow(String code, String regionCode, Integer activeVersion, int latestVersion, boolean builtIn,
                   int version) {
    }

    /** A version as the runs need it. */
    record VersionRow(long id, String ruleCode, String regionCode, RuleViews.Version text) {
    }

    private static final String VERSION_COLUMNS = """
            v.id, v.rule_code, r.region_code, v.rule_version, v.name, v.description, v.subject, v.expression,
            v.severity, v.kind, v.owner_role, v.deadline_days, v.message_template, v.programme, v.quiet_days,
            v.created_by, v.created_at""";

    private static final RowMapper<RuleRow> RULE = (rs, n) -> new RuleRow(rs.getString("code"),
            rs.getString("region_code"), (Integer) rs.getObject("active_version", Integer.class),
            rs.getInt("latest_version"), rs.getBoolean("built_in"), rs.getInt("version"));

    private static final RowMapper<VersionRow> VERSION = (rs, n) -> new VersionRow(rs.getLong("id"),
            rs.getString("rule_code"), rs.getString("region_code"), text(rs));

    private final JdbcClient jdbc;

    RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from screening_rule where code = :code").param("code", code)
                .query(Integer.class).single() > 0;
    }

    Optional<RuleRow> find(String code) {
        return jdbc.sql("select code, region_code, active_version, latest_version, built_in, version from screening_rule"
                + " where code = :code").param("code", code).query(RULE).optional();
    }

    void insertRule(String code, String regionCode, boolean builtIn, String by, Instant now) {
        jdbc.sql("""
                insert into screening_rule (code, region_code, active_version, latest_version, built_in, created_by,
                                            created_at, updated_at, version)
                values (:code, :region, null, 0, :builtIn, :by, :at, :at, 0)""")
                .param("code", code).param("region", regionCode).param("builtIn", builtIn).param("by", by)
                .param("at", Timestamp.from(now)).update();
    }

    /** Adds the next version; fails (0 rows) when the latest version is no longer {@code basedOn}. */
    boolean insertVersion(String code, int basedOn, RuleBodies.RuleText t, int quietDays, String by, Instant now) {
        int bumped = jdbc.sql("""
                update screening_rule set latest_version = latest_version + 1, updated_at = :at, version = version + 1
                 where code = :code and latest_version = :basedOn""")
                .param("code", code).param("basedOn", basedOn).param("at", Timestamp.from(now)).update();
        if (bumped == 0) {
            return false;
        }
        jdbc.sql("""
                insert into screening_rule_version (rule_code, rule_version, name, description, subject, expression,
                    severity, kind, owner_role, deadline_days, message_template, programme, quiet_days, created_by,
                    created_at)
                values (:code, :n, :name, :description, :subject, :expression, :severity, :kind, :owner, :deadline,
                        :template, :programme, :quiet, :by, :at)""")
                .param("code", code).param("n", basedOn + 1).param("name", t.name().strip())
                .param("description", blankToNull(t.description())).param("subject", t.subject().name())
                .param("expression", t.expression().strip()).param("severity", t.severity().name())
                .param("kind", t.kind().name()).param("owner", t.ownerRole().name())
                .param("deadline", t.deadlineDays()).param("template", t.messageTemplate().strip())
                .param("programme", blankToNull(t.programme())).param("quiet", quietDays).param("by", by)
                .param("at", Timestamp.from(now)).update();
        return true;
    }

    boolean setActive(String code, Integer ruleVersion, int expectedVersion, Instant now) {
        return jdbc.sql("""
                update screening_rule set active_version = :active, updated_at = :at, version = version + 1
                 where code = :code and version = :v""")
                .param("active", ruleVersion).param("at", Timestamp.from(now)).param("code", code)
                .param("v", expectedVersion).update() == 1;
    }

    List<RuleViews.Version> versions(String code) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from screening_rule_version v join screening_rule r"
                        + " on r.code = v.rule_code where v.rule_code = :code order by v.rule_version desc")
                .param("code", code).query(VERSION).list().stream().map(VersionRow::text).toList();
    }

    Optional<VersionRow> version(String code, int ruleVersion) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from screening_rule_version v join screening_rule r"
                        + " on r.code = v.rule_code where v.rule_code = :code and v.rule_version = :n")
                .param("code", code).param("n", ruleVersion).query(VERSION).optional();
    }

    List<VersionRow> versionsById(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + VERSION_COLUMNS + " from screening_rule_version v join screening_rule r"
                        + " on r.code = v.rule_code where v.id in (:ids) order by v.rule_code")
                .param("ids", ids).query(VERSION).list();
    }

    /**
     * The active versions of the rules that may apply to some household of the region: rules of the region, of a
     * region above it, or of a region inside it (each household is then checked against its rule's region).
     */
    List<VersionRow> activeFor(String regionCode) {
        RegionScope scope = RegionScope.of(regionCode);
        return jdbc.sql("select " + VERSION_COLUMNS + "\n" + """
                         from screening_rule r join screening_rule_version v
                           on v.rule_code = r.code and v.rule_version = r.active_version
                        where r.region_code in (:above) or r.region_code between :lo and :hi
                        order by r.code""")
                .param("above", RegionCodes.selfAndAncestors(regionCode)).param("lo", scope.lo())
                .param("hi", scope.hi()).query(VERSION).list();
    }

    /** Rules that apply in the actor's region (its own and those above) or were made inside it, by code. */
    List<RuleViews.Summary> list(String actorRegion, Boolean active, int page, int size) {
        return jdbc.sql("select r.code, r.region_code, r.built_in, r.active_version, r.latest_version, v.name, "
                        + "v.subject, v.severity, v.kind, v.owner_role" + visible(active)
                        + " order by r.code limit :size offset :offset")
                .params(visibleParams(actorRegion)).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new RuleViews.Summary(rs.getString("code"), rs.getString("region_code"),
                        rs.getBoolean("built_in"), (Integer) rs.getObject("active_version", Integer.class),
                        rs.getInt("latest_version"), rs.getString("name"), RuleSubject.valueOf(rs.getString("subject")),
                        Severity.valueOf(rs.getString("severity")), WarningKind.valueOf(rs.getString("kind")),
                        Role.valueOf(rs.getString("owner_role"))))
                .list();
    }

    long count(String actorRegion, Boolean active) {
        return jdbc.sql("select count(*)" + visible(active)).params(visibleParams(actorRegion)).query(Long.class).single();
    }

    /** Built-in rules present, by province. */
    List<String> builtInCodes(String regionCode) {
        return jdbc.sql("select code from screening_rule where built_in = true and region_code = :region")
                .param("region", regionCode).query(String.class).list();
    }

    private static String visible(Boolean active) {
        return """
                 from screening_rule r join screening_rule_version v
                   on v.rule_code = r.code and v.rule_version = r.latest_version
                where (r.region_code in (:above) or r.region_code between :lo and :hi)"""
                + (active == null ? "" : active ? " and r.active_version is not null" : " and r.active_version is null");
    }

    private static Map<String, Object> visibleParams(String actorRegion) {
        RegionScope scope = RegionScope.of(actorRegion);
        Map<String, Object> p = new HashMap<>();
        p.put("above", RegionCodes.selfAndAncestors(actorRegion));
        p.put("lo", scope.lo());
        p.put("hi", scope.hi());
        return p;
    }

    private static RuleViews.Version text(ResultSet rs) throws SQLException {
        return new RuleViews.Version(rs.getInt("rule_version"), rs.getString("name"), rs.getString("description"),
                RuleSubject.valueOf(rs.getString("subject")), rs.getString("expression"),
                Severity.valueOf(rs.getString("severity")), WarningKind.valueOf(rs.getString("kind")),
                Role.valueOf(rs.getString("owner_role")), rs.getInt("deadline_days"), rs.getString("message_template"),
                rs.getString("programme"), rs.getInt("quiet_days"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static List<Long> ids(List<VersionRow> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        rows.forEach(r -> ids.add(r.id()));
        return ids;
    }
}
