package org.doudi.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application as offices run it, for the benchmarks that measure work where it is done: the web server started
 * from the jar on the benchmark's database (its demo users added, no demo population), signed in to as the demo
 * administrator over HTTP (once, for an API token: a password is checked with bcrypt on every request that
 * carries it, a tenth of a second of processor time each, which a client polling for progress would take from the
 * work it measures), and the processor time of the server and of PostgreSQL's backends read from /proc.
 */
final class AppServer implements AutoCloseable {

    private static final int PORT = 18_931;
    private static final String USER = "admin";
    private static final String PASSWORD = "Doudi-demo-2026";
    /** The {@code id} of an answer's JSON body. */
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final Process process;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** How each request signs in: the password until the token is issued, then the token. */
    private String authorization = "Basic "
            + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    private AppServer(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the server from {@code jar} with the JVM options in {@code optionsVariable}, and waits until it answers. */
    static AppServer start(Path jar, String optionsVariable) throws Exception {
        Path log = Files.createTempFile("doudi-server", ".log");
        // the demo users sign in (generate wrote the regions, not the users); no demo population beside the province
        List<String> command = Bench.java(optionsVariable, "-Dserver.port=" + PORT, "-Ddoudi.demo.load=always",
                "-Ddoudi.demo.households=0", "-jar", jar.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AppServer server = new AppServer(process, log);
        long t0 = System.nanoTime();
        server.waitUntilUp();
        server.signInWithToken();
        System.out.printf("server up in %.1f s (its log: %s)%n", Bench.secs(t0), log);
        return server;
    }

    long pid() {
        return process.pid();
    }

    /** The server's processor time so far, in seconds. */
    double cpu() {
        return CpuSampler.cpu(process.pid());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request to the server, signed in as the demo administrator. */
    HttpRequest.Builder request(String path, Duration timeout) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
                .header("Authorization", authorization).header("Accept", "application/json")
                .timeout(timeout);
    }

    HttpRequest.Builder request(String path) {
        return request(path, Duration.ofSeconds(30));
    }

    /** A multipart form of text fields and one file, streamed from disk, as a browser uploads it. */
    static HttpRequest.Builder multipart(HttpRequest.Builder request, Map<String, String> fields, String fileField,
                                         Path file) throws IOException {
        String boundary = "----doudi-bench-" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\n").append("Content-Disposition: form-data; name=\"")
                .append(fileField).append("\"; filename=\"").append(file.getFileName()).append("\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n");
        String tail = "\r\n--" + boundary + "--\r\n";
        return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head.toString()),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofString(tail)));
    }

    private void signInWithToken() throws Exception {
        HttpResponse<String> issued = send(request("/api/v1/me/tokens").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"benchmark\", \"days\": 1}")).build());
        if (issued.statusCode() != 201) {
            throw new IllegalStateException("no API token: " + issued.statusCode() + " " + issued.body());
        }
        authorization = "Bearer " + match(TOKEN, issued.body());
    }

    private void waitUntilUp() throws Exception {
        for (int i = 0; i < 600; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped; its log: " + log);
            }
            try {
                if (http.send(request("/api/v1/feeds/types").GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not answer within 5 minutes; its log: " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** The first group of {@code p} in {@code json}. */
    static String match(Pattern p, String json) {
        Matcher m = p.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(p + " not in " + json);
        }
        return m.group(1);
    }
}
