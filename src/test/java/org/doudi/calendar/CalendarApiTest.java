package org.doudi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.doudi.testing.Api;
import org.doudi.testing.DoudiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Working days over HTTP, from the 2026 calendar the application loads at start-up. */
@DoudiTest
class CalendarApiTest {

    @LocalServerPort
    int port;

    Api.Response add(String query) {
        return Api.as(port, "shiqiao.coordinator").get("/api/v1/calendar/add-working-days?" + query);
    }

    @Test
    void threeWorkingDaysAfterTheEveOfNationalDay2026AreTheMakeUpSaturday() {
        var r = add("from=2026-09-30&days=3");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("date").asString()).isEqualTo("2026-10-10");
        assertThat(body.get("official").asBoolean()).isTrue();
        assertThat(body.get("yearsWithoutCalendar").isEmpty()).isTrue();
    }

    @Test
    void aYearWithoutCalendarIsAnsweredFromMondayToFridayAndFlagged() {
        var r = add("from=2031-09-30&days=3");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("date").asString()).isEqualTo("2031-10-03");
        assertThat(r.json().get("official").asBoolean()).isFalse();
        assertThat(r.json().get("yearsWithoutCalendar").get(0).asInt()).isEqualTo(2031);
    }

    @Test
    void anAdministratorLoadsAYearPublishedAfterTheReleaseAndItCountsAtOnce() {
        assertThat(add("from=2099-09-30&days=3").json().get("official").asBoolean()).isFalse();
        String file = """
                year: 2099
                holidays:
                  - {from: 2099-10-01, to: 2099-10-07, name: 国庆节}
                workdays:
                  - 2099-10-10
                """;
        var refused = Api.as(port, "qingshan.county").post("/api/v1/calendar/years", "application/yaml", file);
        assertThat(refused.status()).as("only administrators load calendars").isEqualTo(403);

        var loaded = Api.as(port, "admin").post("/api/v1/calendar/years", "application/yaml", file);
        assertThat(loaded.status()).as(loaded.toString()).isEqualTo(201);
        assertThat(loaded.json().get("holidays").asInt()).isEqualTo(7);

        var r = add("from=2099-09-30&days=3");
        assertThat(r.json().get("official").asBoolean()).isTrue();
        assertThat(r.json().get("date").asString()).as("the holiday skipped, the make-up Saturday counted")
                .isEqualTo("2099-10-10");
        var years = Api.as(port, "shiqiao.coordinator").get("/api/v1/calendar/years");
        assertThat(years.body()).contains("\"year\":2026", "\"year\":2099");

        var again = Api.as(port, "admin").post("/api/v1/calendar/years", "application/yaml", file);
        assertThat(again.status()).as("a published year is never replaced").isEqualTo(409);
    }

    @Test
    void aWrongCalendarFileIsRefusedNamingEveryFault() {
        var r = Api.as(port, "admin").post("/api/v1/calendar/years", "application/yaml", """
                year: 2098
                holidays:
                  - {from: 2098-10-07, to: 2098-10-01, name: 国庆节}
                workdays:
                  - 2098-13-10
                """);
        assertField(r, "file");
        assertThat(r.body()).contains("to is before from", "2098-13-10");
        assertThat(add("from=2098-09-30&days=3").json().get("official").asBoolean()).as("nothing loaded").isFalse();
    }

    @Test
    void badParametersAreNamed() {
        assertField(add("from=2026-13-01&days=3"), "from");
        assertField(add("days=3"), "from");
        assertField(add("from=2026-09-30&days=-1"), "days");
        assertField(add("from=2026-09-30&days=three"), "days");
        assertField(add("from=2026-09-30"), "days");
    }

    private static void assertField(Api.Response r, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }
}
