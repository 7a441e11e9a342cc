package io.newsdesk.app.distribute.sitemaps;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.news.Author;
import io.newsdesk.app.news.Outlet;
import io.newsdesk.app.news.Section;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sitemaps over 120,000 generated articles (the size): index, article blocks, pages, news, robots.txt. */
class SitemapsTest {
    static final int ARTICLES = 120_000;
    static final String BASE = "http://news.test";
    static final String W3C_DATETIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";

    @TempDir
    static Path dir;
    static TestSite site;
    static Section section;
    static Author author;
    static Outlet outlet;

    @BeforeAll
    static void start() {
        site = TestSite.empty(dir, null);
        var stores = site.stores;
        section = stores.sections().create("harbour", "Harbour", null, 0);
        author = stores.authors().create("ines-cardell", "Ines Cardell", null);
        outlet = stores.outlets().create("coast-wire", "Coast Wire", "https://coast-wire.example", "en", null);
        Instant now = Instant.now();
        holdTheSearchIndexerBack(stores.jdbi(), now);
        insertArticles(stores.jdbi(), now);
        site.site.contentChanged();
    }

    /**
     * The site's search indexer would index all 120,000 articles in the background (slow, and beside the point
     * here): a draft changed now moves its watermark to now, and the generated rows are marked changed a day
     * earlier, outside the indexer's look-back.
     */
    static void holdTheSearchIndexerBack(org.jdbi.v3.core.Jdbi jdbi, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO articles (id, slug, title, body_html, body_text, excerpt, section_id, language, status,
                            updated_at, created_at, changed_at)
                        VALUES ('seed', 'seed', 'Seed', '', '', '', :section, 'en', 'draft', :now, :now, :now)""")
                .bind("section", section.id()).bind("now", now.toEpochMilli()).execute());
        try {
            site.site.searchIndexer().runOnce();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * 120,000 minimal published articles in one transaction with batched inserts (seconds, where the demo's
     * BulkArticles, which cleans every body, would take minutes): one a minute back from now, so the last 48
     * hours hold 2,880 of them. A few are drafts, which no sitemap may list.
     */
    static void insertArticles(org.jdbi.v3.core.Jdbi jdbi, Instant now) {
        jdbi.useTransaction(h -> {
            var batch = h.prepareBatch("""
                    INSERT INTO articles (id, slug, title, body_html, body_text, excerpt, section_id, language, status,
                        published_at, updated_at, created_at, changed_at, outlet_id, original_url)
                    VALUES (:id, :slug, :title, '<p>x</p>', 'x', 'x', :section, :language, :status, :published, :updated,
                        :published, :changed, :outlet, :original)""");
            long changed = now.minus(Duration.ofDays(1)).toEpochMilli();
            for (int i = 0; i < ARTICLES + 10; i++) {
                long published = now.minus(Duration.ofMinutes(i + 1)).toEpochMilli();
                boolean draft = i >= ARTICLES;
                batch.bind("id", "a" + i).bind("slug", "article-" + i).bind("title", i == 0 ? "Rates & <tolls>\u0007 rise" : "Article " + i)
                        .bind("section", section.id()).bind("language", i % 2 == 0 ? "en" : "und")
                        .bind("status", draft ? "draft" : "published")
                        .bind("published", published).bind("updated", i % 3 == 0 ? published + 3_600_000 : published).bind("changed", changed)
                        .bind("outlet", i % 10 == 0 ? outlet.id() : null)
                        .bind("original", i % 10 == 0 ? "https://coast-wire.example/" + i : null)
                        .add();
                if (i % 5_000 == 4_999) batch.execute();
            }
            batch.execute();
            h.execute("""
                    INSERT INTO article_authors (article_id, author_id, position, status, published_at)
                    SELECT id, ?, 0, status, published_at FROM articles WHERE id = 'a5'""", author.id());
        });
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** The {@code loc} and {@code lastmod} values of a sitemap or index, read with a streaming parser. */
    record Entries(List<String> locs, List<String> lastmods, int newsEntries, List<String> newsNames, List<String> newsLanguages,
                   List<String> newsTitles) {}

    static Entries read(String xml) throws Exception {
        XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(xml));
        List<String> locs = new ArrayList<>(), mods = new ArrayList<>(), names = new ArrayList<>(), langs = new ArrayList<>(),
                titles = new ArrayList<>();
        int news = 0;
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
            String ns = r.getNamespaceURI(), name = r.getLocalName();
            if (SitemapXml.SITEMAP_NS.equals(ns) && name.equals("loc")) locs.add(r.getElementText());
            else if (SitemapXml.SITEMAP_NS.equals(ns) && name.equals("lastmod")) mods.add(r.getElementText());
            else if (SitemapXml.NEWS_NS.equals(ns)) {
                switch (name) {
                    case "news" -> news++;
                    case "name" -> names.add(r.getElementText());
                    case "language" -> langs.add(r.getElementText());
                    case "title" -> titles.add(r.getElementText());
                    default -> { }
                }
            }
        }
        return new Entries(locs, mods, news, names, langs, titles);
    }

    static HttpResponse<String> fetch(String path) throws Exception {
        HttpResponse<String> r = site.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
        return r;
    }

    @Test
    void theIndexListsThreeArticleSitemapsAndEveryArticleExactlyOnce() throws Exception {
        Entries index = read(fetch("/sitemap.xml").body());
        assertThat(index.locs()).containsExactly(BASE + "/sitemaps/articles-1.xml", BASE + "/sitemaps/articles-2.xml",
                BASE + "/sitemaps/articles-3.xml", BASE + "/sitemaps/pages.xml");
        assertThat(index.lastmods()).hasSize(4).allSatisfy(m -> assertThat(m).matches(W3C_DATETIME));

        Set<String> seen = new HashSet<>();
        List<Integer> sizes = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            Entries block = read(fetch("/sitemaps/articles-" + n + ".xml").body());
            sizes.add(block.locs().size());
            assertThat(block.lastmods()).hasSameSizeAs(block.locs()).allSatisfy(m -> assertThat(m).matches(W3C_DATETIME));
            // the index dates each block by the newest change among its articles
            Instant newest = block.lastmods().stream().map(Instant::parse).max(Instant::compareTo).orElseThrow();
            assertThat(Instant.parse(index.lastmods().get(n - 1))).isEqualTo(newest);
            for (String loc : block.locs()) {
                assertThat(loc).startsWith(BASE + "/article/article-");
                assertThat(seen.add(loc)).as("listed twice: %s", loc).isTrue();
            }
        }
        assertThat(sizes).containsExactly(50_000, 50_000, 20_000);
        assertThat(seen).hasSize(ARTICLES).doesNotContain(BASE + "/article/article-" + ARTICLES); // drafts stay out
        assertThat(site.get("/sitemaps/articles-4.xml").statusCode()).isEqualTo(404);
        assertThat(site.get("/sitemaps/articles-0.xml").statusCode()).isEqualTo(404);
        assertThat(site.get("/sitemaps/articles-x.xml").statusCode()).isEqualTo(404);
    }

    /**
     * Each sitemap is read from where the last count found its first article, and the articles are counted again after
     * a change: an article older than all the others moves every block's first article by one.
     */
    @Test
    void afterAChangeEveryArticleIsStillListedExactlyOnce() throws Exception {
        fetch("/sitemaps/articles-2.xml"); // counted, and its start kept
        long now = Instant.now().toEpochMilli();
        site.stores.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO articles (id, slug, title, body_html, body_text, excerpt, section_id, language, status,
                            published_at, updated_at, created_at, changed_at)
                        VALUES ('oldest', 'the-oldest', 'The oldest', '', '', '', :section, 'en', 'published', 0, 0, 0, :now)""")
                .bind("section", section.id()).bind("now", now).execute());
        site.site.contentChanged();
        try {
            Set<String> seen = new HashSet<>();
            List<Integer> sizes = new ArrayList<>();
            for (int n = 1; n <= 3; n++) {
                List<String> locs = read(fetch("/sitemaps/articles-" + n + ".xml").body()).locs();
                sizes.add(locs.size());
                for (String loc : locs) assertThat(seen.add(loc)).as("listed twice: %s", loc).isTrue();
            }
            assertThat(sizes).containsExactly(50_000, 50_000, 20_001);
            assertThat(seen).hasSize(ARTICLES + 1).contains(BASE + "/article/the-oldest");
        } finally {
            site.stores.jdbi().useHandle(h -> h.execute("DELETE FROM articles WHERE id = 'oldest'"));
            site.site.contentChanged();
        }
    }

    @Test
    void theLastmodOfAnArticleIsItsLastChange() throws Exception {
        // article-0 is the newest (in the last block) and was updated an hour after publication
        Entries last = read(fetch("/sitemaps/articles-3.xml").body());
        int i = last.locs().indexOf(BASE + "/article/article-0");
        Instant published = Instant.parse(last.lastmods().get(last.locs().indexOf(BASE + "/article/article-1")));
        assertThat(Instant.parse(last.lastmods().get(i))).isAfter(published);
    }

    @Test
    void thePagesSitemapListsHomeSectionsAuthorsAndOutlets() throws Exception {
        Entries pages = read(fetch("/sitemaps/pages.xml").body());
        assertThat(pages.locs()).containsExactlyInAnyOrder(BASE + "/", BASE + "/section/harbour", BASE + "/author/ines-cardell",
                BASE + "/outlet/coast-wire");
        assertThat(pages.lastmods()).hasSize(4).allSatisfy(m -> assertThat(m).matches(W3C_DATETIME));
    }

    @Test
    void theNewsSitemapHasAtMostAThousandArticlesOfTheLast48Hours() throws Exception {
        String xml = fetch("/news-sitemap.xml").body();
        Entries news = read(xml);
        assertThat(news.locs()).hasSize(Sitemaps.NEWS_MAX); // 2,880 in the window, cut to Google's limit
        assertThat(news.newsEntries()).isEqualTo(Sitemaps.NEWS_MAX);
        assertThat(news.locs().get(0)).isEqualTo(BASE + "/article/article-0");
        assertThat(news.newsNames()).containsOnly("Test Herald");
        assertThat(news.newsLanguages()).containsOnly("en"); // "und" falls back to the site language
        assertThat(news.newsTitles().get(0)).isEqualTo("Rates & rise"); // tags and the control character are gone
        assertThat(xml).doesNotContain("\u0007");
    }

    @Test
    void robotsTxtNamesBothSitemaps() throws Exception {
        String robots = site.get("/robots.txt").body();
        assertThat(robots).contains("Sitemap: " + BASE + "/sitemap.xml\n").contains("Sitemap: " + BASE + "/news-sitemap.xml\n");
    }

    @Test
    void sitemapsAreCachedWithEtagAnd304() throws Exception {
        for (String path : List.of("/sitemap.xml", "/sitemaps/articles-1.xml", "/news-sitemap.xml")) {
            HttpResponse<String> first = fetch(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(fetch(path).headers().firstValue("ETag")).hasValue(etag); // from the cache, same type
            assertThat(site.get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
            assertThat(site.get(path, "If-Modified-Since", first.headers().firstValue("Last-Modified").orElseThrow()).statusCode())
                    .isEqualTo(304);
        }
    }
}
