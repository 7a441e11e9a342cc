package io.newsdesk.app.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.ManualClock;
import io.newsdesk.app.TestSite;
import io.newsdesk.app.demo.BulkArticles;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.store.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The byline rows carry copies of their article's status, publication time (V23: an author's list) and last change
 * (V27: the newsroom's author filter), each read as one index range in its list's order. A copy out of step would show
 * an article in the wrong place or list, so after every kind of write each byline row must match its article.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class BylineCopyTest {
    @TempDir
    Path dir;

    @Parameter
    TestDatabase database;

    @Test
    void everyKindOfWriteKeepsTheBylineRowsInStepWithTheirArticle() throws Exception {
        try (TestSite site = TestSite.withDemo(dir, database)) {
            Jdbi jdbi = site.stores.jdbi();
            // a day ahead of the demo's own writes (made now), so the last write here is the newest change in the table
            ManualClock clock = new ManualClock(Instant.now().plus(Duration.ofDays(1)));
            BulkArticles.generate(site.stores, 40, clock); // saveAll
            assertInStep(jdbi);

            ArticleWriter writer = new ArticleWriter(jdbi, site.stores.articles(), clock);
            List<String> ids = jdbi.withHandle(h -> h.createQuery(
                    "SELECT id FROM articles WHERE status = 'published' ORDER BY id LIMIT 8").mapTo(String.class).list());
            List<String> authors = jdbi.withHandle(h -> h.createQuery("SELECT id FROM authors ORDER BY id LIMIT 2").mapTo(String.class).list());
            String otherSection = jdbi.withHandle(h -> h.createQuery(
                    "SELECT id FROM sections WHERE id <> (SELECT section_id FROM articles WHERE id = :id) LIMIT 1")
                    .bind("id", ids.get(3)).mapTo(String.class).one());
            List<Runnable> writes = List.of(
                    () -> jdbi.useTransaction(h -> writer.setStatus(h, ids.get(0), ArticleStatus.HELD, "a check")),
                    () -> jdbi.useTransaction(h -> writer.withdraw(h, ids.get(1), "taken down")),
                    () -> jdbi.useTransaction(h -> writer.setLeadImage(h, ids.get(2), "/media/other.jpg")),
                    () -> jdbi.useTransaction(h -> writer.edit(h, ids.get(3), new ArticleWriter.Edit("A new title", "Standfirst",
                            "<p>Body</p>", null, null, otherSection, authors), "editor", "edit", false)),
                    () -> jdbi.useTransaction(h -> writer.moveTo(h, ids.get(4), ArticleStatus.SCHEDULED,
                            clock.instant().plus(Duration.ofMinutes(5)))),
                    () -> jdbi.useTransaction(h -> writer.publishDue(h, clock.instant())),
                    () -> jdbi.useTransaction(h -> writer.moveSection(h, otherSection,
                            jdbi.withHandle(r -> r.createQuery("SELECT id FROM sections WHERE id <> :s LIMIT 1").bind("s", otherSection)
                                    .mapTo(String.class).one()))));
            for (Runnable write : writes) {
                clock.advance(Duration.ofMinutes(10)); // each write its own change time, so a copy left behind shows
                write.run();
                assertInStep(jdbi);
            }
            // the writes did reach the byline rows (not only left both sides as they were)
            long newest = jdbi.withHandle(h -> h.createQuery("SELECT MAX(changed_at) FROM article_authors").mapTo(Long.class).one());
            assertThat(newest).isEqualTo(clock.millis());
        }
    }

    private static void assertInStep(Jdbi jdbi) {
        List<String> off = jdbi.withHandle(h -> h.createQuery("""
                SELECT aa.article_id FROM article_authors aa JOIN articles a ON a.id = aa.article_id
                WHERE aa.status <> a.status OR aa.status IS NULL
                   OR COALESCE(aa.published_at, -1) <> COALESCE(a.published_at, -1)
                   OR aa.changed_at <> a.changed_at OR aa.changed_at IS NULL""").mapTo(String.class).list());
        assertThat(off).as("byline rows out of step with their article").isEmpty();
        int rows = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM article_authors").mapTo(Integer.class).one());
        assertThat(rows).isPositive();
    }
}
