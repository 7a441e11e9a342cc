package io.newsdesk.app.ingest.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.Stores;
import io.newsdesk.app.store.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two reports of one story placed at the same time on PostgreSQL, whose transactions run side by side: the second
 * must see the first (it waits for the first's transaction), or both would stand alone. CI's full run showed it once.
 */
class StoryPlacingTest {
    @TempDir
    Path dir;

    @Test
    void twoReportsOfOneStoryPlacedAtOnceOnPostgresqlJoinOneStory() throws Exception {
        StoryPairs.Story story = StoryPairs.load().stories().get(0);
        try (Database db = TestDatabase.POSTGRESQL.fresh(dir).open()) {
            Jdbi jdbi = db.jdbi();
            Stores stores = Stores.over(jdbi);
            String section = stores.sections().create("news", "News", null, 0).id();
            ArticleWriter writer = new ArticleWriter(jdbi, stores.articles());
            Instant now = Instant.now();
            List<Article> reports = story.versions().stream().map(v -> writer.save(new ArticleDraft(v.title(), null,
                    "<p>" + v.text() + "</p>", null, null, null, null, section, List.of(), "en", ArticleStatus.PUBLISHED, now, null,
                    null))).toList();
            StoryClusters clusters = new StoryClusters(Clock.systemUTC(), writer);
            long published = now.toEpochMilli();

            CountDownLatch firstPlaced = new CountDownLatch(1), secondStarted = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<Optional<String>> first = threads.submit(() -> jdbi.inTransaction(h -> {
                    Optional<String> placed = clusters.place(h, reports.get(0).id(),
                            StoryClusters.fingerprint(story.versions().get(0).titleAndText()), published);
                    firstPlaced.countDown();
                    secondStarted.await(10, TimeUnit.SECONDS);
                    Thread.sleep(300); // the second is placing now, while this transaction is still open
                    return placed;
                }));
                assertThat(firstPlaced.await(10, TimeUnit.SECONDS)).isTrue();
                Future<Optional<String>> second = threads.submit(() -> {
                    secondStarted.countDown();
                    return jdbi.inTransaction(h -> clusters.place(h, reports.get(1).id(),
                            StoryClusters.fingerprint(story.versions().get(1).titleAndText()), published));
                });
                assertThat(first.get(20, TimeUnit.SECONDS)).as("the first report has no one to join yet").isEmpty();
                Optional<String> joined = second.get(20, TimeUnit.SECONDS);
                assertThat(joined).as("the second saw the first once its transaction ended").isPresent();
                assertThat(stores.articles().byId(reports.get(0).id()).map(Article::storyId)).isEqualTo(joined);
            } finally {
                threads.shutdownNow();
            }
        }
    }
}
