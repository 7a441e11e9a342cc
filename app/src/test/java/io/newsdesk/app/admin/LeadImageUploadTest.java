package io.newsdesk.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.accounts.Role;
import io.newsdesk.app.media.TestImages;
import io.newsdesk.app.news.StoredImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, uploading an article's lead image over real HTTP: a picture is stored as the site's own renditions;
 * an SVG with script, polyglots (a GIF that is also a script, a JPEG with a page appended, script in a JPEG comment),
 * a 100-megapixel header, a non-image and an oversized body are refused with a reason, and the client's file name
 * is never shown or kept. Every hostile file is made here.
 */
class LeadImageUploadTest {
    static final String PASSWORD = "river otter lantern 42";
    static final String BOUNDARY = "----newsdeskTestBoundary7MA4YWxk";
    static final String EVIL_NAME = "\"><script>alert('name')</script>.png";

    @TempDir
    Path dir;

    record User(String cookie, String csrf) {}

    private static User login(TestSite site, String name, Role role) throws Exception {
        site.createUser(name, role, PASSWORD);
        String cookie = site.loginCookie(name, PASSWORD);
        return new User(cookie, site.adminCsrf(cookie));
    }

    /** A multipart body with the form's text fields and one file part. */
    static byte[] multipart(Map<String, String> fields, String fileField, String fileName, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (fileField != null) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static HttpResponse<String> upload(TestSite site, User u, String id, byte[] file) throws Exception {
        return send(site, u, id, multipart(Map.of("csrf", u.csrf()), "image", EVIL_NAME, file));
    }

    static HttpResponse<String> send(TestSite site, User u, String id, byte[] body) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(site.url("/admin/articles/" + id + "/image")))
                .header("User-Agent", TestSite.BROWSER_UA).header("Cookie", u.cookie())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return site.http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    static String draft(TestSite site, User u) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", u.csrf());
        form.put("title", "Lighthouse keeper retires after forty years");
        form.put("section", site.stores.sections().all().get(0).id());
        form.put("body", "<p>Forty years of lamps.</p>");
        String body = String.join("&", form.entrySet().stream().map(e -> e.getKey() + "=" + TestSite.enc(e.getValue())).toList());
        HttpResponse<String> res = site.postForm("/admin/articles/new", body, "Cookie", u.cookie());
        assertThat(res.statusCode()).as(res.body()).isEqualTo(303);
        String where = res.headers().firstValue("Location").orElseThrow();
        return where.substring("/admin/articles/".length(), where.indexOf('?'));
    }

    /** The refusal shown on the page (400), which must say why. */
    private static String refusal(HttpResponse<String> res) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(400);
        assertThat(res.body()).doesNotContain("<script>alert('name')");
        return Jsoup.parse(res.body()).selectFirst("p.form-error").text();
    }

    static byte[] gif(int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(TestImages.picture(w, h, false), "gif", out);
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void aPictureIsStoredAndHostileFilesAreRefusedWithAReason() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            User eda = login(site, "eda", Role.EDITOR);
            String id = draft(site, eda);

            // a real picture: stored as re-encoded renditions, served by the site, the file name nowhere
            HttpResponse<String> ok = upload(site, eda, id, TestImages.jpegWithComment(1600, 900, "camera serial 12345"));
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(303);
            String url = site.stores.articles().byId(id).orElseThrow().imageUrl();
            StoredImage stored = StoredImage.parse(url);
            assertThat(stored).isNotNull();
            assertThat(stored.width()).isEqualTo(1440);
            HttpResponse<byte[]> served = site.http.send(HttpRequest.newBuilder(URI.create(site.url(url))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(new String(served.body(), StandardCharsets.ISO_8859_1)).doesNotContain("camera serial");
            String page = site.get("/admin/articles/" + id, "Cookie", eda.cookie()).body();
            assertThat(page).contains(StoredImage.folderOf(stored.key())).doesNotContain("alert('name')");
            String audit = site.stores.jdbi().withHandle(h -> h.createQuery(
                    "SELECT before_json || after_json FROM audit_log WHERE action = 'article.image'").mapTo(String.class).one());
            assertThat(audit).contains(url).doesNotContain("script").doesNotContain(".png\"");

            // refusals, each with its reason; the stored image stays
            String svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                    + "<script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>";
            assertThat(refusal(upload(site, eda, id, svg.getBytes(StandardCharsets.UTF_8)))).contains("SVG");
            assertThat(refusal(upload(site, eda, id, "  <svg onload=alert(1)/>".getBytes(StandardCharsets.UTF_8)))).contains("SVG");
            // GIF/JS polyglot: a valid GIF with a script after its trailer (served as script, it would run)
            byte[] gifJs = concat(gif(40, 30), "*/=alert(document.domain);//".getBytes(StandardCharsets.US_ASCII));
            assertThat(refusal(upload(site, eda, id, gifJs))).contains("bytes after the end of its GIF image");
            // JPEG with a page appended
            byte[] jpegHtml = concat(TestImages.jpeg(200, 100, false),
                    "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.US_ASCII));
            assertThat(refusal(upload(site, eda, id, jpegHtml))).contains("bytes after the end of its JPEG image");
            // script hidden inside the image's own structure (a JPEG comment)
            assertThat(refusal(upload(site, eda, id, TestImages.jpegWithComment(200, 100, "<script>alert(1)</script>"))))
                    .contains("markup or script");
            // PNG whose data runs on past IEND
            assertThat(refusal(upload(site, eda, id, concat(TestImages.png(50, 50, false), new byte[] {1, 2, 3}))))
                    .contains("bytes after the end of its PNG image");
            // 100 megapixels declared in the header: refused before decoding
            assertThat(refusal(upload(site, eda, id, TestImages.pngBomb(10_000, 10_000)))).contains("10000x10000").contains("megapixels");
            // not an image
            assertThat(refusal(upload(site, eda, id, "just some text, not a picture".getBytes(StandardCharsets.UTF_8))))
                    .contains("not an image");
            assertThat(refusal(upload(site, eda, id, "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)))).contains("WebP");
            // a cut-off JPEG
            byte[] jpeg = TestImages.jpeg(200, 100, false);
            assertThat(refusal(upload(site, eda, id, java.util.Arrays.copyOf(jpeg, jpeg.length / 2)))).contains("cut short");
            // no file chosen
            assertThat(refusal(send(site, eda, id, multipart(Map.of("csrf", eda.csrf()), "image", "", new byte[0]))))
                    .contains("Choose a picture");
            assertThat(site.stores.articles().byId(id).orElseThrow().imageUrl()).isEqualTo(url);
            int imageChanges = site.stores.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM audit_log WHERE action = 'article.image'").mapTo(Integer.class).one());
            assertThat(imageChanges).isEqualTo(1);

            // remove it
            assertThat(site.postForm("/admin/articles/" + id + "/image/remove", "csrf=" + eda.csrf(), "Cookie", eda.cookie()).statusCode())
                    .isEqualTo(303);
            assertThat(site.stores.articles().byId(id).orElseThrow().imageUrl()).isNull();
        }
    }

    @Test
    void uploadsNeedTheTokenTheRightUserAndASizeUnderTheLimit() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            User ann = login(site, "ann", Role.AUTHOR);
            User bob = login(site, "bob", Role.AUTHOR);
            String id = draft(site, ann);
            byte[] png = TestImages.png(600, 400, false);

            // no token, a wrong one, anonymous: 403 and nothing stored
            assertThat(send(site, ann, id, multipart(Map.of(), "image", "a.png", png)).statusCode()).isEqualTo(403);
            assertThat(send(site, ann, id, multipart(Map.of("csrf", "wrong"), "image", "a.png", png)).statusCode()).isEqualTo(403);
            assertThat(send(site, new User("", ""), id, multipart(Map.of("csrf", ann.csrf()), "image", "a.png", png)).statusCode())
                    .isEqualTo(403);
            // another author's draft
            assertThat(upload(site, bob, id, png).statusCode()).isEqualTo(403);
            assertThat(site.stores.articles().byId(id).orElseThrow().imageUrl()).isNull();
            // the author's own draft
            assertThat(upload(site, ann, id, png).statusCode()).isEqualTo(303);

            // over 10 MB: 413 from Content-Length, before the body is read
            long before = Files.walk(site.dataDir.resolve("media")).count();
            String head = "POST /admin/articles/" + id + "/image HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: " + TestSite.BROWSER_UA
                    + "\r\nCookie: " + ann.cookie() + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
                    + "\r\nContent-Length: " + (11L * 1024 * 1024) + "\r\nConnection: close\r\n\r\n";
            assertThat(rawStatus(site, head, multipart(Map.of("csrf", ann.csrf()), null, null, null))).isEqualTo("413");
            // ... and a body that runs past the limit without saying its length (chunked) is cut off at it
            byte[] big = new byte[11 * 1024 * 1024];
            big[0] = (byte) 0xFF;
            big[1] = (byte) 0xD8;
            big[2] = (byte) 0xFF;
            HttpRequest chunked = HttpRequest.newBuilder(URI.create(site.url("/admin/articles/" + id + "/image")))
                    .header("User-Agent", TestSite.BROWSER_UA).header("Cookie", ann.cookie())
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                            multipart(Map.of("csrf", ann.csrf()), "image", "big.jpg", big)))).build();
            int status;
            try {
                status = site.http.send(chunked, HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (java.io.IOException e) { // the server may close the connection while the client still sends
                status = 413;
            }
            assertThat(status).isEqualTo(413);
            assertThat(Files.walk(site.dataDir.resolve("media")).count()).isEqualTo(before);
            // the site still answers
            assertThat(site.get("/admin/articles/" + id, "Cookie", ann.cookie()).statusCode()).isEqualTo(200);
        }
    }

    /** Sends a request head and as much of the body as the server takes; returns the status code. */
    static String rawStatus(TestSite site, String head, byte[] body) throws Exception {
        try (Socket s = new Socket("127.0.0.1", site.site.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (java.io.IOException e) {
                // the server answered and closed before taking the body: that is the point
            }
            InputStream in = s.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                in.transferTo(answer);
            } catch (java.io.IOException e) {
                // reset after the answer
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            return text.length() >= 12 ? text.substring(9, 12) : "";
        }
    }
}
