package io.newsdesk.app.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.media.TestImages;
import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.SourceKind;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.translate.ArticleTranslations;
import io.newsdesk.app.translate.Glossary;
import io.newsdesk.app.translate.LanguagePair;
import io.newsdesk.app.translate.Segments;
import io.newsdesk.app.translate.TranslationMemory;
import io.newsdesk.app.translate.TranslationSetup;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 end to end: articles imported from outlets on 127.0.0.1 into a real site, then read as readers see them.
 * The outlets' pages open with a lead figure whose caption carries a labelled credit, repeat the picture at the top
 * of the body, and (the Russian one) have a Cyrillic byline and credit.
 */
class ImportedArticlePageTest {
    private static final String HTML = "text/html; charset=utf-8";
    private static final String RSS = "application/rss+xml; charset=utf-8";
    private static final String EN_TITLE = "Tidal power station opens on the estuary";
    private static final String EN_OPENING = "PORTHAVEN, June 3 (Coastline Courier) - The tidal power station on the estuary began feeding";
    private static final String RU_TITLE = "Новый паром связал Приморск с островом Лесной";
    private static final Map<String, String> RU_EN = new LinkedHashMap<>();

    static {
        RU_EN.put(RU_TITLE, "New ferry links Primorsk with Lesnoy Island");
        RU_EN.put("Паром у причала в Приморске.", "The ferry at the pier in Primorsk.");
        RU_EN.put("Новый паром между Приморском и островом Лесной начал работу в понедельник, сообщили в администрации порта.",
                "The new ferry between Primorsk and Lesnoy Island began service on Monday, the port administration said.");
        RU_EN.put("Жители острова ждали этого решения несколько лет, потому что старое судно часто ломалось зимой.",
                "Island residents had waited years for this decision because the old vessel often broke down in winter.");
        RU_EN.put("По словам капитана, паром будет ходить четыре раза в день, а в выходные шесть раз.",
                "According to the captain, the ferry will run four times a day, and six times at weekends.");
        RU_EN.put("Билеты можно купить в кассе порта или на сайте перевозчика, цены остались прежними.",
                "Tickets can be bought at the port ticket office or on the carrier's website, and prices are unchanged.");
    }

    @TempDir
    Path dir;
    private FixtureWeb web;
    private TestSite site;
    /** Where the outlets' pictures are (real JPEGs, fetched and stored by the site). */
    private String images;

    @BeforeEach
    void setUp() throws Exception {
        web = new FixtureWeb();
        site = TestSite.empty(dir, null);
        site.stores.sections().create("world", "World", null, 1);
        images = web.url("/media/");
        web.put("/media/tidal-station-1200x675.jpg", "image/jpeg", TestImages.jpeg(1200, 675, false));
        // the body's copy is another size of the same picture: other bytes, so only the source's addresses tell
        web.put("/media/tidal-station.jpg", "image/jpeg", TestImages.jpeg(800, 450, false));
        web.put("/media/ferry.jpg", "image/jpeg", TestImages.jpeg(1000, 600, true));
        web.put("/cc/news/1", HTML, englishPage());
        web.put("/cc/feed.xml", RSS, Outlets.rss("Coastline Courier", List.of(new Outlets.Entry(EN_TITLE, web.url("/cc/news/1"),
                "cc-1", "Mon, 01 Jun 2026 10:00:00 GMT"))));
        web.put("/pg/news/1", HTML, russianPage());
        web.put("/pg/feed.xml", RSS, Outlets.rss("Приморская газета", List.of(new Outlets.Entry(RU_TITLE, web.url("/pg/news/1"),
                "pg-1", "Mon, 01 Jun 2026 11:00:00 GMT", "Краткое содержание.", null))));
        SourceStore sources = new SourceStore(site.db.jdbi());
        sources.add(new NewSource(web.url("/cc/feed.xml"), SourceKind.RSS, "Coastline Courier", null, "en", "auto", "world",
                null, null, ContentPolicy.FULL_TEXT, true, null, null, null));
        sources.add(new NewSource(web.url("/pg/feed.xml"), SourceKind.RSS, "Приморская газета", null, "ru", "auto", "world",
                null, null, ContentPolicy.FULL_TEXT, true, null, null, null));
    }

    @AfterEach
    void tearDown() {
        site.close();
        web.close();
    }

    private String englishPage() {
        String ld = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"" + EN_TITLE + "\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Jan Roe\"},\"image\":{\"@type\":\"ImageObject\",\"url\":\""
                + images + "tidal-station-1200x675.jpg\",\"caption\":\"The turbine hall at low tide.\","
                + "\"creditText\":\"Photo: Photo: Jan Roe / Fixture Agency\"}}";
        StringBuilder p = new StringBuilder();
        p.append("<p>").append(EN_OPENING).append(" the grid on Monday, six years after the first survey of the channel.</p>");
        for (String line : List.of("Engineers said the sixteen turbines had met every test during a fortnight of spring tides.",
                "The council expects the station to supply a third of the town's homes once all the units are running.",
                "Fishermen had opposed the barrage at first, but the operator agreed to keep a channel open for boats.",
                "A visitor centre on the quay will open in August with guided walks along the barrage at low water.")) {
            p.append("<p>").append(line).append("</p>");
        }
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + EN_TITLE + " | Coastline Courier</title>"
                + "<meta property=\"og:image\" content=\"" + images + "tidal-station-1200x675.jpg\">"
                + "<script type=\"application/ld+json\">" + ld + "</script></head><body>"
                + "<nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
                + "<article><h1>" + EN_TITLE + "</h1><p class=\"byline\">By Jan Roe</p>"
                + "<figure class=\"lead-image\"><img src=\"" + images + "tidal-station-1200x675.jpg\" alt=\"Photo: Jan Roe / Fixture Agency\">"
                + "<figcaption>The turbine hall at low tide. <span class=\"photo-credit\">Photo: Jan Roe / Fixture Agency</span>"
                + "</figcaption></figure><div class=\"entry-content\">"
                + "<figure><img src=\"" + images + "tidal-station.jpg?w=800\" alt=\"Photo: Jan Roe / Fixture Agency\">"
                + "<figcaption>Photo: Jan Roe / Fixture Agency The turbine hall at low tide.</figcaption></figure>"
                + p + "</div></article><footer>© Coastline Courier</footer></body></html>";
    }

    private String russianPage() {
        String ld = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"" + RU_TITLE + "\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Марина Соколова\"},\"image\":{\"@type\":\"ImageObject\",\"url\":\""
                + images + "ferry.jpg\",\"caption\":\"Паром у причала в Приморске.\","
                + "\"creditText\":\"Фото: Приморская газета / Иван Петров\"}}";
        StringBuilder p = new StringBuilder();
        RU_EN.keySet().stream().skip(2).forEach(line -> p.append("<p>").append(line).append("</p>"));
        return "<!doctype html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>" + RU_TITLE + "</title>"
                + "<meta name=\"author\" content=\"Марина Соколова\">"
                + "<script type=\"application/ld+json\">" + ld + "</script></head><body>"
                + "<article><h1>" + RU_TITLE + "</h1><p class=\"byline\">Марина Соколова</p>"
                + "<figure><img src=\"" + images + "ferry.jpg\" alt=\"Паром\"><figcaption>Паром у причала в Приморске. "
                + "<span class=\"credit\">Фото: Приморская газета / Иван Петров</span></figcaption></figure>"
                + "<div class=\"entry-content\">" + p + "</div></article></body></html>";
    }

    private Pipeline pipeline(Fetcher fetcher) {
        // the shipped glossary writes names (its renderings first, then the one transliteration table)
        return new Pipeline(site.db.jdbi(), fetcher, Clock.systemUTC(), new Pipeline.Settings(2, 8, "en", site.dataDir.resolve("media")),
                TranslationSetup.memoryOnly(Glossary.shipped(), (pair, source, output) -> List.of()), line -> { });
    }

    private Map<String, Object> article(String originalUrl) {
        return site.db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM articles WHERE original_url = :u")
                .bind("u", originalUrl).mapToMap().one());
    }

    private Document page(String path) throws Exception {
        var r = site.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(r.body(), site.url(path));
    }

    @Test
    void anImportedArticleReadsCleanlyItsExcerptDescriptionsCreditAndSourceBox() throws Exception {
        try (Fetcher fetcher = new Fetcher(PipelineTest.testFetcher()); Pipeline p = pipeline(fetcher)) {
            p.queueNow(new SourceStore(site.db.jdbi()).all());
            p.runUntilIdle();
        }
        Map<String, Object> a = article(web.url("/cc/news/1"));
        String excerpt = (String) a.get("excerpt");
        assertThat(excerpt).startsWith(EN_OPENING).doesNotContain("Photo", "Jan Roe", "Fixture Agency", "turbine hall", "By ");
        assertThat(a.get("image_credit")).isEqualTo("Jan Roe / Fixture Agency");
        assertThat(a.get("image_caption")).isEqualTo("The turbine hall at low tide.");
        // the picture is the lead image once; the body does not open with it again
        assertThat((String) a.get("body_html")).doesNotContain("tidal-station").doesNotContain("<figure");

        Document doc = page("/article/" + a.get("slug"));
        assertThat(doc.selectFirst("meta[name=description]").attr("content")).isEqualTo(excerpt);
        assertThat(doc.selectFirst("meta[property=og:description]").attr("content")).isEqualTo(excerpt);
        String jsonLd = doc.selectFirst("script[type=application/ld+json]").data();
        assertThat(jsonLd).contains("\"description\":\"" + excerpt.substring(0, 40)).doesNotContain("Fixture Agency The");
        Element article = doc.selectFirst("article.article");
        assertThat(article.select("img")).hasSize(1);
        assertThat(article.selectFirst("figure.lead-image img").attr("src")).startsWith("/media/img/");
        assertThat(article.select("figure.lead-image .credit").eachText()).containsExactly("Photo: Jan Roe / Fixture Agency");
        assertThat(article.selectFirst("figure.lead-image img").attr("alt")).isEqualTo("The turbine hall at low tide.");

        // the source box: the outlet's name linked to the original article, no address as text, no title repeated
        Element source = doc.selectFirst("aside.attribution p.source");
        assertThat(source.text()).isEqualTo("Source: Coastline Courier");
        assertThat(source.select("a")).hasSize(1);
        assertThat(source.selectFirst("a").attr("href")).isEqualTo(web.url("/cc/news/1"));
        assertThat(source.selectFirst("a").attr("rel")).isEqualTo("nofollow noopener");
        assertThat(doc.selectFirst("aside.attribution").text()).doesNotContain("http", "Original title");

        // cards elsewhere show the same clean excerpt
        Document section = page("/section/world");
        assertThat(section.select(".card .excerpt").eachText()).contains(excerpt).noneMatch(t -> t.contains("Photo"));
    }

    @Test
    void aTranslatedArticleHasItsBylineCaptionAndCreditInTheSitesLanguage() throws Exception {
        try (Fetcher fetcher = new Fetcher(PipelineTest.testFetcher()); Pipeline p = pipeline(fetcher)) {
            p.queueNow(new SourceStore(site.db.jdbi()).all());
            p.runUntilIdle();
            String id = (String) article(web.url("/pg/news/1")).get("id");
            ArticleTranslations translations = new ArticleTranslations(site.db.jdbi(),
                    new TranslationMemory(site.db.jdbi(), Clock.systemUTC()), Clock.systemUTC());
            Segments source = translations.find(id).orElseThrow().source();
            assertThat(source.caption()).isEqualTo("Паром у причала в Приморске.");
            assertThat(source.credit()).isEqualTo("Приморская газета / Иван Петров");
            // an editor's translations of every segment arrive in the memory
            TranslationMemory memory = new TranslationMemory(site.db.jdbi(), Clock.systemUTC());
            site.db.jdbi().useHandle(h -> {
                for (String s : source.all()) {
                    assertThat(RU_EN).as("segment %s", s).containsKey(s);
                    memory.store(h, new LanguagePair("ru", "en"), s, RU_EN.get(s), TranslationMemory.EDITOR, null);
                }
            });
            assertThat(p.requeueTranslations()).isEqualTo(1);
            p.runUntilIdle();
        }
        Map<String, Object> a = article(web.url("/pg/news/1"));
        assertThat(a.get("status")).isEqualTo("published");
        assertThat(a.get("image_caption")).isEqualTo("The ferry at the pier in Primorsk.");
        assertThat(a.get("image_credit")).isEqualTo("Primorskaya gazeta / Ivan Petrov");

        Document doc = page("/article/" + a.get("slug"));
        Element byline = doc.selectFirst(".byline a[rel=author]");
        assertThat(byline.text()).isEqualTo("Marina Sokolova");
        assertThat(doc.selectFirst(".byline").text()).startsWith("By Marina Sokolova").doesNotContainPattern("\\p{IsCyrillic}");
        assertThat(doc.selectFirst("figure.lead-image .caption").text()).isEqualTo("The ferry at the pier in Primorsk.");
        assertThat(doc.selectFirst("figure.lead-image .credit").text()).isEqualTo("Photo: Primorskaya gazeta / Ivan Petrov");
        // the original title differs from the English one, so it is printed
        assertThat(doc.selectFirst("aside.attribution").text()).contains("Original title: " + RU_TITLE);

        // the author page keeps the name as the byline wrote it
        Document author = page(byline.attr("href"));
        assertThat(author.selectFirst("h1").text()).isEqualTo("Marina Sokolova (Марина Соколова)");
    }

    @Test
    void aFeedSummaryThatOpensWithACaptionOrCreditGivesAnExcerptWithoutIt() throws Exception {
        String opening = "The tidal power station on the estuary began feeding the grid on Monday, six years after the survey.";
        String rss = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Local Gazette</title>"
                + "<link>https://gazette.example/</link><description>News</description>"
                // the summary holds the lead figure in its markup
                + "<item><title>Station opens</title><link>" + web.url("/lg/news/1") + "</link><guid>lg-1</guid>"
                + "<pubDate>Mon, 01 Jun 2026 10:00:00 GMT</pubDate><description><![CDATA[<figure><img src=\"" + images
                + "a.jpg\"><figcaption>Photo: Jan Roe / Fixture Agency</figcaption></figure><p>" + opening + "</p>]]></description></item>"
                // the summary is flat text that opens with the caption and credit; the entry's body says where the text starts
                + "<item><title>Barrage approved</title><link>" + web.url("/lg/news/2") + "</link><guid>lg-2</guid>"
                + "<pubDate>Mon, 01 Jun 2026 11:00:00 GMT</pubDate><description>The turbine hall at low tide. Photo: Jan Roe / "
                + "Fixture Agency Councillors approved the second barrage on Tuesday after a debate that lasted four hours.</description>"
                + "<content:encoded><![CDATA[<figure><img src=\"" + images + "b.jpg\"><figcaption>The turbine hall at low tide. "
                + "Photo: Jan Roe / Fixture Agency</figcaption></figure><p>Councillors approved the second barrage on Tuesday after "
                + "a debate that lasted four hours.</p><p>Work starts in spring.</p>]]></content:encoded></item>"
                + "</channel></rss>";
        web.put("/lg/feed.xml", RSS, rss);
        SourceStore sources = new SourceStore(site.db.jdbi());
        sources.all().forEach(s -> sources.remove(s.id()));
        sources.add(new NewSource(web.url("/lg/feed.xml"), SourceKind.RSS, "Local Gazette", null, "en", "en", "world",
                null, null, ContentPolicy.EXCERPT, true, null, null, null));
        try (Fetcher fetcher = new Fetcher(PipelineTest.testFetcher()); Pipeline p = pipeline(fetcher)) {
            p.queueNow(sources.all());
            p.runUntilIdle();
        }
        assertThat((String) article(web.url("/lg/news/1")).get("excerpt")).startsWith("The tidal power station on the estuary")
                .doesNotContain("Photo", "Jan Roe");
        assertThat((String) article(web.url("/lg/news/2")).get("excerpt")).startsWith("Councillors approved the second barrage")
                .doesNotContain("Photo", "Jan Roe", "turbine hall");
    }
}
