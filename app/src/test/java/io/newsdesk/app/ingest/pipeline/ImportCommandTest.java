package io.newsdesk.app.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.cli.Main;
import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.SourceKind;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./newsdesk import --once} and {@code sources list} over a real outlet on 127.0.0.1. */
class ImportCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private Run cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void importOncePrintsProgressAndTheSummaryAndSourcesListShowsHealth() throws Exception {
        try (FixtureWeb web = new FixtureWeb()) {
            String outletA;
            web.put("/a/news/1", "text/html; charset=utf-8", Outlets.page("en", "Harbour bridge reopens",
                    Outlets.paragraphs("Harbour bridge reopens")));
            web.put("/a/feed.xml", "application/rss+xml", Outlets.rss("Outlet A", List.of(new Outlets.Entry(
                    "Harbour bridge reopens", web.url("/a/news/1"), "a-1", "Mon, 01 Jun 2026 10:00:00 GMT"))));
            try (Database db = Database.sqlite(dir)) {
                Stores.over(db.jdbi()).sections().create("world", "World", null, 1);
                SourceStore store = new SourceStore(db.jdbi());
                outletA = store.add(NewSource.of(web.url("/a/feed.xml"), SourceKind.RSS, "Outlet A").withLanguage("en")
                        .withPolicy(ContentPolicy.FULL_TEXT)).id();
                store.add(NewSource.of(web.url("/gone.xml"), SourceKind.RSS, "Gone"));
            }

            Run first = cli("import", "--once", "--allow-private-networks", "--data", dir.toString());
            // a failed feed makes the exit status 2, with the count and where to read the reason
            assertThat(first.code()).as(first.err()).isEqualTo(2);
            assertThat(first.lastLine()).isEqualTo("imported: 1 new, 0 updated, 0 unchanged, 0 failed");
            assertThat(first.err()).contains("import: 1 feed fetches and 0 items failed; the reasons are in ./newsdesk sources list");
            assertThat(first.err()).contains("feed " + web.url("/a/feed.xml") + ": 1 items, 1 queued")
                    .contains("feed " + web.url("/gone.xml") + " failed: http_status: HTTP 404")
                    .contains("feeds 1 (+1 failed) · items 1 new");

            Run again = cli("import", "--once", "--allow-private-networks", "--data", dir.toString(), "--source", outletA);
            assertThat(again.code()).as(again.err()).isZero();
            assertThat(again.lastLine()).isEqualTo("imported: 0 new, 0 updated, 0 unchanged, 0 failed");

            Run list = cli("sources", "list", "--data", dir.toString());
            assertThat(list.code()).as(list.err()).isZero();
            assertThat(list.out()).contains("NEXT FETCH").contains("ARTICLES")
                    .contains("! http_status: HTTP 404 from " + web.url("/gone.xml"))
                    .contains("queue: 0 waiting");
            String outletRow = list.out().lines().filter(l -> l.contains("Outlet A")).findFirst().orElseThrow();
            assertThat(outletRow).contains(" 1 ").contains(web.url("/a/feed.xml"));
        }
    }
}
