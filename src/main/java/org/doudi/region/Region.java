package org.doudi.region;

/** A node of the administrative tree. {@code parentCode} is null for a province. */
public record Region(String code, String name, RegionLevel level, String parentCode) {

    public RegionScope scope() {
        return new RegionScope(code, level);
    }
}
