package io.newsdesk.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.demo.DemoSite;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index stage on its own, over real SQLite: catching up, the watermark across restarts, late and tied writes. */
class SearchIndexerTest {
    @TempDir
    Path dir;
    Database db;
    Stores stores;
    SearchIndex index;
    int published;

    @BeforeEach
    void load() {
        db = Database.sqlite(dir);
        stores = Stores.over(db.jdbi());
        DemoSite.load(stores, dir, Clock.systemUTC());
        published = stores.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM articles WHERE status = 'published'")
                .mapTo(Integer.class).one());
        index = SearchIndex.open(dir.resolve("index"));
    }

    @AfterEach
    void close() throws Exception {
        index.close();
        db.close();
    }

    SearchIndexer indexer() {
        return new SearchIndexer(index, stores.jdbi());
    }

    void reopen() throws Exception {
        index.close();
        index = SearchIndex.open(dir.resolve("index"));
    }

    Article save(String title, String body) {
        String section = stores.sections().all().get(0).id();
        return new ArticleWriter(stores.jdbi(), stores.articles()).save(new ArticleDraft(title, null, "<p>" + body + "</p>",
                null, null, null, null, section, List.of(), "en", ArticleStatus.PUBLISHED, Instant.now(), null, null));
    }

    long changedAt(String id) {
        return stores.jdbi().withHandle(h -> h.createQuery("SELECT changed_at FROM articles WHERE id = :id")
                .bind("id", id).mapTo(Long.class).one());
    }

    @Test
    void anEmptyIndexIsBuiltFromTheDatabaseAndThenIsCheapToKeepCurrent() throws Exception {
        assertThat(published).isGreaterThan(20);
        assertThat(index.watermark()).isEmpty();

        assertThat(indexer().runOnce()).isEqualTo(published);
        assertThat(index.size()).isEqualTo(published);
        assertThat(indexer().runOnce()).as("nothing changed: nothing re-indexed").isZero();
    }

    @Test
    void aClosedIndexersPassStopsBeforeItsNextBatchAndTheNextStartCatchesUp() throws Exception {
        SearchIndexer stopped = indexer();
        stopped.close();
        assertThat(stopped.runOnce()).as("a pass of a closing indexer writes no further batch").isZero();
        assertThat(index.watermark()).as("nor commits a watermark").isEmpty();

        reopen();
        assertThat(indexer().runOnce()).isEqualTo(published);
        assertThat(index.size()).isEqualTo(published);
    }

    @Test
    void theWatermarkSurvivesReopeningSoNothingIsRebuilt() throws Exception {
        indexer().runOnce();
        long mark = index.watermark().orElseThrow();
        reopen();
        assertThat(index.watermark()).hasValue(mark);
        assertThat(indexer().runOnce()).as("a restart with nothing changed re-indexes nothing").isZero();
        assertThat(index.size()).isEqualTo(published);

        Article added = save("Lighthouse keepers return", "The lighthouse keepers came back to the island.");
        assertThat(indexer().runOnce()).isEqualTo(1);
        assertThat(index.watermark().orElseThrow()).isEqualTo(changedAt(added.id()));
    }

    @Test
    void aLateOrTiedWriteBehindTheWatermarkIsStillIndexed() throws Exception {
        Article first = save("Harbour crane installed", "A new crane stands in the harbour.");
        indexer().runOnce();
        long mark = index.watermark().orElseThrow();
        // same change time as the watermark (a tie), and one a minute older (a transaction that committed late)
        Article tied = save("Harbour ferry resumes", "The ferry sails again.");
        Article late = save("Harbour market reopens", "The market is open again.");
        stores.jdbi().useHandle(h -> {
            h.createUpdate("UPDATE articles SET changed_at = :t WHERE id = :id").bind("t", mark).bind("id", tied.id()).execute();
            h.createUpdate("UPDATE articles SET changed_at = :t WHERE id = :id").bind("t", mark - 60_000).bind("id", late.id()).execute();
        });
        assertThat(indexer().runOnce()).as("only the two new ones; the first is not re-indexed").isEqualTo(2);
        assertThat(index.versions(List.of(first.id(), tied.id(), late.id()))).containsOnlyKeys(first.id(), tied.id(), late.id());
        assertThat(indexer().runOnce()).isZero();
    }

    @Test
    void aQuietSiteIsNotReadAgainButALateCommitIntoTheOverlapIs() throws Exception {
        SearchIndexer indexer = indexer();
        indexer.runOnce();
        assertThat(indexer.lastRead).as("the first pass reads everything").isEqualTo(published);
        indexer.runOnce();
        assertThat(indexer.lastRead).as("nothing changed: the overlap is not read again").isZero();
        long mark = index.watermark().orElseThrow();
        // a transaction that stamped its row a minute before the watermark and committed only now
        Article late = save("Harbour market reopens", "The market is open again.");
        stores.jdbi().useHandle(h -> h.createUpdate("UPDATE articles SET changed_at = :t WHERE id = :id")
                .bind("t", mark - 60_000).bind("id", late.id()).execute());
        assertThat(indexer.runOnce()).as("the late row is found").isEqualTo(1);
        assertThat(index.versions(List.of(late.id()))).containsKey(late.id());
        Article fresh = save("Ferry timetable", "The winter timetable starts.");
        assertThat(indexer.runOnce()).isEqualTo(1);
        assertThat(indexer.lastRead).as("only the new row").isEqualTo(1);
        assertThat(index.versions(List.of(fresh.id()))).containsKey(fresh.id());
    }

    @Test
    void anUnpublishedArticleIsDeletedAndAnEditIsReindexed() throws Exception {
        indexer().runOnce();
        String id = stores.articles().latest(1, 0).get(0).id();
        new io.newsdesk.app.content.ArticleWriter(stores.jdbi(), stores.articles()).setStatus(id, ArticleStatus.UNPUBLISHED, null);
        assertThat(indexer().runOnce()).isEqualTo(1);
        assertThat(index.size()).isEqualTo(published - 1);
        assertThat(index.versions(List.of(id))).isEmpty();

        new io.newsdesk.app.content.ArticleWriter(stores.jdbi(), stores.articles()).setStatus(id, ArticleStatus.PUBLISHED, null);
        assertThat(indexer().runOnce()).isEqualTo(1);
        assertThat(index.versions(List.of(id))).containsEntry(id, changedAt(id));
    }

    @Test
    void aLostOrBrokenIndexIsRebuilt() throws Exception {
        indexer().runOnce();
        index.close();
        try (Stream<Path> files = Files.walk(dir.resolve("index"))) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                if (f.getFileName().toString().startsWith("segments")) Files.write(f, new byte[] {1, 2, 3});
            }
        }
        index = SearchIndex.open(dir.resolve("index"));
        assertThat(index.watermark()).isEmpty();
        assertThat(indexer().runOnce()).isEqualTo(published);
    }
}
