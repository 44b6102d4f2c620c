package org.doudi.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.doudi.registry.IdNumber;
import org.doudi.testing.Api;

import tools.jackson.databind.JsonNode;

/**
 * A county of its own for a payroll test (a payroll is county-wide; tests never depend on each other's data),
 * with its users — two county officers (a maker and a checker), a town caseworker and a town approver — and helpers
 * to register households, grant benefits, and take payrolls through their steps over HTTP.
 */
public final class PaymentWorld {

    public static final String PASSWORD = "Payroll-test-2026";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public final int port;
    public final String county;
    public final String town;
    public final String village;
    public final String officer;
    public final String checker;
    public final String caseworker;
    public final String townApprover;

    private PaymentWorld(int port, String county, String town, String village) {
        this.port = port;
        this.county = county;
        this.town = town;
        this.village = village;
        String k = county.substring(4, 6);
        this.officer = "c" + k + ".officer";
        this.checker = "c" + k + ".checker";
        this.caseworker = "c" + k + ".caseworker";
        this.townApprover = "c" + k + ".approver";
    }

    public static PaymentWorld create(int port) {
        var made = Api.as(port, "admin").post("/api/v1/test-only/payment/counties", Map.of());
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        PaymentWorld w = new PaymentWorld(port, made.json().get("county").asString(), made.json().get("town").asString(),
                made.json().get("village").asString());
        w.user(w.officer, w.county, "COUNTY_OFFICER");
        w.user(w.checker, w.county, "COUNTY_OFFICER");
        w.user(w.caseworker, w.town, "TOWN_CASEWORKER");
        w.user(w.townApprover, w.town, "TOWN_APPROVER");
        return w;
    }

    private void user(String username, String region, String role) {
        var r = Api.as(port, "admin").post("/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "regionCode", region, "roles", List.of(role)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    /** Signed in with a personal token: a password check per request is slow by design. */
    public Api as(String user) {
        String password = user.matches("c\\d+\\..+") ? PASSWORD : Api.DEMO_PASSWORD;
        String token = TOKENS.computeIfAbsent(port + "/" + user, k -> {
            var issued = Api.as(port, user, password).post("/api/v1/me/tokens", Map.of("name", "payroll tests",
                    "days", 1));
            assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
            return issued.json().get("token").asString();
        });
        return Api.withToken(port, token);
    }

    // ---- households and benefits

    /** A valid ID number nobody else is likely to have. */
    public static String idNumber(LocalDate born) {
        return IdNumber.compose("990194", born, ThreadLocalRandom.current().nextInt(1000)).value();
    }

    public static String account() {
        return "6222" + String.format("%015d", ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L));
    }

    /** A member for a household form: name, relation, born, and a bank account when given. */
    public static Map<String, Object> member(String name, String relation, LocalDate born, String account) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        LocalDate birth = born.plusDays(ThreadLocalRandom.current().nextInt(300));
        m.put("idNumber", idNumber(birth));
        m.put("relation", relation);
        m.put("since", birth.isAfter(LocalDate.of(2015, 1, 1)) ? birth.toString() : "2015-01-01");
        if (account != null) {
            m.put("bankName", "农村信用社");
            m.put("bankAccount", account);
        }
        return m;
    }

    /** Registers a household of the county's village; answers it as the registry shows it. */
    public JsonNode household(String residence, List<Map<String, Object>> members) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("regionCode", village);
        form.put("address", "测试村 " + ThreadLocalRandom.current().nextInt(10_000) + " 号");
        form.put("residence", residence);
        form.put("members", members);
        var r = as("admin").post("/api/v1/households", form);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    /** A household of one: its head, with a bank account. */
    public JsonNode single(String name) {
        return household("RURAL", List.of(member(name, "HEAD", LocalDate.of(1950, 3, 1), account())));
    }

    public static long personOf(JsonNode household, String relation) {
        for (JsonNode m : household.get("members")) {
            if (m.get("relation").asString().equals(relation)) {
                return m.get("personId").asLong();
            }
        }
        throw new AssertionError("no " + relation + " in " + household);
    }

    /** A benefit as a decision grants it (test path: casework decides 低保 only). */
    public JsonNode grant(String programme, long householdId, Long personId, String fromMonth, String toMonth, String amount) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("programme", programme);
        g.put("householdId", householdId);
        g.put("personId", personId);
        g.put("regionCode", village);
        g.put("fromMonth", fromMonth);
        g.put("toMonth", toMonth);
        g.put("amount", amount);
        g.put("caseId", 1);
        var r = as(officer).post("/api/v1/test-only/payment/benefits", g);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    public JsonNode grant(long householdId, String fromMonth, String amount) {
        return grant("DIBAO", householdId, null, fromMonth, null, amount);
    }

    public JsonNode stop(long benefitId, String lastMonth, String why) {
        var r = as(officer).post("/api/v1/test-only/payment/benefits/" + benefitId + "/stop",
                Map.of("lastMonth", lastMonth, "why", why));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** Records a member's death in the registry, as a caseworker does when it is reported. */
    public void died(long householdId, long personId, String on) {
        var member = as("admin").get("/api/v1/households/" + householdId + "/members/" + personId);
        assertThat(member.status()).as(member.toString()).isEqualTo(200);
        JsonNode m = member.json();
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("version", m.get("version").asInt());
        change.put("name", m.get("name").asString());
        change.put("relation", m.get("relation").asString());
        change.put("bankName", m.get("bankName").isNull() ? null : m.get("bankName").asString());
        change.put("diedOn", on);
        var r = as("admin").put("/api/v1/households/" + householdId + "/members/" + personId, change);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    /** A new bank account for a member (the old one was wrong). */
    public void newAccount(long householdId, long personId, String account) {
        JsonNode m = as("admin").get("/api/v1/households/" + householdId + "/members/" + personId).json();
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("version", m.get("version").asInt());
        change.put("name", m.get("name").asString());
        change.put("relation", m.get("relation").asString());
        change.put("bankName", "农业银行");
        change.put("bankAccount", account);
        var r = as("admin").put("/api/v1/households/" + householdId + "/members/" + personId, change);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    // ---- payrolls

    public Api.Response generateResponse(String user, String programme, String month) {
        return as(user).post("/api/v1/payrolls", Map.of("countyCode", county, "programme", programme, "month", month));
    }

    public JsonNode generate(String month) {
        return generate("DIBAO", month);
    }

    public JsonNode generate(String programme, String month) {
        var r = generateResponse(officer, programme, month);
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        assertThat(r.json().get("state").asString()).as(r.toString()).isEqualTo("PENDING_APPROVAL");
        return r.json();
    }

    public JsonNode payroll(long id) {
        var r = as(officer).get("/api/v1/payrolls/" + id);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    public JsonNode step(String user, long id, String step) {
        var r = as(user).post("/api/v1/payrolls/" + id + "/" + step, Map.of("version",
                payroll(id).get("version").asInt()));
        assertThat(r.status()).as(step + ": " + r).isEqualTo(200);
        return r.json();
    }

    /** Generated, approved by the checker and exported by the maker. */
    public JsonNode paid(String month) {
        return paid("DIBAO", month);
    }

    public JsonNode paid(String programme, String month) {
        long id = generate(programme, month).get("id").asLong();
        step(checker, id, "approve");
        return step(officer, id, "export");
    }

    public List<JsonNode> lines(long payrollId) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            var r = as(officer).get("/api/v1/payrolls/" + payrollId + "/lines?size=500&page=" + page);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            r.json().get("items").forEach(all::add);
            if ((page + 1) * 500L >= r.json().get("total").asLong()) {
                return all;
            }
        }
    }

    /** The lines of a payroll for one household. */
    public List<JsonNode> lines(long payrollId, long householdId) {
        return lines(payrollId).stream().filter(l -> l.get("householdId").asLong() == householdId).toList();
    }

    public String bankFile(long payrollId, String format) {
        return new String(download(payrollId, format), StandardCharsets.UTF_8);
    }

    public byte[] download(long payrollId, String format) {
        String token = TOKENS.get(port + "/" + officer);
        try {
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/v1/payrolls/" + payrollId + "/bank-file?format=" + format))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Api.Response returnFile(long payrollId, String csv) {
        return postCsv("/api/v1/payrolls/" + payrollId + "/return-file", csv);
    }

    /** A CSV file as the body of a POST, by the county officer. */
    public Api.Response postCsv(String path, String csv) {
        as(officer);
        String token = TOKENS.get(port + "/" + officer);
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                    .header("Accept", "application/json, application/problem+json")
                    .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A return file saying every payment in the bank file was paid, except those of {@code failed} references. */
    public String returnFor(long payrollId, List<String> failed) {
        StringBuilder csv = new StringBuilder("reference,status,reason\n");
        for (String row : bankFile(payrollId, "csv").split("\r\n")) {
            String reference = row.split(",")[0];
            if (reference.equals("reference") || reference.isBlank()) {
                continue;
            }
            csv.append(reference).append(failed.contains(reference) ? ",FAILED,账户已销户\n" : ",PAID,\n");
        }
        return csv.toString();
    }
}
