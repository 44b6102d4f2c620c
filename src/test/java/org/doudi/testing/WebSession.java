package org.doudi.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without JavaScript, for page tests over real HTTP: it keeps the session cookie, follows
 * redirects as a browser does, and sends the CSRF token of the last page it saw with every form.
 * {@code WebSession.signIn(port, "shiqiao.coordinator").get("/households")}.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrf;

    private WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    public static WebSession signIn(int port, String username) {
        return signIn(port, username, Api.DEMO_PASSWORD);
    }

    /** Signs in through the form; fails unless the home page is reached. */
    public static WebSession signIn(int port, String username, String password) {
        WebSession session = new WebSession(port);
        Page home = session.trySignIn(username, password);
        if (!home.path().equals("/")) {
            throw new IllegalStateException(username + " could not sign in: " + home.path());
        }
        return session;
    }

    /** Posts the sign-in form and answers the page it leads to (the home page, or the form with an error). */
    public Page trySignIn(String username, String password) {
        get("/login");
        return post("/login", "username", username, "password", password);
    }

    public Page get(String path, String... headers) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).GET()
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        for (int i = 0; i < headers.length; i += 2) {
            r.header(headers[i], headers[i + 1]);
        }
        return send(r);
    }

    /** A download with the session's cookie: status, content type, {@code Content-Disposition} and the bytes. */
    public Api.Download download(String path) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET()
                    .header("Accept", "application/pdf,text/html;q=0.9,*/*;q=0.8").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Api.Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Content-Disposition").orElse(""), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form: name, value, name, value … (a name may repeat, as checkboxes do). */
    public Page post(String path, String... fields) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
        }
        if (csrf != null) {
            pairs.add("_csrf=" + encode(csrf));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
    }

    /**
     * Posts a form with a file, as {@code multipart/form-data}: the file under {@code fileField}, then name, value,
     * name, value … and the CSRF token of the last page.
     */
    public Page upload(String path, String fileField, String fileName, byte[] content, String... fields) {
        String boundary = "----doudi" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        List<String> pairs = new ArrayList<>(List.of(fields));
        if (csrf != null) {
            pairs.add("_csrf");
            pairs.add(csrf);
        }
        for (int i = 0; i < pairs.size(); i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + pairs.get(i)
                    + "\"\r\n\r\n" + pairs.get(i + 1) + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            String uri = r.uri().toString().substring(base.length());
            return new Page(r.statusCode(), uri, r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The page a request ended on (after redirects): status, address, content type, HTML. */
    public record Page(int status, String uri, String contentType, String body) {

        /** The address without its query. */
        public String path() {
            int q = uri.indexOf('?');
            return q < 0 ? uri : uri.substring(0, q);
        }

        /** The text of the first element with this id, tags removed and spaces collapsed. */
        public String textOf(String id) {
            Matcher m = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(body);
            if (!m.find()) {
                return null;
            }
            String tag = m.group(1);
            int depth = 1;
            Matcher tags = Pattern.compile("<(/?)" + tag + "\\b[^>]*>").matcher(body);
            int from = m.end();
            int pos = from;
            while (depth > 0 && tags.find(pos)) {
                depth += tags.group(1).isEmpty() ? 1 : -1;
                pos = tags.end();
                if (depth == 0) {
                    return body.substring(from, tags.start()).replaceAll("<[^>]+>", " ")
                            .replaceAll("\\s+", " ").strip();
                }
            }
            return null;
        }

        /**
         * What a browser would send for the form with this id, as name, value, name, value …: text and
         * hidden inputs, checked boxes and radios, the selected option of each select, textareas.
         * Submit buttons are left out, and so is the CSRF token, which {@link #post} adds.
         */
        public List<String> formFields(String formId) {
            Matcher form = Pattern.compile("<form[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>(.*?)</form>",
                    Pattern.DOTALL).matcher(body);
            if (!form.find()) {
                throw new IllegalStateException("no form " + formId + " on " + uri);
            }
            String html = form.group(1);
            List<String> fields = new ArrayList<>();
            Matcher input = Pattern.compile("<input\\b([^>]*)>").matcher(html);
            while (input.find()) {
                Map<String, String> a = attributes(input.group(1));
                String type = a.getOrDefault("type", "text");
                boolean checkable = type.equals("checkbox") || type.equals("radio");
                // the session sends the CSRF token itself
                if (a.containsKey("name") && !a.get("name").equals("_csrf") && !type.equals("submit")
                        && (!checkable || a.containsKey("checked"))) {
                    fields.add(a.get("name"));
                    fields.add(a.getOrDefault("value", checkable ? "on" : ""));
                }
            }
            Matcher select = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL).matcher(html);
            while (select.find()) {
                String name = attributes(select.group(1)).get("name");
                String chosen = null;
                Matcher option = Pattern.compile("<option\\b([^>]*)>").matcher(select.group(2));
                while (option.find()) {
                    Map<String, String> a = attributes(option.group(1));
                    if (chosen == null || a.containsKey("selected")) {
                        chosen = a.getOrDefault("value", "");
                        if (a.containsKey("selected")) {
                            break;
                        }
                    }
                }
                if (name != null && chosen != null) {
                    fields.add(name);
                    fields.add(chosen);
                }
            }
            Matcher textarea = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL).matcher(html);
            while (textarea.find()) {
                fields.add(attributes(textarea.group(1)).get("name"));
                fields.add(unescape(textarea.group(2)));
            }
            return fields;
        }

        private static Map<String, String> attributes(String tag) {
            Map<String, String> a = new java.util.HashMap<>();
            Matcher m = Pattern.compile("([\\w:-]+)(?:=\"([^\"]*)\")?").matcher(tag);
            while (m.find()) {
                a.put(m.group(1), m.group(2) == null ? "" : unescape(m.group(2)));
            }
            return a;
        }

        private static String unescape(String s) {
            return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&");
        }

        @Override
        public String toString() {
            return status + " " + uri + "\n" + body;
        }
    }
}
