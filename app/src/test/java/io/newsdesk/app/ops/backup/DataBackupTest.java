package io.newsdesk.app.ops.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup of a real site taken while it writes articles, restored into a fresh directory and served by a new site. */
class DataBackupTest {
    private static final String LIVE = "Live write number ";

    @TempDir
    Path dir;

    @Test
    void aBackupTakenWhileTheSiteWritesRestoresIntoAFreshDirectoryThatServesTheSameArticles() throws Exception {
        Path data = dir.resolve("site");
        Path backup = dir.resolve("backup");
        Path restored = dir.resolve("restored");
        Map<String, Object> sample;
        long backedUp;
        byte[] adsTxt;
        try (TestSite site = TestSite.withDemo(data)) {
            Files.createDirectories(data.resolve("media/img/ab"));
            Files.write(data.resolve("media/img/ab/photo-960.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
            adsTxt = Files.readAllBytes(data.resolve("ads.txt"));
            sample = site.db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM articles WHERE status = 'published'"
                    + " ORDER BY published_at DESC LIMIT 1").mapToMap().one());

            // the site goes on writing articles, one transaction each, while the backup runs
            ArticleWriter writer = new ArticleWriter(site.db.jdbi(), site.stores.articles());
            String section = site.stores.sections().all().get(0).id();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger written = new AtomicInteger();
            Thread writes = Thread.ofPlatform().start(() -> {
                while (!stop.get() && !Thread.currentThread().isInterrupted()) {
                    int n = written.get() + 1;
                    writer.save(new ArticleDraft(LIVE + n, null, "<p>Written while the backup runs.</p>", null, null, null, null,
                            section, List.of(), "en", ArticleStatus.PUBLISHED, Instant.now(), null, null));
                    written.set(n);
                }
            });
            while (written.get() < 5) Thread.sleep(5);
            long before = count(site.db.jdbi(), "articles");
            int writtenBefore = written.get();
            DataBackup.Summary s;
            try {
                s = DataBackup.backup(data, backup, true);
            } finally {
                stop.set(true);
            }
            writes.join();
            int writtenAfter = written.get();
            assertThat(writtenAfter).as("writes went on during the backup").isGreaterThan(writtenBefore);
            // a consistent snapshot: between the counts before and after, and the writes in it are a prefix
            assertThat(s.articles()).isBetween(before, before + (writtenAfter - writtenBefore) + 1);
            backedUp = s.articles();
            assertThat(SqliteSnapshot.integrityProblems(backup.resolve(DataBackup.DATABASE))).isEmpty();
            assertThat(Files.exists(backup.resolve("index"))).as("the index is rebuilt, not copied").isFalse();
            assertThat(Files.exists(backup.resolve(DataBackup.DATABASE + "-wal"))).isFalse();

            // bad input: refused with the reason, nothing touched
            assertThatThrownBy(() -> DataBackup.backup(data, backup, true)).hasMessageContaining("is not empty");
            assertThatThrownBy(() -> DataBackup.backup(data, data.resolve("media/backup"), true)).hasMessageContaining("inside the data directory");
            assertThatThrownBy(() -> DataBackup.restore(backup, data)).hasMessageContaining("is not empty");
            assertThatThrownBy(() -> DataBackup.restore(data, dir.resolve("other"))).hasMessageContaining("not a Newsdesk backup");
            assertThat(Files.exists(dir.resolve("other"))).isFalse();
        }

        DataBackup.Summary r = DataBackup.restore(backup, restored);
        assertThat(r.articles()).isEqualTo(backedUp);
        assertThat(SqliteSnapshot.integrityProblems(restored.resolve(DataBackup.DATABASE))).isEmpty();
        assertThat(Files.readAllBytes(restored.resolve("media/img/ab/photo-960.jpg"))).hasSize(5);
        assertThat(Files.readAllBytes(restored.resolve("ads.txt"))).isEqualTo(adsTxt);
        try (TestSite site = TestSite.empty(restored, null)) {
            Jdbi jdbi = site.db.jdbi();
            assertThat(count(jdbi, "articles")).isEqualTo(backedUp);
            List<Integer> live = jdbi.withHandle(h -> h.createQuery("SELECT title FROM articles WHERE title LIKE :p")
                    .bind("p", LIVE + "%").mapTo(String.class).map(t -> Integer.parseInt(t.substring(LIVE.length()))).list());
            assertThat(live).as("every write up to the newest one in the copy, none missing").hasSize(live.stream().mapToInt(i -> i).max().orElse(0));
            Map<String, Object> same = jdbi.withHandle(h -> h.createQuery("SELECT * FROM articles WHERE id = :id")
                    .bind("id", sample.get("id")).mapToMap().one());
            assertThat(same).isEqualTo(sample);
            HttpResponse<String> page = site.get("/article/" + sample.get("slug"));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(org.jsoup.parser.Parser.unescapeEntities((String) sample.get("title"), false)
                    .replace("&", "&amp;").replace("'", "&#39;").substring(0, 10));
            assertThat(site.get("/readyz").statusCode()).isEqualTo(200);
        }
    }

    private static long count(Jdbi jdbi, String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    @Test
    void mediaKeptOutsideTheDataDirectoryAreBackedUpAndRestoredIntoTheNewDataDirectory() throws Exception {
        Path data = dir.resolve("site");
        Path shared = dir.resolve("shared-media");
        try (TestSite site = TestSite.withDemo(data)) {
            Files.createDirectories(shared.resolve("img/cd"));
            Files.write(shared.resolve("img/cd/photo-480.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 7});
            DataBackup.Summary s = DataBackup.backup(data, shared, dir.resolve("backup"), true);
            assertThat(s.mediaFrom()).isEqualTo(shared.toAbsolutePath().normalize());
            assertThat(dir.resolve("backup/media/img/cd/photo-480.jpg")).exists();
            assertThatThrownBy(() -> DataBackup.backup(data, shared, shared.resolve("backup"), true))
                    .hasMessageContaining("cannot hold one another");
        }
        DataBackup.restore(dir.resolve("backup"), dir.resolve("restored"));
        assertThat(Files.readAllBytes(dir.resolve("restored/media/img/cd/photo-480.jpg"))).hasSize(3);
    }
}
