package io.newsdesk.app.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.cli.Main;
import io.newsdesk.app.ingest.queue.JobQueue;
import io.newsdesk.app.ingest.queue.JobState;
import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.Source;
import io.newsdesk.app.ingest.sources.SourceKind;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 18 (10, the rest): {@code import --once} ends when nothing it can do now remains (retries due later and
 * jobs another process runs are reported, not waited for) and says by its exit status whether anything failed;
 * {@code import --once --source X} works X's jobs only, so {@code --allow-private-networks} reaches no other
 * source; {@code sources add} on a slow URL gives up after one short attempt and still adds the source, marked.
 */
class ImportOnceLimitsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err, long millis) {}

    private Run cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        long start = System.nanoTime();
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString(), (System.nanoTime() - start) / 1_000_000);
    }

    private static void feedWithOnePage(FixtureWeb web, String prefix, String title) {
        web.put(prefix + "/news/1", "text/html; charset=utf-8", Outlets.page("en", title, Outlets.paragraphs(title)));
        web.put(prefix + "/feed.xml", "application/rss+xml", Outlets.rss("Outlet " + prefix, List.of(new Outlets.Entry(
                title, web.url(prefix + "/news/1"), prefix + "-1", "Mon, 01 Jun 2026 10:00:00 GMT"))));
    }

    @Test
    void importOnceEndsWithRetriesAndOtherProcessesJobsLeftAndReportsThem() throws Exception {
        try (FixtureWeb web = new FixtureWeb()) {
            feedWithOnePage(web, "/a", "Harbour bridge reopens");
            // a second entry whose page is down for now: its job fails and waits for a retry minutes away
            web.put("/a/feed.xml", "application/rss+xml", Outlets.rss("Outlet A", List.of(
                    new Outlets.Entry("Harbour bridge reopens", web.url("/a/news/1"), "a-1", "Mon, 01 Jun 2026 10:00:00 GMT"),
                    new Outlets.Entry("Council approves budget", web.url("/a/news/down"), "a-2", "Mon, 01 Jun 2026 11:00:00 GMT"))));
            web.on("/a/news/down", (ex, n) -> FixtureWeb.send(ex, 503, "text/plain", "busy".getBytes()));
            try (Database db = Database.sqlite(dir)) {
                Stores.over(db.jdbi()).sections().create("world", "World", null, 1);
                new SourceStore(db.jdbi()).add(NewSource.of(web.url("/a/feed.xml"), SourceKind.RSS, "Outlet A").withLanguage("en")
                        .withPolicy(ContentPolicy.FULL_TEXT));
                // a job another process (a serve on another machine) holds under a five-minute lease
                JobQueue queue = new JobQueue(db.jdbi());
                queue.enqueue("item", "item:elsewhere", "{\"sourceId\":\"elsewhere\"}");
                assertThat(queue.claim("pipeline/other-host/1/worker-0", List.of("item"), Duration.ofMinutes(5), 1)).hasSize(1);
            }

            Run run = cli("import", "--once", "--allow-private-networks", "--data", dir.toString());
            // the fetcher's own retries of the 503 take a few seconds; the job's next retry and the lease take minutes
            assertThat(run.millis()).as(run.err()).isLessThan(60_000);
            assertThat(run.code()).as(run.err()).isEqualTo(2);
            assertThat(run.out()).contains("imported: 1 new, 0 updated, 0 unchanged, 1 failed");
            assertThat(run.err()).contains("import: 1 jobs wait for a retry (the first at ")
                    .contains("import: 1 jobs are being run by another process");
            try (Database db = Database.sqlite(dir)) {
                assertThat(new JobQueue(db.jdbi()).counts().get(JobState.FAILED)).isEqualTo(1);
            }
        }
    }

    @Test
    void importOnceForOneSourceWorksOnlyThatSourcesJobsWithItsPermission() throws Exception {
        try (FixtureWeb web = new FixtureWeb()) {
            feedWithOnePage(web, "/a", "Harbour bridge reopens");
            feedWithOnePage(web, "/b", "Council approves budget");
            Source a, b;
            try (Database db = Database.sqlite(dir)) {
                Stores.over(db.jdbi()).sections().create("world", "World", null, 1);
                SourceStore store = new SourceStore(db.jdbi());
                a = store.add(NewSource.of(web.url("/a/feed.xml"), SourceKind.RSS, "Outlet A").withLanguage("en"));
                b = store.add(NewSource.of(web.url("/b/feed.xml"), SourceKind.RSS, "Outlet B").withLanguage("en"));
                // B's fetch, queued by the scheduler of a serve without the permission, waits in the shared queue
                new JobQueue(db.jdbi()).enqueue(SourceStep.KIND, SourceStep.KIND + ":" + b.id() + ":due", SourceStep.payload(b.id()));
            }

            Run run = cli("import", "--once", "--allow-private-networks", "--source", a.id(), "--data", dir.toString());
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("imported: 1 new");
            assertThat(web.count("/a/feed.xml")).isEqualTo(1);
            // the permission given for A never fetched B's loopback feed, and B's job is still there for its own run
            assertThat(web.count("/b/feed.xml")).isZero();
            try (Database db = Database.sqlite(dir)) {
                assertThat(new JobQueue(db.jdbi()).findByDedupeKey(SourceStep.KIND + ":" + b.id() + ":due").orElseThrow().state())
                        .isEqualTo(JobState.QUEUED);
            }
        }
    }

    @Test
    void sourcesAddOnASlowUrlGivesUpAfterOneShortAttemptAndAddsTheSourceMarked() throws Exception {
        try (FixtureWeb web = new FixtureWeb()) {
            web.on("/slow.xml", (ex, n) -> {
                try {
                    Thread.sleep(20_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                FixtureWeb.send(ex, 200, "application/rss+xml", "<rss/>".getBytes());
            });
            Run add = cli("sources", "add", web.url("/slow.xml"), "--allow-private-networks", "--timeout", "2",
                    "--data", dir.toString());
            assertThat(add.code()).as(add.err()).isZero();
            assertThat(add.millis()).as("one attempt of 2 s, not three of 30").isLessThan(8_000);
            assertThat(web.count("/slow.xml")).isEqualTo(1);
            assertThat(add.out()).contains("added ").contains(" rss " + web.url("/slow.xml"))
                    .contains("not detected: timeout: no answer within 2 s");

            Run list = cli("sources", "list", "--data", dir.toString());
            assertThat(list.out()).contains("! timeout: no answer within 2 s");
        }
    }
}
