package io.newsdesk.app.distribute.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import io.newsdesk.app.TestSite;
import io.newsdesk.app.config.SiteConfig;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.Source;
import io.newsdesk.app.ingest.sources.SourceKind;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.news.Author;
import io.newsdesk.app.news.Outlet;
import io.newsdesk.app.news.Section;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Element;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every feed of the demo site (site, section, author, outlet, story; RSS, Atom, JSON Feed) read back with
 * Rome and Jackson: required elements, absolute URLs, escaping, the excerpt policy, attribution and caching.
 */
class FeedsTest {
    static final String BASE = "http://news.test";
    /** A sentence deep in a body whose source only allows excerpts: no feed may ever carry it. */
    static final String SECRET = "Only subscribers of the original outlet may read this sentence";
    static final String HOSTILE_TITLE = "Tides & <b>tolls</b> rise\u0007 when the rate is < 5%";
    static final String CLEAN_TITLE = "Tides & tolls rise when the rate is < 5%";

    @TempDir
    static Path dir;
    static TestSite site;
    static Section section;
    static Author author;
    static Article hostile;
    static Article excerptOnly;
    static Article fullText;
    static Outlet outlet;
    static String storyId;

    @BeforeAll
    static void start() {
        site = TestSite.withDemo(dir);
        var stores = site.stores;
        section = stores.sections().bySlug("economy").orElseThrow();
        author = stores.jdbi().withHandle(h -> h.createQuery("SELECT slug FROM authors ORDER BY slug").mapTo(String.class).first())
                .transform(slug -> stores.authors().bySlug(slug).orElseThrow());
        ArticleWriter writer = new ArticleWriter(stores.jdbi(), stores.articles());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        hostile = writer.save(new ArticleDraft(HOSTILE_TITLE, "A standfirst", "<p>Harbour fees &amp; tolls go up on Monday.</p>"
                + "<p>The second paragraph of our own article, in full.</p>", BASE + "/", "/media/tolls.jpg", null, null,
                section.id(), List.of(author.id()), "en", ArticleStatus.PUBLISHED, now, now, null));

        SourceStore sources = new SourceStore(stores.jdbi());
        Source excerptSource = sources.add(new NewSource("https://excerpt.example/feed.xml", SourceKind.RSS, "Excerpt Gazette",
                "https://excerpt.example", "en", null, null, null, null, ContentPolicy.EXCERPT, null, null, null, null));
        Source fullSource = sources.add(new NewSource("https://free.example/feed.xml", SourceKind.RSS, "Free Press",
                "https://free.example", "en", null, null, null, null, ContentPolicy.FULL_TEXT, null, null, null, null));
        outlet = stores.outlets().byId(excerptSource.outletId()).orElseThrow();
        // an article stored with a longer body than its source's policy lets a feed give out
        excerptOnly = writer.save(new ArticleDraft("Port strike talks resume", null, "<p>Negotiators met again on Tuesday in the harbour office, "
                + "where the dockworkers' union and the port authority spent most of the day on the shift rota, the pay offer for night work "
                + "and the safety rules for the new cranes on the eastern quay.</p><p>" + SECRET + ".</p>", "https://excerpt.example/a", "https://excerpt.example/img/strike.png", null, null, section.id(),
                List.of(), "en", ArticleStatus.PUBLISHED, now.minusSeconds(60), now.minusSeconds(60),
                new ArticleDraft.Imported(outlet.id(), "https://excerpt.example/a?x=1&y=2", "Port strike talks resume", "en", false)));
        fullText = writer.save(new ArticleDraft("Free ferry on Sundays", null, "<p>The ferry is free on Sundays.</p><p>All summer long.</p>",
                "https://free.example/b", null, null, null, section.id(), List.of(), "en", ArticleStatus.PUBLISHED,
                now.minusSeconds(120), now.minusSeconds(120),
                new ArticleDraft.Imported(fullSource.outletId(), "https://free.example/b", "Free ferry on Sundays", "en", false)));
        imported(excerptSource, excerptOnly);
        imported(fullSource, fullText);
        // a story cluster of two reports, as the import pipeline makes them
        storyId = "story-port-strike";
        stores.jdbi().useHandle(h -> {
            h.execute("INSERT INTO stories (id, title, created_at, updated_at) VALUES (?, 'Port strike', 0, 0)", storyId);
            h.execute("UPDATE articles SET story_id = ? WHERE id IN (?, ?)", storyId, excerptOnly.id(), fullText.id());
        });
        site.site.contentChanged();
    }

    static void imported(Source source, Article article) {
        site.stores.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO imported_items (canonical_url, guid, source_id, article_id, content_hash, first_seen_at, updated_at)
                        VALUES (:url, NULL, :source, :article, 'x', 0, 0)""")
                .bind("url", article.originalUrl()).bind("source", source.id()).bind("article", article.id()).execute());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** Every page kind with feeds, by its path. */
    static List<String> pagePaths() {
        return List.of("", "/section/" + section.slug(), "/author/" + author.slug(), "/outlet/" + outlet.slug(), "/story/" + storyId);
    }

    static HttpResponse<String> fetch(String path) throws Exception {
        HttpResponse<String> r = site.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r;
    }

    static WireFeed parse(String xml) throws Exception {
        return new WireFeedInput().build(new StringReader(xml));
    }

    @Test
    void everyRssFeedParsesWithItsRequiredElementsAndAbsoluteUrls() throws Exception {
        for (String page : pagePaths()) {
            HttpResponse<String> r = fetch(page + "/rss.xml");
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/rss+xml; charset=utf-8");
            Channel channel = (Channel) parse(r.body());
            assertThat(channel.getFeedType()).isEqualTo("rss_2.0");
            assertThat(channel.getTitle()).as(page).isNotBlank().endsWith("Test Herald");
            assertThat(channel.getLink()).isEqualTo(BASE + (page.isEmpty() ? "/" : page));
            assertThat(channel.getDescription()).isNotBlank();
            assertThat(channel.getItems()).as(page).isNotEmpty().hasSizeLessThanOrEqualTo(FeedSettings.DEFAULT_ITEMS);
            assertThat(selfLink(channel)).isEqualTo(BASE + page + "/rss.xml");
            for (Item item : channel.getItems()) {
                assertThat(item.getTitle()).isNotBlank();
                assertThat(item.getLink()).startsWith(BASE + "/article/");
                assertThat(item.getGuid().getValue()).isEqualTo(item.getLink());
                assertThat(item.getPubDate()).isNotNull();
                assertThat(item.getDescription().getValue()).isNotBlank().doesNotContain("<");
                assertThat(item.getCategories()).hasSize(1);
                item.getEnclosures().forEach(e -> assertThat(e.getUrl()).startsWith("http"));
            }
        }
    }

    @Test
    void everyAtomFeedParsesWithItsRequiredElementsAndAbsoluteUrls() throws Exception {
        for (String page : pagePaths()) {
            HttpResponse<String> r = fetch(page + "/atom.xml");
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/atom+xml; charset=utf-8");
            Feed feed = (Feed) parse(r.body());
            assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
            assertThat(feed.getId()).isEqualTo(BASE + page + "/atom.xml");
            assertThat(feed.getTitle()).isNotBlank();
            assertThat(feed.getUpdated()).isNotNull();
            assertThat(feed.getAuthors()).isNotEmpty(); // so entries without a byline are valid
            assertThat(feed.getAlternateLinks().get(0).getHref()).isEqualTo(BASE + (page.isEmpty() ? "/" : page));
            assertThat(feed.getOtherLinks()).extracting(Link::getRel).contains("self");
            assertThat(feed.getEntries()).as(page).isNotEmpty();
            for (Entry e : feed.getEntries()) {
                assertThat(e.getId()).startsWith(BASE + "/article/");
                assertThat(e.getTitle()).isNotBlank();
                assertThat(e.getUpdated()).isNotNull();
                assertThat(e.getPublished()).isNotNull();
                assertThat(e.getAlternateLinks().get(0).getHref()).startsWith(BASE + "/article/");
                assertThat(e.getSummary().getType()).isEqualTo("text");
                assertThat(e.getCategories()).hasSize(1);
                for (Link l : e.getOtherLinks()) assertThat(l.getHref()).startsWith("http");
            }
        }
    }

    @Test
    void everyJsonFeedIsJsonFeed11WithAbsoluteUrls() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String page : pagePaths()) {
            HttpResponse<String> r = fetch(page + "/feed.json");
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/feed+json; charset=utf-8");
            JsonNode feed = json.readTree(r.body());
            assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
            assertThat(feed.get("title").asText()).isNotBlank();
            assertThat(feed.get("home_page_url").asText()).isEqualTo(BASE + (page.isEmpty() ? "/" : page));
            assertThat(feed.get("feed_url").asText()).isEqualTo(BASE + page + "/feed.json");
            assertThat(feed.has("hubs")).isFalse(); // no hub configured
            assertThat(feed.get("items").size()).as(page).isPositive();
            for (JsonNode item : feed.get("items")) {
                assertThat(item.get("id").asText()).startsWith(BASE + "/article/");
                assertThat(item.get("url").asText()).startsWith(BASE + "/article/");
                assertThat(item.has("content_html") || item.has("content_text")).isTrue();
                assertThat(item.get("date_published").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
                if (item.has("image")) assertThat(item.get("image").asText()).startsWith("http");
            }
        }
    }

    @Test
    void ampersandsAnglesAndControlCharactersAreCleanedAndEscaped() throws Exception {
        assertThat(hostile.title()).isEqualTo(CLEAN_TITLE);
        String rss = fetch("/rss.xml").body();
        assertThat(rss).contains("Tides &amp; tolls rise when the rate is &lt; 5%").doesNotContain("\u0007").doesNotContain("<b>");
        Item item = ((Channel) parse(rss)).getItems().stream().filter(i -> i.getLink().endsWith(hostile.slug())).findFirst().orElseThrow();
        assertThat(item.getTitle()).isEqualTo(CLEAN_TITLE);
        assertThat(item.getDescription().getValue()).startsWith("Harbour fees & tolls go up");
        assertThat(item.getEnclosures().get(0).getUrl()).isEqualTo(BASE + "/media/tolls.jpg");
        assertThat(item.getEnclosures().get(0).getType()).isEqualTo("image/jpeg");

        String atom = fetch("/atom.xml").body();
        assertThat(atom).doesNotContain("\u0007").doesNotContain("<b>");
        Entry entry = ((Feed) parse(atom)).getEntries().stream().filter(e -> e.getId().endsWith(hostile.slug())).findFirst().orElseThrow();
        assertThat(entry.getTitle()).isEqualTo(CLEAN_TITLE);

        JsonNode json = new ObjectMapper().readTree(fetch("/feed.json").body());
        JsonNode jsonItem = find(json, hostile.slug());
        assertThat(jsonItem.get("title").asText()).isEqualTo(CLEAN_TITLE);
        assertThat(jsonItem.get("image").asText()).isEqualTo(BASE + "/media/tolls.jpg");
    }

    @Test
    void ownArticlesCarryTheirFullTextWithAbsoluteLinks() throws Exception {
        Item item = rssItem("/rss.xml", hostile.slug());
        assertThat(item.getContent().getValue()).contains("The second paragraph of our own article, in full.");
        assertThat(rssCreators(item)).containsExactly(author.name());
        Entry entry = atomEntry("/atom.xml", hostile.slug());
        assertThat(entry.getContents().get(0).getType()).isEqualTo("html");
        assertThat(entry.getContents().get(0).getValue()).contains("in full.");
        assertThat(entry.getAuthors().get(0).getName()).isEqualTo(author.name());
        JsonNode jsonItem = find(new ObjectMapper().readTree(fetch("/feed.json").body()), hostile.slug());
        assertThat(jsonItem.get("content_html").asText()).contains("in full.");
        assertThat(jsonItem.get("authors").get(0).get("name").asText()).isEqualTo(author.name());
        assertThat(jsonItem.get("tags").get(0).asText()).isEqualTo(section.name());
    }

    @Test
    void anExcerptPolicyArticleNeverCarriesItsFullText() throws Exception {
        for (String page : List.of("", "/section/" + section.slug(), "/outlet/" + outlet.slug())) {
            for (FeedFormat f : FeedFormat.values()) {
                assertThat(fetch(page + "/" + f.fileName()).body()).as(page + f).contains("Port strike talks resume").doesNotContain(SECRET);
            }
        }
        Item item = rssItem("/rss.xml", excerptOnly.slug());
        assertThat(item.getContent()).isNull();
        assertThat(atomEntry("/atom.xml", excerptOnly.slug()).getContents()).isEmpty();
        JsonNode jsonItem = find(new ObjectMapper().readTree(fetch("/feed.json").body()), excerptOnly.slug());
        assertThat(jsonItem.has("content_html")).isFalse();
        assertThat(jsonItem.get("content_text").asText()).startsWith("Negotiators met again");

        // the same kind of import from a full-text source gives the whole body
        assertThat(rssItem("/rss.xml", fullText.slug()).getContent().getValue()).contains("All summer long.");
    }

    @Test
    void importedArticlesNameTheirOutletAndLinkTheOriginal() throws Exception {
        String original = "https://excerpt.example/a?x=1&y=2";
        String rss = fetch("/rss.xml").body();
        assertThat(rss).contains("url=\"https://excerpt.example/a?x=1&amp;y=2\"");
        Item item = rssItem("/rss.xml", excerptOnly.slug());
        assertThat(item.getSource().getValue()).isEqualTo("Excerpt Gazette");
        assertThat(item.getSource().getUrl()).isEqualTo(original);
        assertThat(item.getDescription().getValue()).contains("Source: Excerpt Gazette — " + original);
        assertThat(item.getEnclosures().get(0).getType()).isEqualTo("image/png");

        Entry entry = atomEntry("/atom.xml", excerptOnly.slug());
        Link via = entry.getOtherLinks().stream().filter(l -> l.getRel().equals("via")).findFirst().orElseThrow();
        assertThat(via.getHref()).isEqualTo(original);
        assertThat(via.getTitle()).isEqualTo("Excerpt Gazette");
        assertThat(entry.getSummary().getValue()).contains("Source: Excerpt Gazette — " + original);

        JsonNode jsonItem = find(new ObjectMapper().readTree(fetch("/feed.json").body()), excerptOnly.slug());
        assertThat(jsonItem.get("external_url").asText()).isEqualTo(original);
        assertThat(jsonItem.get("summary").asText()).contains("Source: Excerpt Gazette");

        // the demo's translated imports say so
        String translatedSlug = site.stores.jdbi().withHandle(h -> h.createQuery(
                "SELECT slug FROM articles WHERE translated = TRUE AND status = 'published' ORDER BY published_at DESC")
                .mapTo(String.class).first());
        String outletSlug = site.stores.jdbi().withHandle(h -> h.createQuery(
                "SELECT o.slug FROM articles a JOIN outlets o ON o.id = a.outlet_id WHERE a.slug = :s").bind("s", translatedSlug)
                .mapTo(String.class).one());
        Item translated = rssItem("/outlet/" + outletSlug + "/rss.xml", translatedSlug);
        assertThat(translated.getDescription().getValue()).containsPattern("Translated from [A-Z][a-z]+\\.");
        assertThat(translated.getSource()).isNotNull();
    }

    @Test
    void feedsAreCachedWithEtagLastModifiedAnd304() throws Exception {
        for (String path : List.of("/rss.xml", "/section/" + section.slug() + "/atom.xml", "/feed.json")) {
            HttpResponse<String> first = fetch(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String modified = first.headers().firstValue("Last-Modified").orElseThrow();
            // the second answer comes from the page cache (straight from Jetty) and keeps the feed's type
            HttpResponse<String> again = fetch(path);
            assertThat(again.headers().firstValue("ETag")).hasValue(etag);
            assertThat(again.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
            assertThat(site.get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
            assertThat(site.get(path, "If-Modified-Since", modified).statusCode()).isEqualTo(304);
            assertThat(site.get(path, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void unknownPagesHaveNoFeeds() throws Exception {
        assertThat(site.get("/section/no-such-section/rss.xml").statusCode()).isEqualTo(404);
        assertThat(site.get("/author/nobody/atom.xml").statusCode()).isEqualTo(404);
        assertThat(site.get("/story/nothing/feed.json").statusCode()).isEqualTo(404);
    }

    @Test
    void pagesAnnounceTheirFeedsForAutodiscovery() throws Exception {
        for (String page : pagePaths()) {
            Document doc = Jsoup.parse(fetch(page.isEmpty() ? "/" : page).body());
            var links = doc.select("head link[rel=alternate]");
            assertThat(links.eachAttr("type")).as(page)
                    .containsExactly("application/rss+xml", "application/atom+xml", "application/feed+json");
            assertThat(links.eachAttr("href")).containsExactly(BASE + page + "/rss.xml", BASE + page + "/atom.xml",
                    BASE + page + "/feed.json");
            assertThat(links.eachAttr("title")).allSatisfy(t -> assertThat(t).contains("Test Herald"));
            for (String href : links.eachAttr("href")) assertThat(site.get(href.substring(BASE.length())).statusCode()).isEqualTo(200);
        }
        // an article page is not a list: it has no feeds of its own
        assertThat(Jsoup.parse(fetch("/article/" + hostile.slug()).body()).select("head link[rel=alternate]")).isEmpty();
    }

    @Test
    void aConfiguredWebSubHubIsDeclaredInEveryFormat() throws Exception {
        SiteConfig config = new SiteConfig("127.0.0.1", 0, dir, "Test Herald", "en", BASE, null, "", false, "");
        Feeds feeds = new Feeds(config, site.stores, FeedSettings.defaults().withWebSubHub("https://hub.example/"));
        Channel rss = (Channel) parse(new String(feeds.render(feeds.site(), FeedFormat.RSS), StandardCharsets.UTF_8));
        assertThat(rss.getForeignMarkup()).anySatisfy(e -> {
            assertThat(e.getName()).isEqualTo("link");
            assertThat(e.getAttributeValue("rel")).isEqualTo("hub");
            assertThat(e.getAttributeValue("href")).isEqualTo("https://hub.example/");
        });
        Feed atom = (Feed) parse(new String(feeds.render(feeds.site(), FeedFormat.ATOM), StandardCharsets.UTF_8));
        assertThat(atom.getOtherLinks()).anySatisfy(l -> {
            assertThat(l.getRel()).isEqualTo("hub");
            assertThat(l.getHref()).isEqualTo("https://hub.example/");
        });
        JsonNode json = new ObjectMapper().readTree(feeds.render(feeds.site(), FeedFormat.JSON));
        assertThat(json.get("hubs").get(0).get("type").asText()).isEqualTo("WebSub");
        assertThat(json.get("hubs").get(0).get("url").asText()).isEqualTo("https://hub.example/");
        // without a hub, none is declared
        assertThat(fetch("/rss.xml").body()).doesNotContain("rel=\"hub\"");
        assertThat(fetch("/atom.xml").body()).doesNotContain("rel=\"hub\"");
    }

    static String selfLink(Channel channel) {
        for (Element e : channel.getForeignMarkup()) {
            if ("link".equals(e.getName()) && "self".equals(e.getAttributeValue("rel"))) return e.getAttributeValue("href");
        }
        return null;
    }

    static List<String> rssCreators(Item item) {
        List<String> names = new ArrayList<>();
        item.getModules().stream().filter(m -> m instanceof com.rometools.rome.feed.module.DCModule)
                .forEach(m -> names.addAll(((com.rometools.rome.feed.module.DCModule) m).getCreators()));
        return names;
    }

    static Item rssItem(String path, String slug) throws Exception {
        return ((Channel) parse(fetch(path).body())).getItems().stream().filter(i -> i.getLink().endsWith("/" + slug))
                .findFirst().orElseThrow();
    }

    static Entry atomEntry(String path, String slug) throws Exception {
        return ((Feed) parse(fetch(path).body())).getEntries().stream().filter(e -> e.getId().endsWith("/" + slug))
                .findFirst().orElseThrow();
    }

    static JsonNode find(JsonNode feed, String slug) {
        for (JsonNode item : feed.get("items")) if (item.get("url").asText().endsWith("/" + slug)) return item;
        throw new AssertionError("no item for " + slug);
    }
}
