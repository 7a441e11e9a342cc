package io.newsdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The stores on SQLite and on PostgreSQL (issue 15): the same tests, the same migrations, both databases. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class SqliteStoreTest {
    @TempDir
    Path dir;

    @Parameter
    TestDatabase database;

    TestDatabase.Place place;

    @BeforeEach
    void freshDatabase() {
        place = database.fresh(dir);
    }

    @Test
    void migratesAFreshDatabaseInWalMode() {
        assumeTrue(database == TestDatabase.SQLITE, "SQLite's file and journal mode");
        try (Database db = Database.sqlite(dir.resolve("data"))) {
            String mode = db.jdbi().withHandle(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one());
            assertThat(mode).isEqualToIgnoringCase("wal");
            assertThat(dir.resolve("data/newsdesk.db")).exists();
            int tables = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('articles','sections','outlets','authors','comments','page_views','ad_slots','article_authors','settings')")
                    .mapTo(Integer.class).one());
            assertThat(tables).isEqualTo(9);
        }
        // a second start finds the schema in place and changes nothing
        try (Database again = Database.sqlite(dir.resolve("data"))) {
            assertThat(Stores.over(again.jdbi()).articles().countAll()).isZero();
        }
    }

    @Test
    void migratesAFreshPostgresqlDatabaseAndStartsAgainOnIt() {
        assumeTrue(database == TestDatabase.POSTGRESQL, "PostgreSQL's catalogue");
        try (Database db = place.open()) {
            assertThat(db.dialect()).isEqualTo(Dialect.POSTGRESQL);
            int tables = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('articles','sections','outlets','authors','comments','page_views','ad_slots','article_authors','settings','jobs','users')")
                    .mapTo(Integer.class).one());
            assertThat(tables).isEqualTo(11);
        }
        try (Database again = place.open()) {
            assertThat(Stores.over(again.jdbi()).articles().countAll()).isZero();
        }
    }

    @Test
    void storesCleanedArticlesWithUniqueSlugsAndReadsThemBack() {
        try (Database db = place.open()) {
            Stores s = Stores.over(db.jdbi());
            var section = s.sections().create("world", "World", null, 0);
            var author = s.authors().create("ana", "Ana Writer", null);
            var outlet = s.outlets().create("visnyk", "Visnyk", "https://visnyk.example", "uk", null);
            ArticleWriter writer = new ArticleWriter(db.jdbi(), s.articles());
            Instant t = Instant.parse("2026-11-01T10:00:00Z");
            ArticleDraft draft = new ArticleDraft("<i>Harbour</i> opens", "Lede", "<p>Body text.</p><script>x()</script>", null,
                    null, null, null, section.id(), List.of(author.id()), "en", ArticleStatus.PUBLISHED, t, null,
                    new ArticleDraft.Imported(outlet.id(), "https://visnyk.example/1", "Гавань відкрита", "uk", true));
            Article first = writer.save(draft);
            Article second = writer.save(draft);
            assertThat(first.slug()).isEqualTo("harbour-opens");
            assertThat(second.slug()).isEqualTo("harbour-opens-2");

            Article back = s.articles().bySlug("harbour-opens").orElseThrow();
            assertThat(back.title()).isEqualTo("Harbour opens");
            assertThat(back.bodyHtml()).isEqualTo("<p>Body text.</p>");
            assertThat(back.bodyText()).isEqualTo("Body text.");
            assertThat(back.publishedAt()).isEqualTo(t);
            assertThat(back.updatedAt()).isEqualTo(t);
            assertThat(back.translated()).isTrue();
            assertThat(back.originalTitle()).isEqualTo("Гавань відкрита");
            assertThat(s.authors().ofArticle(back.id())).extracting("name").containsExactly("Ana Writer");
            assertThat(s.articles().latestInSection(section.id(), 10, 0)).hasSize(2);
            assertThat(s.articles().byOutlet(outlet.id(), 10, 0)).hasSize(2);
            assertThat(s.articles().byAuthor(author.id(), 10, 0)).hasSize(2);

            // an author's list reads the byline rows, which follow each write of the article (V23)
            db.jdbi().useTransaction(h -> writer.withdraw(h, second.id(), "wrong"));
            assertThat(s.articles().byAuthor(author.id(), 10, 0)).extracting("id").containsExactly(first.id());
            Instant later = Instant.parse("2026-11-02T08:00:00Z");
            db.jdbi().useTransaction(h -> writer.moveTo(h, second.id(), ArticleStatus.SCHEDULED, later));
            db.jdbi().useTransaction(h -> writer.publishDue(h, later));
            assertThat(s.articles().byAuthor(author.id(), 10, 0)).extracting("id").containsExactly(second.id(), first.id());
        }
    }

    @Test
    void pageViewBatchesAddUpWithUpsert() {
        try (Database db = place.open()) {
            PageViewStore views = new PageViewStore(db.jdbi());
            var key = new PageViewStore.HourlyKey("a1", 3_600_000L);
            views.add(Map.of(key, 3L));
            views.add(Map.of(key, 4L, new PageViewStore.HourlyKey("a2", 3_600_000L), 1L));
            assertThat(views.since(0)).extracting("articleId", "views")
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a1", 7L), org.assertj.core.groups.Tuple.tuple("a2", 1L));
        }
    }

    @Test
    void settingsAreCreatedOnceAndKept() {
        try (Database db = place.open()) {
            SettingStore settings = new SettingStore(db.jdbi());
            String first = settings.getOrCreate("secret", () -> "one");
            String second = settings.getOrCreate("secret", () -> "two");
            assertThat(first).isEqualTo("one");
            assertThat(second).isEqualTo("one");
        }
    }
}
