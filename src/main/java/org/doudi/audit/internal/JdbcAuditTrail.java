package org.doudi.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.doudi.audit.AuditEntry;
import org.doudi.audit.AuditTrail;
import org.doudi.audit.ChainVerification;
import org.doudi.region.RegionLevel;
import org.doudi.region.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcAuditTrail implements AuditTrail {

    private static final String COLUMNS = "seq, at, actor, action, entity_type, entity_id, region_code, "
            + "before_state, after_state, prev_hash, hash";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcAuditTrail(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public ChainVerification verify() {
        var walker = new Walker();
        // streamed in seq order, so a chain of millions of links needs no memory
        template.setFetchSize(1000);
        template.query("select " + COLUMNS + " from audit_event order by seq", walker);
        if (walker.broken != null) {
            return walker.broken;
        }
        Map<String, Object> head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
                .query().singleRow();
        long headSeq = ((Number) head.get("last_seq")).longValue();
        if (headSeq != walker.lastSeq || !walker.lastHash.equals(head.get("last_hash"))) {
            return ChainVerification.broken(walker.checked, walker.lastSeq + 1,
                    "the chain ends at link " + walker.lastSeq + " but the head records link " + headSeq
                            + ": links were removed from the end");
        }
        return ChainVerification.ok(walker.checked);
    }

    private static final class Walker implements RowCallbackHandler {
        long checked;
        long lastSeq;
        String lastHash = AuditHash.GENESIS;
        ChainVerification broken;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (broken != null) {
                return;
            }
            AuditEntry e = map(rs);
            if (e.seq() != lastSeq + 1) {
                broken = ChainVerification.broken(checked, lastSeq + 1, "link " + (lastSeq + 1) + " is missing");
            } else if (!e.prevHash().equals(lastHash)) {
                broken = ChainVerification.broken(checked, e.seq(),
                        "link " + e.seq() + " does not point at the hash of link " + lastSeq);
            } else if (!AuditHash.of(e).equals(e.hash())) {
                broken = ChainVerification.broken(checked, e.seq(), "link " + e.seq() + " was altered");
            } else {
                checked++;
                lastSeq = e.seq();
                lastHash = e.hash();
            }
        }
    }

    @Override
    public List<AuditEntry> search(RegionScope scope, String entityType, String entityId, String actor,
                                   int page, int size) {
        boolean wholeTree = scope.level() == RegionLevel.PROVINCE;
        return jdbc.sql("select " + COLUMNS + " from audit_event where "
                        + "((region_code between :lo and :hi) or (:wholeTree and region_code is null)) "
                        + "and (cast(:entityType as varchar) is null or entity_type = :entityType) "
                        + "and (cast(:entityId as varchar) is null or entity_id = :entityId) "
                        + "and (cast(:actor as varchar) is null or actor = :actor) "
                        + "order by seq desc limit :size offset :offset")
                .param("lo", scope.lo()).param("hi", scope.hi()).param("wholeTree", wholeTree)
                .param("entityType", entityType).param("entityId", entityId).param("actor", actor)
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> map(rs)).list();
    }

    static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("region_code"), rs.getString("before_state"), rs.getString("after_state"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
