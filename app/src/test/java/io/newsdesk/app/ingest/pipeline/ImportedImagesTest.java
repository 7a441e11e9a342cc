package io.newsdesk.app.ingest.pipeline;

import static io.newsdesk.app.ingest.pipeline.Outlets.paragraphs;
import static io.newsdesk.app.ingest.pipeline.Outlets.rss;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.SourceKind;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.media.TestImages;
import io.newsdesk.app.news.StoredImage;
import io.newsdesk.app.translate.TranslationSetup;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's media end to end: an outlet on loopback serves article pages whose lead images are real JPEGs
 * (progressive, CMYK) and PNGs made in the test, and hostile ones (a decompression bomb, a page served as
 * image/jpeg, a 404, a body over the size limit). The site imports every article; the good images are served
 * from its own origin in several widths with immutable caching, credit kept; the hostile ones are refused with
 * their reasons and their articles show no image.
 */
class ImportedImagesTest {
    private static final String HTML = "text/html; charset=utf-8";
    private static final String CREDIT = "Jan Roe / Fixture Agency";

    @TempDir
    Path dir;

    private record Case(String slug, String imagePath, String contentType, byte[] bytes) {}

    @Test
    void leadAndBodyImagesAreStoredAndServedByTheSiteAndHostileOnesRefusedWithTheirReasons() throws Exception {
        byte[] oversize = new byte[(1 << 20) + 4096]; // over the test fetcher's 1 MiB limit
        oversize[0] = (byte) 0xFF;
        oversize[1] = (byte) 0xD8;
        oversize[2] = (byte) 0xFF;
        List<Case> cases = List.of(
                new Case("progressive", "/img/harbour.jpg", "image/jpeg", TestImages.jpeg(2400, 1350, true)),
                new Case("cmyk", "/img/print.jpg", "image/jpeg", TestImages.cmykJpeg(1200, 675)),
                new Case("alpha", "/img/logo.png", "image/png", TestImages.png(800, 400, true)),
                new Case("bomb", "/img/bomb.png", "image/png", TestImages.pngBomb(60_000, 60_000)),
                new Case("not-image", "/img/page.jpg", "image/jpeg", "<!doctype html><p>Login required</p>".getBytes(StandardCharsets.UTF_8)),
                new Case("missing", "/img/gone.jpg", null, null),
                new Case("oversize", "/img/huge.jpg", "image/jpeg", oversize));
        try (FixtureWeb web = new FixtureWeb(); TestSite site = TestSite.empty(dir, null)) {
            site.stores.sections().create("world", "World", null, 1);
            List<Outlets.Entry> entries = new ArrayList<>();
            int n = 1;
            for (Case c : cases) {
                if (c.bytes() != null) web.put(c.imagePath(), c.contentType(), c.bytes());
                String title = "Harbour report " + c.slug();
                web.put("/news/" + c.slug(), HTML, page(title, c.imagePath(), ""));
                entries.add(new Outlets.Entry(title, web.url("/news/" + c.slug()), c.slug(), "Mon, 0" + n++ + " Jun 2026 10:00:00 GMT"));
            }
            // a full-text body with two figures of its own: one image stored, one missing and removed with its figure
            web.put("/img/chart.png", "image/png", TestImages.png(700, 500, false));
            web.put("/news/body", HTML, page("Harbour report body", "/img/harbour.jpg",
                    "<figure><img src=\"/img/chart.png\" alt=\"The tide chart\"><figcaption>The tide chart</figcaption></figure>"
                            + "<figure><img src=\"/img/nowhere.png\" alt=\"\"><figcaption>Lost chart</figcaption></figure>"));
            entries.add(new Outlets.Entry("Harbour report body", web.url("/news/body"), "body", "Tue, 09 Jun 2026 10:00:00 GMT"));
            web.put("/feed.xml", "application/rss+xml", rss("Fixture Outlet", entries));
            SourceStore sources = new SourceStore(site.db.jdbi());
            sources.add(new NewSource(web.url("/feed.xml"), SourceKind.RSS, "Fixture Outlet", null, null, "en", "world", null, null,
                    ContentPolicy.FULL_TEXT, false, null, null, null));

            List<String> events = new ArrayList<>();
            ImportCounts counts = importOnce(site, sources, events);
            assertThat(counts.failed.get()).as("no article lost to an image: %s", events).isZero();
            assertThat(counts.newItems.get()).isEqualTo(cases.size() + 1);

            Map<String, String> imageOf = new LinkedHashMap<>();
            for (Case c : cases) imageOf.put(c.slug(), column(site, "image_url", "Harbour report " + c.slug()));
            // the good ones: the site's own URL of the largest width, never upscaled
            assertThat(StoredImage.parse(imageOf.get("progressive"))).extracting(StoredImage::width, StoredImage::height)
                    .containsExactly(1440, 810);
            assertThat(StoredImage.parse(imageOf.get("cmyk"))).extracting(StoredImage::width, StoredImage::format).containsExactly(1200, "jpg");
            assertThat(StoredImage.parse(imageOf.get("alpha"))).extracting(StoredImage::width, StoredImage::format).containsExactly(800, "png");
            assertThat(column(site, "image_credit", "Harbour report progressive")).isEqualTo(CREDIT);

            // the hostile ones: imported, no image, the reason kept
            for (String s : List.of("bomb", "not-image", "missing", "oversize")) assertThat(imageOf.get(s)).as(s).isNull();
            assertThat(reason(site, web.url("/img/bomb.png"))).contains("60000x60000").contains("megapixels");
            assertThat(reason(site, web.url("/img/page.jpg"))).contains("not an image");
            assertThat(reason(site, web.url("/img/gone.jpg"))).contains("HTTP 404");
            assertThat(reason(site, web.url("/img/huge.jpg"))).contains("TOO_LARGE");
            assertThat(events).anyMatch(e -> e.contains("/img/bomb.png refused"));
            assertThat(column(site, "image_credit", "Harbour report bomb")).as("credit kept as data").isEqualTo(CREDIT);

            // the article page: a responsive lead image from the site's own origin, each width served immutable
            Document page = Jsoup.parse(site.get("/article/" + column(site, "slug", "Harbour report progressive")).body());
            Element img = page.selectFirst("figure.lead-image img");
            assertThat(img.attr("width")).isEqualTo("1440");
            assertThat(img.attr("height")).isEqualTo("810");
            assertThat(img.attr("src")).startsWith("/media/img/");
            assertThat(page.selectFirst("figure.lead-image .credit").text()).contains(CREDIT);
            assertThat(page.selectFirst("meta[property=og:image]").attr("content")).isEqualTo("http://news.test" + imageOf.get("progressive"));
            List<String> srcset = Arrays.stream(img.attr("srcset").split(",\\s*")).toList();
            assertThat(srcset).hasSize(3);
            for (String candidate : srcset) {
                String[] part = candidate.split(" ");
                HttpResponse<byte[]> r = site.http.send(HttpRequest.newBuilder(URI.create(site.url(part[0]))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("image/jpeg");
                BufferedImage served = ImageIO.read(new ByteArrayInputStream(r.body()));
                assertThat(served.getWidth() + "w").isEqualTo(part[1]);
            }
            // a refused image leaves no box: no figure, and no trace of the source's address
            String bombPage = site.get("/article/" + column(site, "slug", "Harbour report bomb")).body();
            assertThat(Jsoup.parse(bombPage).select("figure.lead-image, main img[src*=bomb]")).isEmpty();

            // body images: the stored one is the site's, with srcset; the missing one is gone with its figure
            Document body = Jsoup.parse(column(site, "body_html", "Harbour report body"));
            assertThat(body.select("img")).allSatisfy(i -> {
                assertThat(i.attr("src")).startsWith("/media/img/");
                assertThat(i.attr("srcset")).contains(" 480w");
            });
            assertThat(body.select("img[alt=The tide chart]")).hasSize(1);
            assertThat(body.text()).doesNotContain("Lost chart");
            assertThat(body.html()).doesNotContain("127.0.0.1");

            // a second run fetches no image again: stored and permanently refused ones are known
            long fetched = web.hits.stream().filter(h -> h.startsWith("/img/")).count();
            importOnce(site, sources, events);
            assertThat(web.hits.stream().filter(h -> h.startsWith("/img/")).count()).isEqualTo(fetched);
        }
    }

    private static ImportCounts importOnce(TestSite site, SourceStore sources, List<String> events) throws InterruptedException {
        try (Fetcher fetcher = new Fetcher(PipelineTest.testFetcher());
             Pipeline p = new Pipeline(site.db.jdbi(), fetcher, Clock.systemUTC(),
                     new Pipeline.Settings(2, 8, "en", site.dataDir.resolve("media")),
                     TranslationSetup.memoryOnly((pair, output) -> output, (pair, source, output) -> List.of()), events::add)) {
            p.queueNow(sources.all());
            p.runUntilIdle();
            return p.counts();
        }
    }

    /** An article page whose lead image is named in its JSON-LD with a caption and a credit. */
    private static String page(String title, String image, String bodyExtra) {
        StringBuilder p = new StringBuilder();
        for (String para : paragraphs(title)) p.append("<p>").append(para).append("</p>");
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\""
                + title + "\",\"image\":{\"@type\":\"ImageObject\",\"url\":\"" + image + "\",\"caption\":\"The harbour at dawn\","
                + "\"creditText\":\"" + CREDIT + "\"}}</script></head><body><article><h1>" + title + "</h1>" + p + bodyExtra
                + "</article></body></html>";
    }

    private static String column(TestSite site, String column, String title) {
        return site.db.jdbi().withHandle(h -> h.createQuery("SELECT " + column + " FROM articles WHERE title = :t")
                .bind("t", title).mapTo(String.class).one());
    }

    private static String reason(TestSite site, String url) {
        return site.db.jdbi().withHandle(h -> h.createQuery("SELECT reason FROM image_sources WHERE source_url = :u")
                .bind("u", url).mapTo(String.class).one());
    }
}
