package io.newsdesk.app.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.SourceKind;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.Stores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill an import with SIGKILL partway, in a separate JVM, restart it, and every item is imported exactly once:
 * what was committed stays, what was in flight is done again, nothing twice.
 */
class CrashRecoveryTest {
    private static final int ITEMS = 40;

    @TempDir
    Path dir;

    @Test
    void anImportKilledPartwayAndRestartedImportsEveryItemExactlyOnce() throws Exception {
        try (FixtureWeb web = new FixtureWeb()) {
            List<Outlets.Entry> entries = new ArrayList<>();
            for (int i = 1; i <= ITEMS; i++) {
                String title = "Story number " + i + " from the coast";
                byte[] page = Outlets.page("en", title, Outlets.paragraphs(title)).getBytes(StandardCharsets.UTF_8);
                web.on("/a/news/" + i, (ex, before) -> {
                    try {
                        Thread.sleep(150); // slow enough that the kill lands in the middle of the import
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    FixtureWeb.send(ex, 200, "text/html; charset=utf-8", page);
                });
                entries.add(new Outlets.Entry(title, web.url("/a/news/" + i), "a-" + i, "Mon, 01 Jun 2026 10:00:00 GMT"));
            }
            web.put("/a/feed.xml", "application/rss+xml", Outlets.rss("Outlet A", entries));
            try (Database db = Database.sqlite(dir)) {
                Stores.over(db.jdbi()).sections().create("world", "World", null, 1);
                new SourceStore(db.jdbi()).add(NewSource.of(web.url("/a/feed.xml"), SourceKind.RSS, "Outlet A")
                        .withLanguage("en").withPolicy(ContentPolicy.FULL_TEXT));

                Process first = importer("first.log");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (count(db, "SELECT COUNT(*) FROM articles") < 8 && first.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(first.isAlive()).as("the first import should still be running: " + log("first.log")).isTrue();
                first.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
                assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
                int before = count(db, "SELECT COUNT(*) FROM articles");
                assertThat(before).isBetween(8, ITEMS - 1);

                Process second = importer("second.log");
                assertThat(second.waitFor(120, TimeUnit.SECONDS)).as(log("second.log")).isTrue();
                assertThat(second.exitValue()).as(log("second.log")).isZero();

                assertThat(count(db, "SELECT COUNT(*) FROM articles")).as(log("first.log") + "\n---\n" + log("second.log")).isEqualTo(ITEMS);
                assertThat(count(db, "SELECT COUNT(DISTINCT original_url) FROM articles")).isEqualTo(ITEMS);
                assertThat(count(db, "SELECT COUNT(*) FROM imported_items")).isEqualTo(ITEMS);
                assertThat(count(db, "SELECT COUNT(*) FROM jobs WHERE kind = 'item' AND state <> 'done'")).isZero();
                List<String> titles = db.jdbi().withHandle(h -> h.createQuery("SELECT title FROM articles").mapTo(String.class).list());
                for (int i = 1; i <= ITEMS; i++) assertThat(titles).contains("Story number " + i + " from the coast");
                assertThat(log("second.log")).contains("imported: " + (ITEMS - before) + " new");
            }
        }
    }

    private Process importer(String logName) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.newsdesk.app.cli.Main",
                "import", "--once", "--allow-private-networks", "--workers", "4", "--data", dir.toString());
        pb.environment().put("NEWSDESK_FETCH_HOST_DELAY_MS", "0");
        pb.redirectErrorStream(true).redirectOutput(dir.resolve(logName).toFile());
        return pb.start();
    }

    private String log(String name) throws java.io.IOException {
        Path p = dir.resolve(name);
        return Files.exists(p) ? Files.readString(p) : "";
    }

    private static int count(Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
