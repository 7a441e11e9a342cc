package io.newsdesk.app.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.SourceKind;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import io.newsdesk.app.store.Stores;
import io.newsdesk.app.translate.ArticleTranslations;
import io.newsdesk.app.translate.LanguagePair;
import io.newsdesk.app.translate.Segments;
import io.newsdesk.app.translate.TranslationMemory;
import io.newsdesk.app.translate.TranslationSetup;
import io.newsdesk.app.translate.remote.FakeLibreTranslateServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An imported article in another language: held and waiting while nothing can translate it, and published in
 * its translation, with its structure, links and emphasis, once the translation memory covers it. On either database.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class TranslationFlowTest {
    @Parameter
    TestDatabase database;

    private static final String TITLE = "Hafenbrücke nach Reparatur wieder offen";

    @TempDir
    Path dir;
    private FixtureWeb web;
    private Database db;

    @BeforeEach
    void setUp() throws Exception {
        web = new FixtureWeb();
        db = database.fresh(dir).open();
        Stores.over(db.jdbi()).sections().create("world", "World", null, 1);
        io.newsdesk.app.content.ArticleEvents.of(db.jdbi())
                .subscribe(c -> { if (c.visible()) pagesChanged.incrementAndGet(); });
        web.put("/d/news/1", "text/html; charset=utf-8", Outlets.page("de", TITLE, List.of(
                "Die <a href=\"https://stadt.example/bruecke\">Brücke</a> über den Hafen ist nach zwei Jahren <em>wieder</em> offen.",
                "Anwohner sagen, sie hätten lange auf diesen Tag gewartet, und die Ladenbesitzer sind zufrieden.",
                "Die Ingenieure haben die Konstruktion zweimal geprüft, bevor der Stadtrat entschieden hat.")));
        web.put("/d/feed.xml", "application/rss+xml", Outlets.rss("Outlet D", List.of(new Outlets.Entry(TITLE,
                web.url("/d/news/1"), "d-1", "Mon, 01 Jun 2026 10:00:00 GMT"))));
        new SourceStore(db.jdbi()).add(new NewSource(web.url("/d/feed.xml"), SourceKind.RSS, "Outlet D", null, "de", "auto",
                "world", null, null, ContentPolicy.FULL_TEXT, true, null, null, null));
    }

    @AfterEach
    void tearDown() {
        db.close();
        web.close();
    }

    private final List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** How often the pipeline told the site that readers' pages changed. */
    /** The article changes readers can see, as the site's page cache hears them. */
    private final java.util.concurrent.atomic.AtomicInteger pagesChanged = new java.util.concurrent.atomic.AtomicInteger();

    private Pipeline pipeline(Fetcher fetcher) {
        return new Pipeline(db.jdbi(), fetcher, Clock.systemUTC(), new Pipeline.Settings(2, 8, "en"),
                TranslationSetup.memoryOnly((pair, output) -> output.replace("Kiev", "Kyiv"), (pair, s, o) -> List.of()),
                line -> { });
    }

    private Map<String, Object> article() {
        return db.jdbi().withHandle(h -> h.createQuery(
                "SELECT id, title, body_html, status, language, translated, original_title, hold_reason FROM articles").mapToMap().one());
    }

    @Test
    void anArticleWaitsUntilItsTranslationIsThereAndIsThenPublishedInItsStructure() throws Exception {
        try (Fetcher fetcher = new Fetcher(PipelineTest.testFetcher()); Pipeline p = pipeline(fetcher)) {
            p.queueNow(new SourceStore(db.jdbi()).all());
            p.runUntilIdle();

            Map<String, Object> held = article();
            assertThat(held.get("status")).isEqualTo("held");
            assertThat(pagesChanged.get()).as("a held article changes no page readers see").isZero();
            assertThat((String) held.get("hold_reason")).contains("no translation engine is set up for de-en");
            String id = (String) held.get("id");
            ArticleTranslations translations = new ArticleTranslations(db.jdbi(), new TranslationMemory(db.jdbi(), Clock.systemUTC()),
                    Clock.systemUTC());
            ArticleTranslations.Entry waiting = translations.find(id).orElseThrow();
            assertThat(waiting.state()).isEqualTo(ArticleTranslations.State.AWAITING);
            assertThat(waiting.pair()).isEqualTo(new LanguagePair("de", "en"));
            Segments source = waiting.source();
            assertThat(source.title()).isEqualTo(TITLE);
            assertThat(source.body()).hasSize(3);
            assertThat(p.requeueTranslations()).isZero(); // still nothing can translate it

            // an editor's translations of every segment arrive in the memory (as approved elsewhere)
            String link = Jsoup.parseBodyFragment(source.body().get(0)).selectFirst("a").attr("href");
            List<String> english = List.of("Harbour bridge open again after repairs",
                    "The <a href=\"" + link + "\">bridge</a> over the harbour is <em>open</em> again after two years.",
                    "Residents say they waited a long time for this day, and shop owners are pleased.",
                    "The engineers checked the structure twice before the council decided.");
            TranslationMemory memory = new TranslationMemory(db.jdbi(), Clock.systemUTC());
            List<String> all = source.all();
            db.jdbi().useHandle(h -> {
                for (int i = 0; i < all.size(); i++) {
                    memory.store(h, new LanguagePair("de", "en"), all.get(i), english.get(i), TranslationMemory.EDITOR, null);
                }
            });
            assertThat(p.requeueTranslations()).isEqualTo(1);
            p.runUntilIdle();
            assertThat(p.counts().translated.get()).isEqualTo(1);
            assertThat(pagesChanged.get()).as("its publication does").isEqualTo(1);
        }
        Map<String, Object> published = article();
        assertThat(published.get("status")).isEqualTo("published");
        assertThat(published.get("title")).isEqualTo("Harbour bridge open again after repairs");
        assertThat(published.get("language")).isEqualTo("en");
        assertThat(published.get("translated")).isIn(true, 1);
        assertThat(published.get("original_title")).isEqualTo(TITLE);
        assertThat(published.get("hold_reason")).isNull();
        var body = Jsoup.parseBodyFragment((String) published.get("body_html"));
        assertThat(body.select("p")).hasSize(3);
        assertThat(body.selectFirst("p a").text()).isEqualTo("bridge");
        assertThat(body.selectFirst("p a").attr("href")).startsWith("https://stadt.example/bruecke");
        assertThat(body.selectFirst("p em").text()).isEqualTo("open");
        assertThat(body.text()).doesNotContain("Brücke").contains("shop owners are pleased");
        String engine = db.jdbi().withHandle(h -> h.createQuery("SELECT engine FROM article_translations").mapTo(String.class).one());
        assertThat(engine).isEqualTo("memory");
    }

    @Test
    void segmentsRebuildTheBodyInItsStructure() {
        Segments s = Segments.of("Titel", "Vorspann", null,
                "<h2>Zwischen</h2><p>Ein <a href=\"https://a.example/\">Link</a>.</p><ul><li>eins</li><li>zwei</li></ul>"
                        + "<blockquote><p>Zitat</p></blockquote><p>2026</p>");
        assertThat(s.body()).containsExactly("Zwischen", "Ein <a href=\"https://a.example/\">Link</a>.", "eins", "zwei", "Zitat", "2026");
        assertThat(s.label(0)).isEqualTo("title");
        assertThat(s.label(1)).isEqualTo("standfirst");
        assertThat(s.label(4)).isEqualTo("paragraph 3");
        List<String> en = new ArrayList<>(List.of("Between", "A <a href=\"https://a.example/\">link</a>.", "one", "two", "Quote", "2026"));
        assertThat(s.rebuild(en)).isEqualTo("<h2>Between</h2><p>A <a href=\"https://a.example/\">link</a>.</p><ul><li>one</li><li>two</li></ul>"
                + "<blockquote><p>Quote</p></blockquote><p>2026</p>");
        Segments translated = s.withAll(List.of("Title", "Standfirst", "Between", "x", "one", "two", "Quote", "2026"));
        assertThat(translated.title()).isEqualTo("Title");
        assertThat(translated.body()).hasSize(6);
    }

    @Test
    void anEngineTranslatesThroughTheLibreTranslateFakeServerAndTheGuardHoldsGarbledOutput() throws Exception {
        // a local server implementing LibreTranslate's documented API (it upper-cases what it does not know)
        try (FakeLibreTranslateServer libre = new FakeLibreTranslateServer(null, 50);
             Fetcher fetcher = new Fetcher(PipelineTest.testFetcher())) {
            Map<String, String> env = Map.of("NEWSDESK_LIBRETRANSLATE_URL", libre.url().toString());
            try (TranslationSetup setup = TranslationSetup.fromEnvironment(env, dir);
                 Pipeline p = new Pipeline(db.jdbi(), fetcher, Clock.systemUTC(), new Pipeline.Settings(2, 8, "en"), setup,
                         line -> { })) {
                p.queueNow(new SourceStore(db.jdbi()).all());
                p.runUntilIdle();
                assertThat(p.counts().heldForEditor.get()).isEqualTo(1);
            }
            Map<String, Object> held = article();
            assertThat(held.get("status")).isEqualTo("held");
            assertThat((String) held.get("hold_reason")).startsWith("translation held for an editor: title: ");
            String id = (String) held.get("id");
            ArticleTranslations.Entry entry = new ArticleTranslations(db.jdbi(), new TranslationMemory(db.jdbi(), Clock.systemUTC()),
                    Clock.systemUTC()).find(id).orElseThrow();
            assertThat(entry.state()).isEqualTo(ArticleTranslations.State.HELD);
            assertThat(entry.engine()).isEqualTo("libretranslate");
            assertThat(entry.target().title()).isEqualTo(TITLE.toUpperCase(java.util.Locale.ROOT));
            assertThat(entry.reasons()).isNotEmpty();
            // nothing garbled was remembered
            assertThat(new TranslationMemory(db.jdbi(), Clock.systemUTC()).exact(new LanguagePair("de", "en"), TITLE)).isEmpty();

            // the same article, when the engine translates well, is published and remembered
            List<String> segments = entry.source().all();
            List<String> english = List.of("Harbour bridge open again after repairs",
                    "The <a href=\"" + Jsoup.parseBodyFragment(segments.get(1)).selectFirst("a").attr("href")
                            + "\">bridge</a> over the harbour is <em>open</em> again after two years.",
                    "Residents say they waited a long time for this day, and the shop owners in Kiev are pleased.",
                    "The engineers checked the structure twice before the council decided.");
            for (int i = 0; i < segments.size(); i++) libre.phrasebook.put(segments.get(i), english.get(i));
            // the site's own glossary (in the data directory) extends the shipped one to this pair
            java.nio.file.Files.writeString(dir.resolve("glossary.json"), """
                    {"entries": [{"pairs": ["de-en"], "source": ["kiew"], "target": "Kyiv", "never": ["Kiev"]}]}""");
            db.jdbi().useHandle(h -> h.createUpdate("UPDATE article_translations SET state = 'awaiting'").execute());
            try (TranslationSetup setup = TranslationSetup.fromEnvironment(env, dir);
                 Pipeline p = new Pipeline(db.jdbi(), fetcher, Clock.systemUTC(), new Pipeline.Settings(2, 8, "en"), setup,
                         line -> { })) {
                assertThat(p.requeueTranslations()).isEqualTo(1);
                p.runUntilIdle();
                assertThat(p.counts().translated.get()).isEqualTo(1);
            }
        }
        Map<String, Object> published = article();
        assertThat(published.get("status")).isEqualTo("published");
        assertThat(published.get("title")).isEqualTo("Harbour bridge open again after repairs");
        assertThat((String) published.get("body_html")).contains("shop owners in Kyiv") // the glossary's rendering
                .contains("<em>open</em>");
        assertThat(new TranslationMemory(db.jdbi(), Clock.systemUTC()).exact(new LanguagePair("de", "en"), TITLE))
                .contains("Harbour bridge open again after repairs");
    }

    @Test
    void theLocalEngineTranslatesThroughTheWholeDecodingPathAndTheGuardHoldsItsCopiedOutput() throws Exception {
        // the tiny "copy" model shipped for tests: ONNX encoder and decoder that reproduce their input
        java.nio.file.Path model = java.nio.file.Files.createDirectories(dir.resolve("models").resolve("ru-en"));
        java.nio.file.Path shipped = java.nio.file.Path.of(getClass().getResource("/translate/tiny-model/config.json").toURI()).getParent();
        for (String f : List.of("encoder_model.onnx", "decoder_model.onnx", "source.spm", "target.spm", "vocab.json", "config.json")) {
            java.nio.file.Files.copy(shipped.resolve(f), model.resolve(f));
        }
        String title = "Мост в гавани снова открыт";
        web.put("/r/news/1", "text/html; charset=utf-8", Outlets.page("ru", title, List.of(
                "Мост через гавань снова открыт для движения после ремонта, который длился два года.",
                "Жители города говорят, что ждали этого дня очень долго, а владельцы магазинов довольны.",
                "Инженеры проверили конструкцию дважды, прежде чем городской совет принял решение.",
                "Полный отчёт о стоимости работ совет опубликует в следующем месяце.")));
        web.put("/r/feed.xml", "application/rss+xml", Outlets.rss("Outlet R", List.of(new Outlets.Entry(title,
                web.url("/r/news/1"), "r-1", "Mon, 01 Jun 2026 10:00:00 GMT"))));
        new SourceStore(db.jdbi()).add(new NewSource(web.url("/r/feed.xml"), SourceKind.RSS, "Outlet R", null, "ru", "ru",
                "world", null, null, ContentPolicy.FULL_TEXT, true, null, null, null));
        try (Fetcher fetcher = new Fetcher(PipelineTest.testFetcher());
             TranslationSetup setup = TranslationSetup.fromEnvironment(Map.of(), dir);
             Pipeline p = new Pipeline(db.jdbi(), fetcher, Clock.systemUTC(), new Pipeline.Settings(2, 8, "en"), setup,
                     events::add)) {
            p.queueNow(new SourceStore(db.jdbi()).all());
            p.runUntilIdle();
        }
        assertThat(events).as("pipeline events").noneMatch(e -> e.contains("failed"));
        Map<String, Object> row = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT id, status, hold_reason FROM articles WHERE original_url = :u").bind("u", web.url("/r/news/1")).mapToMap().one());
        assertThat(row.get("status")).isEqualTo("held");
        ArticleTranslations.Entry e = new ArticleTranslations(db.jdbi(), new TranslationMemory(db.jdbi(), Clock.systemUTC()),
                Clock.systemUTC()).find((String) row.get("id")).orElseThrow();
        assertThat(e.state()).isEqualTo(ArticleTranslations.State.HELD);
        assertThat(e.engine()).isEqualTo("marian");
        assertThat(e.model()).startsWith("ru-en@");
        assertThat(e.target().title()).isEqualTo(title); // the copy model's output: it went through the model
        assertThat(String.join(" ", e.reasons())).containsIgnoringCase("cyrillic");
    }
}
