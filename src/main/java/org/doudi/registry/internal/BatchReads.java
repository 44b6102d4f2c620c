package org.doudi.registry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.doudi.region.RegionScope;
import org.doudi.registry.HouseholdBatches;
import org.doudi.registry.HouseholdDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry's batch reads: household ids by range of the region's codes, and details a chunk at a time. */
@Service
@Transactional(readOnly = true)
class BatchReads implements HouseholdBatches {

    private final JdbcClient jdbc;
    private final HouseholdViews views;

    BatchReads(JdbcClient jdbc, HouseholdViews views) {
        this.jdbc = jdbc;
        this.views = views;
    }

    @Override
    public long count(String regionCode) {
        RegionScope scope = within(regionCode);
        if (scope == null) {
            return 0;
        }
        return jdbc.sql("select count(*) from household where region_code between :lo and :hi")
                .params(HouseholdViews.scopeParams(scope)).query(Long.class).single();
    }

    @Override
    public List<Long> ids(String regionCode, long afterId, int limit) {
        RegionScope scope = within(regionCode);
        if (scope == null) {
            return List.of();
        }
        return jdbc.sql("""
                        select id from household where region_code between :lo and :hi and id > :after
                         order by id limit :limit""")
                .params(HouseholdViews.scopeParams(scope)).param("after", afterId).param("limit", limit)
                .query(Long.class).list();
    }

    @Override
    public List<Long> touchedSince(String regionCode, Instant since, long afterId, int limit) {
        RegionScope scope = within(regionCode);
        if (scope == null) {
            return List.of();
        }
        // every write to a household or anything in it raises household.updated_at (HouseholdRows.touch)
        return jdbc.sql("""
                        select id from household where region_code between :lo and :hi and id > :after
                           and updated_at >= :since
                         order by id limit :limit""")
                .params(HouseholdViews.scopeParams(scope)).param("after", afterId).param("limit", limit)
                .param("since", Timestamp.from(since)).query(Long.class).list();
    }

    @Override
    public List<HouseholdDetail> details(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : views.details(ids, RegistryAccess.readScope());
    }

    /** The region inside the actor's, or null when it lies outside (nothing to read). */
    private static RegionScope within(String regionCode) {
        RegionScope actor = RegistryAccess.readScope();
        RegionScope asked = RegionScope.of(regionCode);
        return actor.contains(asked) ? asked : null;
    }
}
