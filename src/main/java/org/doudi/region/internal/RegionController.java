package org.doudi.region.internal;

import java.util.List;

import org.doudi.region.Region;
import org.doudi.region.RegionScope;
import org.doudi.region.Regions;
import org.doudi.shared.security.Actor;
import org.doudi.shared.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tree as the signed-in user may see it: their own region, everything below it, and the
 * ancestors on the way up (so a page can show where they are). Anything else is 404.
 */
@RestController
@RequestMapping("/api/v1/regions")
class RegionController {

    private final Regions regions;

    RegionController(Regions regions) {
        this.regions = regions;
    }

    record RegionView(String code, String name, String level, String parentCode, List<PathItem> path) {
    }

    record PathItem(String code, String name) {
    }

    @GetMapping("/{code}")
    RegionView get(@PathVariable String code) {
        Region region = visible(code);
        List<PathItem> path = regions.path(code).stream().map(r -> new PathItem(r.code(), r.name())).toList();
        return new RegionView(region.code(), region.name(), region.level().name(), region.parentCode(), path);
    }

    @GetMapping("/{code}/children")
    List<RegionView> children(@PathVariable String code) {
        visible(code);
        RegionScope mine = RegionScope.of(Actor.current().regionCode());
        return regions.children(code).stream()
                .filter(r -> mine.contains(r.code()) || r.scope().contains(mine.code()))
                .map(r -> new RegionView(r.code(), r.name(), r.level().name(), r.parentCode(), null))
                .toList();
    }

    private Region visible(String code) {
        RegionScope mine = RegionScope.of(Actor.current().regionCode());
        Region region = regions.find(code).orElseThrow(() -> new NotFoundException("region " + code));
        if (!mine.contains(code) && !region.scope().contains(mine.code())) {
            throw new NotFoundException("region " + code);
        }
        return region;
    }
}
