package io.newsdesk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /healthz and /readyz on the public port of a real site, ready and then not ready for each reason. */
class HealthChecksTest {
    @TempDir
    Path dir;

    @Test
    void aRunningSiteIsAliveAndReadyAndSaysWhyWhenItIsNot() throws Exception {
        TestSite site = TestSite.empty(dir, null);
        try {
            HttpResponse<String> alive = site.get("/healthz");
            assertThat(alive.statusCode()).isEqualTo(200);
            assertThat(alive.body()).isEqualTo("ok\n");
            assertThat(alive.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertReady(site, 200, "ready");

            // a migration recorded as failed (as Flyway leaves one on PostgreSQL): not ready, whatever else is fine
            String newest = site.db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT version FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1").mapTo(String.class).one());
            execute(site, "UPDATE flyway_schema_history SET success = false WHERE version = '" + newest + "'");
            assertReady(site, 503, "a database migration failed");
            execute(site, "UPDATE flyway_schema_history SET success = true WHERE version = '" + newest + "'");
            assertReady(site, 200, "ready");

            // the schema older than this code needs (a restored old database not yet migrated)
            execute(site, "UPDATE flyway_schema_history SET version = '0.5' WHERE version = '" + newest + "'");
            assertReady(site, 503, "database migrations not done (schema at ");
            execute(site, "UPDATE flyway_schema_history SET version = '" + newest + "' WHERE version = '0.5'");
            assertReady(site, 200, "ready");

            site.site.searchIndex().close();
            assertReady(site, 503, "search index not open");

            site.db.close(); // the pool is gone: as when the database server is down
            assertReady(site, 503, "database unreachable: ");
            assertThat(site.get("/healthz").statusCode()).as("alive all the same").isEqualTo(200);
        } finally {
            site.site.close();
        }
    }

    @Test
    void everyResponseCarriesARequestIdAndASafeIncomingOneIsKept() throws Exception {
        try (TestSite site = TestSite.empty(dir, null)) {
            String made = site.get("/healthz").headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(made).matches("[0-9a-f]{16}");
            assertThat(site.get("/healthz").headers().firstValue("X-Request-Id")).isNotEqualTo(java.util.Optional.of(made));
            assertThat(site.get("/healthz", "X-Request-Id", "lb-7f3a9c21").headers().firstValue("X-Request-Id")).hasValue("lb-7f3a9c21");
            // too long, or characters that could forge a log line: replaced
            String replaced = site.get("/healthz", "X-Request-Id", "a\"b}{c d").headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(replaced).matches("[0-9a-f]{16}");
            assertThat(site.get("/no/such/page", "X-Request-Id", "x".repeat(65)).headers().firstValue("X-Request-Id").orElseThrow())
                    .matches("[0-9a-f]{16}");
            // a page answered from the page cache has one too
            site.get("/");
            HttpResponse<String> cached = site.get("/");
            assertThat(cached.statusCode()).isEqualTo(200);
            assertThat(cached.headers().firstValue("X-Request-Id")).isPresent();
            // no metrics asked for: the public port has none to show
            assertThat(site.get("/metrics").statusCode()).isEqualTo(404);
        }
    }

    private static void execute(TestSite site, String sql) {
        site.db.jdbi().useHandle(h -> h.execute(sql));
    }

    private static void assertReady(TestSite site, int status, String reasonStart) throws Exception {
        HttpResponse<String> r = site.get("/readyz");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.body()).startsWith(reasonStart).endsWith("\n");
    }
}
