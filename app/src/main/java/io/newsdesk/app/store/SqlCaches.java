package io.newsdesk.app.store;

import com.github.benmanes.caffeine.cache.Cache;
import io.newsdesk.app.util.Caches;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.cache.JdbiCache;
import org.jdbi.v3.core.cache.JdbiCacheBuilder;
import org.jdbi.v3.core.cache.JdbiCacheLoader;
import org.jdbi.v3.core.cache.JdbiCacheStats;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * Jdbi's two caches of SQL text (the rendered template and the parsed statement) kept in Caffeine. Jdbi's own cache
 * moves a hit to the front of its list under one lock for the whole process, twice per statement; with many virtual
 * threads reading pages that lock was contended, and a virtual thread that waits for a lock goes to the back of the
 * run queue, so a page could take seconds under load (docs/benchmarks.md). A Caffeine hit takes no lock.
 */
final class SqlCaches implements JdbiCacheBuilder {
    private int maxSize = SqlStatements.SQL_TEMPLATE_CACHE_SIZE;

    static void install(Jdbi jdbi) {
        SqlStatements statements = jdbi.getConfig(SqlStatements.class);
        statements.setTemplateCache(new SqlCaches());
        statements.setSqlParser(new ColonPrefixSqlParser(new SqlCaches()));
    }

    @Override
    public JdbiCacheBuilder maxSize(int size) {
        this.maxSize = size;
        return this;
    }

    @Override
    public <K, V> JdbiCache<K, V> build() {
        return buildWithLoader(null);
    }

    /** {@code loader} null: {@link JdbiCache#get} answers only what is kept. */
    @Override
    public <K, V> JdbiCache<K, V> buildWithLoader(JdbiCacheLoader<K, V> loader) {
        return new InCaffeine<>(Caches.upkeptByCaller().maximumSize(maxSize).build(), maxSize, loader);
    }

    /** Values are kept as {@code Optional}s: Jdbi caches "no template function" as null, and Caffeine keeps no null. */
    private record InCaffeine<K, V>(Cache<K, Optional<V>> cache, int maxSize, JdbiCacheLoader<K, V> loader)
            implements JdbiCache<K, V> {
        @Override
        public V get(K key) {
            if (loader == null) {
                Optional<V> kept = cache.getIfPresent(key);
                return kept == null ? null : kept.orElse(null);
            }
            return getWithLoader(key, loader);
        }

        @Override
        public V getWithLoader(K key, JdbiCacheLoader<K, V> with) {
            return cache.get(key, k -> Optional.ofNullable(with.create(k))).orElse(null);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getStats() {
            return (T) new Stats((int) cache.estimatedSize(), maxSize);
        }
    }

    private record Stats(int cacheSize, int maxSize) implements JdbiCacheStats {}
}
