package org.doudi.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.registry.RegistryFixtures.HEKOU_VILLAGE;
import static org.doudi.registry.RegistryFixtures.SHIQIAO;
import static org.doudi.registry.RegistryFixtures.household;
import static org.doudi.registry.RegistryFixtures.member;
import static org.doudi.registry.RegistryFixtures.newIdNumber;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.doudi.region.RegionScope;
import org.doudi.registry.RegistryFixtures.Fixture;
import org.doudi.testing.Api;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every registry endpoint × every demo role × a household inside or outside the role's region.
 * Outside the region everything answers 404, exactly like a household that does not exist;
 * read-only roles get 403 on every write, and only some roles may see a full ID number.
 */
@DoudiTest
class RegistryAccessTest {

    @LocalServerPort
    int port;

    /** The demo users with what the registry lets each do (DOMAIN.md §1.2). */
    record User(String username, String regionCode, boolean writes, boolean reveals) {

        @Override
        public String toString() {
            return username;
        }
    }

    static final List<User> USERS = List.of(
            new User("admin", "990000000000", true, true),
            new User("city.supervisor", "990100000000", false, false),
            new User("qingshan.county", "990121000000", true, true),
            new User("hekou.county", "990122000000", true, true),
            new User("qingshan.town.caseworker", "990121101000", true, true),
            new User("qingshan.town.approver", "990121101000", true, true),
            new User("shiqiao.coordinator", SHIQIAO, true, false),
            new User("qingshan.revitalisation", "990121000000", false, false));

    enum Kind {
        /** the list filtered by the head's ID number: 200 always, the household in it only inside the region */
        LIST,
        READ,
        WRITE,
        REVEAL,
        /** a new household in the fixture's region: outside the actor's region that is a bad regionCode (400) */
        CREATE
    }

    interface Call {
        Api.Response on(Api api, Fixture f, Api admin);
    }

    record Endpoint(String name, Kind kind, int success, Call call) {
    }

    /** In this order: the ends come before the adds that would otherwise overlap, the removal last. */
    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /households?idNumber=", Kind.LIST, 200,
                    (api, f, admin) -> api.get("/api/v1/households?idNumber=" + f.headIdNumber())),
            new Endpoint("GET /households/{id}", Kind.READ, 200, (api, f, admin) -> api.get(f.path(""))),
            new Endpoint("GET /households/{id}/members", Kind.READ, 200,
                    (api, f, admin) -> api.get(f.path("/members"))),
            new Endpoint("GET /households/{id}/members/{personId}", Kind.READ, 200,
                    (api, f, admin) -> api.get(f.path("/members/" + f.headId()))),
            new Endpoint("GET /households/{id}/members/{personId}/id-number", Kind.REVEAL, 200,
                    (api, f, admin) -> api.get(f.path("/members/" + f.headId() + "/id-number"))),
            new Endpoint("PUT /households/{id}", Kind.WRITE, 200, (api, f, admin) -> {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("version", admin.get(f.path("")).json().get("version").asInt());
                change.put("address", "改过的地址");
                change.put("residence", "RURAL");
                return api.put(f.path(""), change);
            }),
            new Endpoint("PUT /households/{id}/members/{personId}", Kind.WRITE, 200, (api, f, admin) -> {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("version", admin.get(f.path("/members/" + f.spouseId())).json().get("version").asInt());
                change.put("name", "李秀英");
                change.put("relation", "SPOUSE");
                return api.put(f.path("/members/" + f.spouseId()), change);
            }),
            new Endpoint("POST /households/{id}/members", Kind.WRITE, 201,
                    (api, f, admin) -> api.post(f.path("/members"), member("王小明", newIdNumber(), "CHILD"))),
            new Endpoint("POST …/members/{personId}/incomes", Kind.WRITE, 201,
                    (api, f, admin) -> api.post(f.path("/members/" + f.headId() + "/incomes"),
                            Map.of("type", "BASIC_PENSION", "monthly", "180", "from", "2026-01"))),
            new Endpoint("POST …/incomes/{incomeId}/end", Kind.WRITE, 200,
                    (api, f, admin) -> api.post(f.path("/members/" + f.headId() + "/incomes/" + f.incomeId() + "/end"),
                            Map.of("to", "2026-01"))),
            new Endpoint("POST …/disabilities/{disabilityId}/end", Kind.WRITE, 200,
                    (api, f, admin) -> api.post(f.path("/members/" + f.headId() + "/disabilities/" + f.disabilityId()
                            + "/end"), Map.of("to", "2024-12-31"))),
            new Endpoint("POST …/members/{personId}/disabilities", Kind.WRITE, 201,
                    (api, f, admin) -> api.post(f.path("/members/" + f.headId() + "/disabilities"),
                            Map.of("kind", "VISUAL", "grade", "3", "from", "2025-01-01"))),
            new Endpoint("POST …/members/{personId}/facts", Kind.WRITE, 201,
                    (api, f, admin) -> api.post(f.path("/members/" + f.headId() + "/facts"),
                            Map.of("kind", "EMPLOYMENT", "value", "FARMING", "from", "2025-01-01"))),
            new Endpoint("POST …/facts/{factId}/end", Kind.WRITE, 200,
                    (api, f, admin) -> api.post(f.path("/members/" + f.headId() + "/facts/" + f.factId() + "/end"),
                            Map.of("to", "2025-06-30"))),
            new Endpoint("POST /households/{id}/assets", Kind.WRITE, 201,
                    (api, f, admin) -> api.post(f.path("/assets"), Map.of("kind", "VEHICLE", "value", "30000",
                            "exempt", true, "from", "2025-03-01"))),
            new Endpoint("POST /households/{id}/assets/{assetId}/end", Kind.WRITE, 200,
                    (api, f, admin) -> api.post(f.path("/assets/" + f.assetId() + "/end"), Map.of("to", "2025-12-31"))),
            new Endpoint("POST /households/{id}/expenses", Kind.WRITE, 201,
                    (api, f, admin) -> api.post(f.path("/expenses"), Map.of("kind", "EDUCATION", "amount", "600",
                            "month", "2026-09"))),
            new Endpoint("DELETE /households/{id}/members/{personId}", Kind.WRITE, 204,
                    (api, f, admin) -> api.delete(f.path("/members/" + f.spouseId() + "?reason=moved%20away"))),
            new Endpoint("POST /households", Kind.CREATE, 201,
                    (api, f, admin) -> api.post("/api/v1/households",
                            household(f.regionCode(), List.of(member("新户主", newIdNumber(), "HEAD"))))));

    static Stream<Arguments> usersAndHouseholds() {
        return USERS.stream().flatMap(u -> Stream.of(Arguments.of(u, SHIQIAO), Arguments.of(u, HEKOU_VILLAGE)));
    }

    @ParameterizedTest(name = "{0} on a household in {1}")
    @MethodSource("usersAndHouseholds")
    void everyEndpointAnswersAsTheRoleAndTheRegionAllow(User user, String householdRegion) {
        Fixture f = RegistryFixtures.rich(port, householdRegion);
        Api api = RegistryFixtures.as(port, user.username());
        Api admin = RegistryFixtures.as(port, "admin");
        boolean inside = RegionScope.of(user.regionCode()).contains(householdRegion);
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : ENDPOINTS) {
            int expected = expectedStatus(e, user, inside);
            Api.Response r = e.call().on(api, f, admin);
            if (r.status() != expected) {
                wrong.add(e.name() + ": expected " + expected + ", got " + r);
            } else if (e.kind() == Kind.LIST && r.json().get("total").asLong() != (inside ? 1 : 0)) {
                wrong.add(e.name() + ": expected " + (inside ? "the household" : "nothing") + ", got " + r.body());
            } else if (expected >= 400 && !r.contentType().startsWith("application/problem+json")) {
                wrong.add(e.name() + ": expected problem+json, got " + r);
            }
        }
        assertThat(wrong).as("%s on a household in %s", user, householdRegion).isEmpty();
    }

    private static int expectedStatus(Endpoint e, User user, boolean inside) {
        return switch (e.kind()) {
            case LIST -> 200;
            case READ -> inside ? 200 : 404;
            case REVEAL -> !user.reveals() ? 403 : inside ? 200 : 404;
            case WRITE -> !user.writes() ? 403 : inside ? e.success() : 404;
            case CREATE -> !user.writes() ? 403 : inside ? 201 : 400;
        };
    }

    @Test
    void theTableKnowsTheDemoUsersAsTheyAre() {
        for (User u : USERS) {
            var me = Api.as(port, u.username()).get("/api/v1/me");
            assertThat(me.json().get("regionCode").asString()).as(u.username()).isEqualTo(u.regionCode());
        }
    }

    @Test
    void aHouseholdOutsideTheRegionLooksExactlyLikeOneThatDoesNotExist() {
        Fixture hekou = RegistryFixtures.rich(port, HEKOU_VILLAGE);
        Api coordinator = RegistryFixtures.as(port, "shiqiao.coordinator");
        long missing = hekou.householdId() + 1_000_000;
        var outside = coordinator.get("/api/v1/households/" + hekou.householdId());
        var absent = coordinator.get("/api/v1/households/" + missing);
        assertThat(outside.status()).isEqualTo(absent.status()).isEqualTo(404);
        assertThat(withoutId(outside.body(), hekou.householdId())).isEqualTo(withoutId(absent.body(), missing));
    }

    private static String withoutId(String body, long householdId) {
        return body.replace("households/" + householdId, "households/ID").replace("household " + householdId + " ",
                "household ID ");
    }
}
