package org.doudi.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionScopeTest {

    @Test
    void theLevelIsReadFromTheTrailingZeros() {
        assertThat(RegionLevel.of("990000000000")).isEqualTo(RegionLevel.PROVINCE);
        assertThat(RegionLevel.of("990100000000")).isEqualTo(RegionLevel.CITY);
        assertThat(RegionLevel.of("990121000000")).isEqualTo(RegionLevel.COUNTY);
        assertThat(RegionLevel.of("990121101000")).isEqualTo(RegionLevel.TOWN);
        assertThat(RegionLevel.of("990121101201")).isEqualTo(RegionLevel.VILLAGE);
        assertThat(RegionLevel.of("990102001001")).isEqualTo(RegionLevel.VILLAGE);
    }

    @Test
    void aCountyScopeSpansItsTownsAndVillagesAndNothingElse() {
        RegionScope qingshan = RegionScope.of("990121000000");
        assertThat(qingshan.lo()).isEqualTo("990121000000");
        assertThat(qingshan.hi()).isEqualTo("990121999999");
        assertThat(qingshan.contains("990121101201")).isTrue();
        assertThat(qingshan.contains("990121000000")).isTrue();
        assertThat(qingshan.contains("990122101201")).as("河口县 is a sibling").isFalse();
        assertThat(qingshan.contains("990100000000")).as("the city is above").isFalse();
    }

    @Test
    void aVillageScopeIsTheVillageAlone() {
        RegionScope shiqiao = RegionScope.of("990121101201");
        assertThat(shiqiao.lo()).isEqualTo(shiqiao.hi()).isEqualTo("990121101201");
        assertThat(shiqiao.contains("990121101202")).isFalse();
    }

    @Test
    void containmentBetweenScopesFollowsTheTree() {
        assertThat(RegionScope.of("990100000000").contains(RegionScope.of("990121101000"))).isTrue();
        assertThat(RegionScope.of("990121101000").contains(RegionScope.of("990121000000"))).isFalse();
    }

    @Test
    void aCodeMustHaveTwelveDigits() {
        assertThatThrownBy(() -> RegionScope.of("9901")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegionScope.of("99012110120X")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCodeNamesItsAncestorsNearestFirst() {
        assertThat(RegionCodes.selfAndAncestors("990121101201")).containsExactly("990121101201", "990121101000",
                "990121000000", "990100000000", "990000000000");
        assertThat(RegionCodes.selfAndAncestors("990121000000")).containsExactly("990121000000", "990100000000",
                "990000000000");
    }
}
