package io.newsdesk.bench;

import io.newsdesk.app.search.RelatedArticles;
import io.newsdesk.app.search.SearchIndex;
import io.newsdesk.app.store.Database;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The related-articles lookup on its own, in process: for sampled published articles of a data directory whose search
 * index is built (bench/search.sh builds it with `serve`, then stops the server, which holds the index's lock), the
 * time of the MoreLikeThis query with its recency boost, uncached, and then of the cached answer.
 */
@Command(name = "search-related", mixinStandardHelpOptions = true,
        description = "Related articles: p50/p99 of the uncached lookup (MoreLikeThis) and of the cached one, over a built index.")
final class RelatedCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "A data directory with its index built.")
    Path data;

    @Option(names = "--samples", paramLabel = "N", description = "Articles looked up (default: ${DEFAULT-VALUE}).")
    int samples = 1000;

    @Option(names = "--warmup", paramLabel = "N", description = "Lookups first, not counted (default: ${DEFAULT-VALUE}).")
    int warmup = 300;

    @Override
    public Integer call() throws Exception {
        try (Database db = Database.sqlite(data); SearchIndex index = SearchIndex.open(data.resolve("index"))) {
            // a spread of articles: every k-th published one by id (ids are random, so no bias by age or section)
            int total = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM articles WHERE status = 'published'")
                    .mapTo(Integer.class).one());
            int step = Math.max(1, total / (samples + warmup));
            List<RelatedArticles.Subject> articles = db.jdbi().withHandle(h -> h.createQuery("""
                            SELECT id, title, standfirst, body_text, story_id, published_at FROM (
                              SELECT a.*, ROW_NUMBER() OVER (ORDER BY id) AS n FROM articles a WHERE status = 'published')
                            WHERE n % :step = 0 LIMIT :limit""")
                    .bind("step", step).bind("limit", samples + warmup)
                    .map((rs, ctx) -> new RelatedArticles.Subject(rs.getString("id"), rs.getString("title"),
                            rs.getString("standfirst") == null ? rs.getString("body_text") : rs.getString("standfirst") + "\n" + rs.getString("body_text"),
                            rs.getString("story_id"), rs.getLong("published_at")))
                    .list());
            RelatedArticles related = new RelatedArticles(index, null);
            System.out.printf(Locale.ROOT, "index: %,d documents; %,d articles sampled%n", index.size(), articles.size());
            long found = 0;
            for (RelatedArticles.Subject s : articles.subList(0, Math.min(warmup, articles.size()))) related.uncached(s, 12);
            List<RelatedArticles.Subject> measured = articles.subList(Math.min(warmup, articles.size()), articles.size());
            long[] uncached = new long[measured.size()];
            for (int i = 0; i < measured.size(); i++) {
                RelatedArticles.Subject s = measured.get(i);
                long t = System.nanoTime();
                found += related.of(s, 12).size();
                uncached[i] = System.nanoTime() - t;
            }
            long[] cached = new long[measured.size()];
            for (int i = 0; i < measured.size(); i++) {
                RelatedArticles.Subject s = measured.get(i);
                long t = System.nanoTime();
                related.of(s, 12);
                cached[i] = System.nanoTime() - t;
            }
            System.out.printf(Locale.ROOT, "related uncached: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d lookups, %.1f related each)%n",
                    pct(uncached, 50), pct(uncached, 99), pct(uncached, 100), uncached.length, (double) found / Math.max(1, uncached.length));
            System.out.printf(Locale.ROOT, "related cached:   p50 %.3f ms, p99 %.3f ms%n", pct(cached, 50), pct(cached, 99));
        }
        return 0;
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }
}
