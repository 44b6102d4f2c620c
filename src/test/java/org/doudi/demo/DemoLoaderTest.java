package org.doudi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.doudi.identity.Users;
import org.doudi.policy.ParameterHistoryLoader;
import org.doudi.region.Regions;
import org.doudi.registry.SyntheticPopulation;
import org.doudi.testing.Api;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In demo mode the demo users are added whenever one is missing, also where the regions were there already (a
 * database that {@code generate} filled has the regions and no user): otherwise nobody could sign in.
 */
@DoudiTest
class DemoLoaderTest {

    private static final String USER = "qingshan.revitalisation";

    @LocalServerPort
    int port;

    @Autowired
    Regions regions;

    @Autowired
    Users users;

    @Autowired
    ParameterHistoryLoader parameters;

    @Autowired
    SyntheticPopulation population;

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMissingDemoUserIsAddedBackWhileTheRegionsAreThereAndCanSignIn() {
        forget(USER);
        assertThat(Api.as(port, USER).get("/api/v1/me").status()).as("gone: cannot sign in").isEqualTo(401);
        long regionsBefore = jdbc.queryForObject("select count(*) from region", Long.class);
        long usersBefore = jdbc.queryForObject("select count(*) from app_user", Long.class);

        loader().run(null);

        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).as("that one user only")
                .isEqualTo(usersBefore + 1);
        assertThat(jdbc.queryForObject("select count(*) from region", Long.class)).isEqualTo(regionsBefore);
        Api.Response me = Api.as(port, USER).get("/api/v1/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("regionCode").asText()).isEqualTo(DemoRegions.QINGSHAN);

        loader().run(null);
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).as("nothing missing, nothing added")
                .isEqualTo(usersBefore + 1);
    }

    /** The loader as a demo start builds it, in mode {@code always}, adding no population. */
    private DemoLoader loader() {
        return new DemoLoader(regions, users, parameters, population, environment, "always",
                environment.getProperty("spring.datasource.url"), 0, 1);
    }

    private void forget(String username) {
        Long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        jdbc.update("delete from api_token where user_id = ?", id);
        jdbc.update("delete from user_role where user_id = ?", id);
        jdbc.update("delete from app_user where id = ?", id);
    }
}
