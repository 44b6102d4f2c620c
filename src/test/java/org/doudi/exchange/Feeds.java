package org.doudi.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.doudi.registry.IdNumber;
import org.doudi.testing.Api;

/** What the exchange tests need: signed-in clients, households of their own, feed files and their upload. */
public final class Feeds {

    static final String SHIQIAO = "990121101201";
    static final String HEKOU_VILLAGE = "990122101201";
    static final String COUNTY = "qingshan.county";

    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(400_000));
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Feeds() {
    }

    /** A valid ID number no other test uses (region of issue 990177 is the exchange tests' own). */
    static String newIdNumber() {
        int n = NEXT.getAndIncrement();
        return IdNumber.compose("990177", LocalDate.of(1940, 1, 1).plusDays(n / 1000 % 25_000), n % 1000).value();
    }

    static Api as(int port, String user) {
        String token = TOKENS.computeIfAbsent(port + "/" + user, k -> {
            var issued = Api.as(port, user).post("/api/v1/me/tokens", Map.of("name", "exchange tests", "days", 1));
            assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
            return issued.json().get("token").asString();
        });
        return Api.withToken(port, token);
    }

    /** A household of the village with these members (name, ID number, relation); answers its detail. */
    static tools.jackson.databind.JsonNode household(int port, String village, List<Map<String, Object>> members) {
        var created = as(port, "admin").post("/api/v1/households", Map.of("regionCode", village,
                "address", "交换测试路 " + NEXT.get() + " 号", "residence", "RURAL", "members", members));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    /** A CSV file: the rows joined by commas (no quoting needed in the tests' values). */
    public static byte[] csv(List<String> header, List<List<String>> rows) {
        StringBuilder s = new StringBuilder(String.join(",", header)).append("\r\n");
        rows.forEach(r -> s.append(String.join(",", r)).append("\r\n"));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The same rows as an XLSX workbook, each value in the cell type a clerk's spreadsheet would have: dates
     * (yyyy-MM-dd) as date cells, amounts as numbers, everything else as text.
     */
    static byte[] xlsx(List<String> header, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook wb = new Workbook(bytes, "test", "1.0");
        Worksheet ws = wb.newWorksheet("数据");
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c);
                if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    ws.value(r + 1, c, LocalDate.parse(v));
                    ws.style(r + 1, c).format("yyyy-mm-dd").set();
                } else if (v.matches("\\d{1,9}\\.\\d{2}")) {
                    ws.value(r + 1, c, new java.math.BigDecimal(v));
                } else if (!v.isEmpty()) {
                    ws.value(r + 1, c, v);
                }
            }
        }
        wb.finish();
        return bytes.toByteArray();
    }

    /** {@code POST /api/v1/feeds} as a multipart form, as a browser or curl sends it. */
    public static Api.Response upload(int port, String user, String type, String mode, String fileName, byte[] content) {
        String boundary = "----doudi" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "type", type);
        if (mode != null) {
            field(body, boundary, "mode", mode);
        }
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        String token = TOKENS.get(port + "/" + user);
        if (token == null) {
            as(port, user);
            token = TOKENS.get(port + "/" + user);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/feeds"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GET answering bytes (templates, reports). */
    static HttpResponse<byte[]> download(int port, String user, String path) {
        as(port, user);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TOKENS.get(port + "/" + user)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n");
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
