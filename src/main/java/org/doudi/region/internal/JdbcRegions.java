package org.doudi.region.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.doudi.region.Region;
import org.doudi.region.RegionCodes;
import org.doudi.region.RegionLevel;
import org.doudi.region.RegionScope;
import org.doudi.region.Regions;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcRegions implements Regions {

    private static final RowMapper<Region> ROW = (rs, n) -> new Region(rs.getString("code"), rs.getString("name"),
            RegionLevel.valueOf(rs.getString("level")), rs.getString("parent_code"));

    private final JdbcClient jdbc;

    JdbcRegions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Region> find(String code) {
        return jdbc.sql("select code, name, level, parent_code from region where code = ?")
                .param(code).query(ROW).optional();
    }

    @Override
    public List<Region> path(String code) {
        if (!RegionCodes.isValid(code)) {
            return List.of();
        }
        // the ancestors are in the code itself: one query for the whole path; an unknown region has none
        List<Region> path = jdbc.sql("select code, name, level, parent_code from region where code in (:codes) "
                        + "order by code").param("codes", RegionCodes.selfAndAncestors(code)).query(ROW).list();
        return path.isEmpty() || !path.get(path.size() - 1).code().equals(code) ? List.of() : path;
    }

    @Override
    public List<Region> children(String code) {
        return jdbc.sql("select code, name, level, parent_code from region where parent_code = ? order by code")
                .param(code).query(ROW).list();
    }

    @Override
    public List<Region> within(RegionScope scope, RegionLevel level) {
        return jdbc.sql("select code, name, level, parent_code from region "
                        + "where code between ? and ? and level = ? order by code")
                .params(scope.lo(), scope.hi(), level.name()).query(ROW).list();
    }

    @Override
    @Transactional
    public int addMissing(Collection<Region> regions) {
        int added = 0;
        for (Region r : regions.stream().sorted(Comparator.comparing(r -> r.level().ordinal())).toList()) {
            if (find(r.code()).isEmpty()) {
                jdbc.sql("insert into region (code, name, level, parent_code) values (?, ?, ?, ?)")
                        .params(r.code(), r.name(), r.level().name(), r.parentCode()).update();
                added++;
            }
        }
        return added;
    }
}
