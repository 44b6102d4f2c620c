package org.doudi.registry.internal.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.doudi.region.Region;
import org.doudi.registry.PopulationSpec;
import org.doudi.registry.Residence;

/**
 * A spec made concrete: the villages households go to, each with a size. The first households go
 * one to each village in code order, so that every village has people even in a small run; the
 * rest are spread in proportion to the villages' sizes.
 */
record PopulationPlan(PopulationSpec spec, List<Village> villages, long[] cumulativeWeights) {

    static PopulationPlan of(PopulationSpec spec, List<Region> villages, Map<String, String> townNames) {
        List<Village> planned = new ArrayList<>();
        long[] cumulative = new long[villages.size()];
        long total = 0;
        for (Region v : villages) {
            Residence residence = residenceOf(v.code());
            Dice size = new Dice(Dice.mix(Long.parseLong(v.code())));
            int weight = residence == Residence.URBAN ? size.between(600, 2500) : size.between(150, 600);
            planned.add(new Village(v.code(), v.name(), townNames.getOrDefault(v.parentCode(), ""), residence, weight));
            total += weight;
            cumulative[planned.size() - 1] = total;
        }
        return new PopulationPlan(spec, List.copyOf(planned), cumulative);
    }

    /**
     * By the statistical division codes: a county code 01–20 is a city district (市辖区), a village
     * code 001–199 a residents' committee (居委会); both are urban, everything else rural.
     */
    static Residence residenceOf(String villageCode) {
        int county = Integer.parseInt(villageCode.substring(4, 6));
        int village = Integer.parseInt(villageCode.substring(9, 12));
        return county >= 1 && county <= 20 || village >= 1 && village <= 199 ? Residence.URBAN : Residence.RURAL;
    }

    long seed() {
        return spec.seed();
    }

    LocalDate referenceDate() {
        return spec.referenceDate();
    }

    Village villageFor(long index, Dice dice) {
        if (index < villages.size()) {
            return villages.get((int) index);
        }
        long roll = (long) (dice.unit() * cumulativeWeights[cumulativeWeights.length - 1]);
        int lo = 0;
        int hi = cumulativeWeights.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulativeWeights[mid] > roll) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return villages.get(lo);
    }
}
