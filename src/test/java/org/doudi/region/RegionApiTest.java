package org.doudi.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.doudi.testing.Api;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@DoudiTest
class RegionApiTest {

    @LocalServerPort
    int port;

    @Test
    void aRegionComesWithItsPathFromTheProvince() {
        var r = Api.as(port, "shiqiao.coordinator").get("/api/v1/regions/990121101201");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("name").asString()).isEqualTo("石桥村");
        assertThat(r.json().get("level").asString()).isEqualTo("VILLAGE");
        var path = r.json().get("path");
        assertThat(path.size()).isEqualTo(5);
        assertThat(path.get(0).get("name").asString()).isEqualTo("示范省");
        assertThat(path.get(2).get("name").asString()).isEqualTo("青山县");
    }

    @Test
    void aCountyOfficerSeesTheTownsOfTheCounty() {
        var r = Api.as(port, "qingshan.county").get("/api/v1/regions/990121000000/children");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().size()).isGreaterThanOrEqualTo(2);
        r.json().forEach(town -> assertThat(town.get("code").asString()).startsWith("990121"));
    }

    @Test
    void aRegionOutsideTheUsersOwnIsNotFoundLikeAMissingOne() {
        var coordinator = Api.as(port, "shiqiao.coordinator");
        var otherCounty = coordinator.get("/api/v1/regions/990122000000");
        var missing = coordinator.get("/api/v1/regions/990199000000");
        assertThat(otherCounty.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(otherCounty.contentType()).startsWith("application/problem+json");
        assertThat(coordinator.get("/api/v1/regions/990121101202").status()).as("a neighbouring village").isEqualTo(404);
        assertThat(coordinator.get("/api/v1/regions/990121000000").status()).as("its own county, above it").isEqualTo(200);
    }

    @Test
    void theChildrenOfAnAncestorAreOnlyThoseOnTheWayToTheUsersRegion() {
        var r = Api.as(port, "shiqiao.coordinator").get("/api/v1/regions/990121000000/children");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().size()).isEqualTo(1);
        assertThat(r.json().get(0).get("code").asString()).isEqualTo("990121101000");
    }
}
