package io.newsdesk.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newsdesk.app.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Issue 18 (7): bad input from a client is the client's error. Undecodable path escapes, forms in a charset
 * nobody knows and broken multipart bodies answer 400, and leave at most one log line without a stack trace.
 * Multipart is refused everywhere but the one upload route (issue 14: an article's lead image,
 * {@code /admin/articles/{id}/image}), where malformed bodies are a clean 400 too.
 * Requests go over a raw socket: Java's own clients refuse to send such addresses.
 */
class BadInputTest {
    @TempDir static Path dir;
    static TestSite site;
    static final ListAppender<ILoggingEvent> log = new ListAppender<>();
    static final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeAll
    static void start() {
        site = TestSite.withDemo(dir);
        log.start();
        root.addAppender(log);
    }

    @AfterAll
    static void stop() {
        root.detachAppender(log);
        site.close();
    }

    @BeforeEach
    void startWithAnEmptyLog() {
        clearLog();
    }

    /** Sends one request as written and returns the status line's code and the whole answer. */
    private static String[] raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", site.site.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            return new String[] {text.length() >= 12 ? text.substring(9, 12) : "", text};
        }
    }

    private static String get(String target) throws Exception {
        return raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: " + TestSite.BROWSER_UA
                + "\r\nConnection: close\r\n\r\n")[0];
    }

    private static String[] post(String path, String contentType, String body) throws Exception {
        return raw("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: " + TestSite.BROWSER_UA
                + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.getBytes(StandardCharsets.ISO_8859_1).length
                + "\r\nConnection: close\r\n\r\n" + body);
    }

    private static void loggedAtMostOneLineWithoutTrace(String what) {
        List<ILoggingEvent> logged = logged();
        List<ILoggingEvent> loud = logged.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).toList();
        assertThat(loud).as(what + ": log lines at WARN or above").hasSizeLessThanOrEqualTo(1);
        assertThat(logged).as(what + ": nothing at ERROR").noneMatch(e -> e.getLevel() == Level.ERROR);
        assertThat(logged).as(what + ": no stack trace").allMatch(e -> e.getThrowableProxy() == null);
    }

    // the site's own threads (its indexer, its timers) log meanwhile: the appender adds under its lock, so read and
    // clear under it too (iterating the list while a line arrived failed one CI run with ConcurrentModificationException)
    private static List<ILoggingEvent> logged() {
        synchronized (log) {
            return List.copyOf(log.list);
        }
    }

    private static void clearLog() {
        synchronized (log) {
            log.list.clear();
        }
    }

    @Test
    void percentUEscapesInAPathAre400s() throws Exception {
        for (String target : List.of("/article/%u0041", "/section/%u0041", "/assets/%u0041", "/media/..%u2216x.png",
                "/author/%u0041", "/%u0041", "/article/%zz", "/article/%", "/search?q=%u0041")) {
            clearLog();
            assertThat(get(target)).as(target).isEqualTo("400");
            loggedAtMostOneLineWithoutTrace(target);
        }
        // the site still answers after them
        assertThat(get("/")).isEqualTo("200");
    }

    @Test
    void aFormInAnUnknownCharsetIs400() throws Exception {
        String path = articlePath() + "/comments";
        String[] answer = post(path, "application/x-www-form-urlencoded; charset=bogus-42", "name=A&comment=hello");
        assertThat(answer[0]).isEqualTo("400");
        assertThat(answer[1]).contains("<html");
        loggedAtMostOneLineWithoutTrace("bogus charset");

        clearLog();
        assertThat(post("/admin/login", "application/x-www-form-urlencoded; charset=bogus-42", "password=x")[0]).isEqualTo("400");
        loggedAtMostOneLineWithoutTrace("bogus charset on the login form");
    }

    @Test
    void multipartBodiesMalformedOrNotAre400() throws Exception {
        String path = articlePath() + "/comments";
        String unterminated = "--XyZ\r\nContent-Disposition: form-data; name=\"comment\"\r\n\r\nhello";
        String noBoundary = "garbage that is not multipart at all";
        String badHeader = "--XyZ\r\nthis is not a header line\r\n\r\nvalue\r\n--XyZ--\r\n";
        String wellFormed = "--XyZ\r\nContent-Disposition: form-data; name=\"comment\"\r\n\r\nhello\r\n--XyZ--\r\n";
        for (String[] c : List.of(new String[] {"multipart/form-data; boundary=XyZ", unterminated},
                new String[] {"multipart/form-data; boundary=XyZ", noBoundary},
                new String[] {"multipart/form-data; boundary=XyZ", badHeader},
                new String[] {"multipart/form-data", unterminated},
                new String[] {"multipart/form-data; boundary=XyZ", wellFormed})) {
            clearLog();
            String[] answer = post(path, c[0], c[1]);
            assertThat(answer[0]).as(c[0] + " / " + c[1]).isEqualTo("400");
            loggedAtMostOneLineWithoutTrace(c[1]);
            assertThat(post("/admin/login", c[0], c[1])[0]).as("login: " + c[1]).isEqualTo("400");
        }
    }

    @Test
    void onTheUploadRouteMalformedMultipartBodiesAre400AndElsewhereWellFormedOnesStillAre() throws Exception {
        String cookie = site.adminCookie();
        String csrf = site.adminCsrf(cookie);
        String section = site.stores.sections().all().get(0).id();
        var created = site.postForm("/admin/articles/new", "csrf=" + csrf + "&title=Upload+target&section=" + section + "&body=x",
                "Cookie", cookie);
        assertThat(created.statusCode()).isEqualTo(303);
        String where = created.headers().firstValue("Location").orElseThrow();
        String upload = where.substring(0, where.indexOf('?')) + "/image";
        String token = "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n";
        List<String[]> malformed = List.of(
                new String[] {"multipart/form-data; boundary=XyZ", token + "--XyZ\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.png\"\r\n\r\nhello"},
                new String[] {"multipart/form-data; boundary=XyZ", "garbage that is not multipart at all"},
                new String[] {"multipart/form-data; boundary=XyZ", "--XyZ\r\nthis is not a header line\r\n\r\nvalue\r\n--XyZ--\r\n"},
                new String[] {"multipart/form-data", token + "--XyZ--\r\n"},
                new String[] {"multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--XyZ--\r\n"},
                new String[] {"multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n" + "x".repeat(9000)},
                new String[] {"multipart/form-data; boundary=XyZ", "--XyZ" + "\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nv\r\n--XyZ".repeat(30) + "--\r\n"},
                new String[] {"multipart/mixed; boundary=XyZ", token + "--XyZ--\r\n"},
                new String[] {"multipart/form-data; boundary=" + "b".repeat(80), token + "--XyZ--\r\n"});
        for (String[] c : malformed) {
            clearLog();
            String[] answer = raw("POST " + upload + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: " + TestSite.BROWSER_UA
                    + "\r\nCookie: " + cookie + "\r\nContent-Type: " + c[0] + "\r\nContent-Length: "
                    + c[1].getBytes(StandardCharsets.ISO_8859_1).length + "\r\nConnection: close\r\n\r\n" + c[1]);
            assertThat(answer[0]).as(c[0] + " / " + c[1].substring(0, Math.min(80, c[1].length()))).isEqualTo("400");
            assertThat(answer[1]).contains("<html");
            loggedAtMostOneLineWithoutTrace("upload: " + c[1].substring(0, Math.min(80, c[1].length())));
        }
        // cut short on the upload route
        clearLog();
        String[] cut = raw("POST " + upload + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookie
                + "\r\nContent-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: 500\r\nConnection: close\r\n\r\n" + token);
        assertThat(cut[0]).isIn("400", "");
        loggedAtMostOneLineWithoutTrace("upload cut short");
        // a well-formed multipart body on any other admin route is still refused
        String wellFormed = token + "--XyZ\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nLocal\r\n--XyZ--\r\n";
        String[] other = raw("POST /admin/sections/add HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookie
                + "\r\nContent-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: " + wellFormed.length()
                + "\r\nConnection: close\r\n\r\n" + wellFormed);
        assertThat(other[0]).isEqualTo("400");
        assertThat(get("/")).isEqualTo("200");
    }

    @Test
    void bodiesCutShortAre400() throws Exception {
        String path = articlePath() + "/comments";
        for (String type : List.of("application/x-www-form-urlencoded", "multipart/form-data; boundary=XyZ")) {
            clearLog();
            // the client promises more than it sends, then closes its side
            String[] answer = raw("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type
                    + "\r\nContent-Length: 500\r\nConnection: close\r\n\r\nname=A&comment=hel");
            assertThat(answer[0]).as(type).isIn("400", "");
            loggedAtMostOneLineWithoutTrace("cut short: " + type);
        }
    }

    private static String articlePath() throws Exception {
        return org.jsoup.Jsoup.parse(site.get("/").body()).selectFirst("a[href^=/article/]").attr("href");
    }
}
