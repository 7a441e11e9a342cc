package io.newsdesk.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.Stores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article written by another process (an `import` run from the command line, another node) reaches the
 * running site's cached pages within seconds: the site follows articles.changed_at, not only its own events.
 */
class OtherProcessWritesTest {
    @TempDir
    Path dir;

    @Test
    void cachedHomePageShowsAnArticleWrittenThroughAnotherConnectionWithinSeconds() throws Exception {
        try (TestSite site = TestSite.withDemo(dir)) {
            assertThat(site.get("/").statusCode()).isEqualTo(200); // now in the page cache, kept for 60 s
            String title = "Harbour ferry returns after a winter away";
            // a second Database over the same files is what another process has: its writes raise no event here
            try (Database other = Database.sqlite(dir)) {
                Stores stores = Stores.over(other.jdbi());
                new ArticleWriter(other.jdbi(), stores.articles()).save(new ArticleDraft(title, null, "<p>The ferry is back.</p>",
                        null, null, null, null, stores.sections().all().get(0).id(), List.of(), "en", ArticleStatus.PUBLISHED,
                        Instant.now(), null, null));
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            boolean shown = false;
            while (!shown && System.nanoTime() < deadline) {
                shown = site.get("/").body().contains(title);
                if (!shown) Thread.sleep(200);
            }
            assertThat(shown).as("the new article on the cached home page within 10 s").isTrue();
        }
    }
}
