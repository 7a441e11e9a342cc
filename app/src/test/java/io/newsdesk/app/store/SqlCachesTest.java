package io.newsdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.cache.JdbiCache;
import org.jdbi.v3.core.cache.JdbiCacheStats;
import org.jdbi.v3.core.statement.SqlStatements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jdbi's SQL caches kept in Caffeine (no process-wide lock on a hit), on a real SQLite database. */
class SqlCachesTest {
    @TempDir
    Path dir;

    @Test
    void aLoadingCacheCreatesEachValueOnceAndAPlainOneOnlyAnswersWhatItHolds() {
        AtomicInteger created = new AtomicInteger();
        JdbiCache<String, String> loading = new SqlCaches().maxSize(10).buildWithLoader(k -> created.incrementAndGet() + ":" + k);
        assertThat(loading.get("a")).isEqualTo("1:a");
        assertThat(loading.get("a")).isEqualTo("1:a");
        assertThat(loading.getWithLoader("b", k -> "other:" + k)).isEqualTo("other:b");
        assertThat(created).hasValue(1);
        AtomicInteger nulls = new AtomicInteger();
        for (int i = 0; i < 3; i++) loading.getWithLoader("none", k -> { nulls.incrementAndGet(); return null; });
        assertThat(nulls).as("a null answer is kept too (Jdbi's template cache holds many)").hasValue(1);

        JdbiCache<String, String> plain = new SqlCaches().build();
        assertThat(plain.get("a")).isNull();
        assertThat(plain.getWithLoader("a", k -> "made:" + k)).isEqualTo("made:a");
        assertThat(plain.get("a")).isEqualTo("made:a");
        JdbiCacheStats stats = plain.getStats();
        assertThat(stats.cacheSize()).isEqualTo(1);
        assertThat(stats.maxSize()).isEqualTo(SqlStatements.SQL_TEMPLATE_CACHE_SIZE);
    }

    @Test
    void theDatabaseReadsWithTheseCachesFromManyThreadsAtOnce() throws Exception {
        try (Database db = Database.sqlite(dir)) {
            db.jdbi().useHandle(h -> {
                for (int i = 0; i < 50; i++) h.execute("INSERT INTO settings (name, value) VALUES (?, ?)", "t." + i, "v" + i);
            });
            List<Future<Boolean>> reads = new ArrayList<>();
            try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int r = 0; r < 64; r++) {
                    int n = r % 50;
                    reads.add(readers.submit(() -> db.jdbi().withHandle(h -> h
                            .createQuery("SELECT value FROM settings WHERE name = :name").bind("name", "t." + n)
                            .mapTo(String.class).one()).equals("v" + n)));
                }
                for (Future<Boolean> f : reads) assertThat(f.get(30, TimeUnit.SECONDS)).isTrue();
            }
            JdbiCacheStats templates = db.jdbi().getConfig(SqlStatements.class).cacheStats();
            assertThat(templates.cacheSize()).isPositive(); // the statements went through our cache
        }
    }
}
