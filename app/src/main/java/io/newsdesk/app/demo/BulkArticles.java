package io.newsdesk.app.demo;

import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.store.Dialect;
import io.newsdesk.app.store.Stores;
import io.newsdesk.app.translate.LanguagePair;
import io.newsdesk.app.util.Html;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Many articles for load tests and benchmarks: sentences of the demo articles shuffled into new
 * ones, spread over the demo's sections, authors and images. Needs the demo site loaded first.
 *
 * <p>Like an aggregator's site, most are imported: of every eight, two are the site's own and six come from the demo's
 * outlets in turn, each with its original address, and those of an outlet in another language than the site's are
 * published translations (with their translation record, which the page names), so that a benchmark's article pages
 * cost what an aggregator's do.
 *
 * <p>Made for a million: the drafts come from one seeded random sequence, the next batch is cleaned (the one
 * cleaning path, the costly part) on the other cores while the current one is written, and each batch is one
 * transaction of {@link ArticleWriter#saveAll} with its statements prepared once.
 */
public final class BulkArticles {
    /** Articles per transaction: large enough that commits cost nothing, small enough to keep memory flat. */
    private static final int BATCH = 2_000;

    /** The source segments kept in a generated translation record (there was no original text). */
    private static final String TRANSLATION_SOURCE = "{\"title\":\"\",\"body\":[]}";

    private BulkArticles() {}

    public static void generate(Stores stores, int count, Clock clock) {
        var jdbi = stores.jdbi();
        List<String> sectionIds = jdbi.withHandle(h -> h.createQuery("SELECT id FROM sections").mapTo(String.class).list());
        List<String> authorIds = jdbi.withHandle(h -> h.createQuery("SELECT id FROM authors").mapTo(String.class).list());
        List<String> images = jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT image_url FROM articles WHERE image_url IS NOT NULL")
                .mapTo(String.class).list());
        List<String> sentences = new ArrayList<>();
        for (String text : jdbi.withHandle(h -> h.createQuery("SELECT body_text FROM articles").mapTo(String.class).list())) {
            for (String s : text.split("(?<=[.!?])\\s+")) if (s.length() > 30) sentences.add(s.strip());
        }
        if (sectionIds.isEmpty() || authorIds.isEmpty() || sentences.isEmpty()) {
            throw new IllegalStateException("load the demo site first: generated articles reuse its sections, authors and text");
        }
        List<Source> outlets = jdbi.withHandle(h -> h.createQuery("SELECT id, site_url, language FROM outlets ORDER BY slug")
                .map((rs, ctx) -> new Source(rs.getString("id"), rs.getString("site_url"), rs.getString("language"))).list());
        String siteLanguage = "en"; // the demo vocabulary's
        Vocabulary words = new Vocabulary(sentences, sectionIds, authorIds, images, outlets, siteLanguage);
        Random random = new Random(7);
        Instant now = clock.instant();
        ArticleWriter writer = new ArticleWriter(jdbi, stores.articles());
        boolean sqlite = Dialect.of(jdbi) == Dialect.SQLITE;
        CompletableFuture<List<ArticleWriter.Cleaned>> next = cleaned(words.drafts(random, now, 0, Math.min(BATCH, count)));
        for (int done = 0; done < count; ) {
            List<ArticleWriter.Cleaned> batch = next.join();
            done += batch.size();
            if (done < count) next = cleaned(words.drafts(random, now, done, Math.min(BATCH, count - done)));
            jdbi.useTransaction(h -> {
                // the slug index takes random inserts: at a million articles SQLite's default 2 MB page cache
                // would read most of its pages back from the file for every batch
                if (sqlite) h.execute("PRAGMA cache_size = -262144");
                List<Article> saved = writer.saveAll(h, batch);
                translationRecords(h, saved, now);
            });
        }
    }

    /** The published translation record of each translated article (the engine named "demo": nothing translated it). */
    private static void translationRecords(Handle h, List<Article> saved, Instant now) {
        PreparedBatch records = h.prepareBatch("""
                INSERT INTO article_translations (article_id, pair, state, source_json, target_json, engine, created_at, updated_at)
                VALUES (:id, :pair, 'published', :source, :source, 'demo', :at, :at)""");
        for (Article a : saved) {
            if (!a.translated()) continue;
            records.bind("id", a.id()).bind("pair", new LanguagePair(a.originalLanguage(), a.language()).toString())
                    .bind("source", TRANSLATION_SOURCE).bind("at", now.toEpochMilli()).add();
        }
        if (records.size() > 0) records.execute();
    }

    /** An outlet the generated articles are imported from. */
    private record Source(String id, String siteUrl, String language) {}

    /** Cleans a batch on the common pool (every core the machine lends), in the drafts' order. */
    private static CompletableFuture<List<ArticleWriter.Cleaned>> cleaned(List<Numbered> drafts) {
        return CompletableFuture.supplyAsync(() -> drafts.parallelStream()
                .map(n -> new ArticleWriter.Cleaned(ArticleWriter.clean(n.draft(), "-" + (n.index() + 1)), n.draft().authorIds()))
                .toList());
    }

    private record Numbered(int index, ArticleDraft draft) {}

    /** What generated articles are made of, looked up and escaped once. */
    private record Vocabulary(List<String> sentences, List<String> escaped, List<String> titles, List<String> sectionIds,
            List<List<String>> bylines, List<String> images, List<Source> outlets, String siteLanguage) {
        Vocabulary(List<String> sentences, List<String> sectionIds, List<String> authorIds, List<String> images,
                   List<Source> outlets, String siteLanguage) {
            this(sentences, sentences.stream().map(Html::escape).toList(), sentences.stream().map(BulkArticles::titleFrom).toList(),
                    sectionIds, authorIds.stream().map(List::of).toList(), images, outlets, siteLanguage);
        }

        /**
         * Where draft {@code i} came from: two of every eight are the site's own, the others each outlet's in turn
         * (decided by the number, not drawn, so the drafts' random sequence is the one the generator always drew).
         */
        ArticleDraft.Imported imported(int i, String title) {
            int k = i % 8;
            if (k < 2 || outlets.isEmpty()) return null;
            Source o = outlets.get((i / 8 * 6 + k - 2) % outlets.size()); // the n-th imported one: outlet n, in turn
            return new ArticleDraft.Imported(o.id(), o.siteUrl() + "/news/" + (i + 1), title, o.language(),
                    !o.language().equals(siteLanguage));
        }

        /** Drafts {@code first} to {@code first + n - 1}, drawn from {@code random} in the order the generator always drew. */
        List<Numbered> drafts(Random random, Instant now, int first, int n) {
            List<Numbered> out = new ArrayList<>(n);
            for (int i = first; i < first + n; i++) {
                String title = titles.get(random.nextInt(sentences.size()));
                StringBuilder body = new StringBuilder(2048);
                for (int p = 0; p < 4 + random.nextInt(5); p++) {
                    body.append("<p>");
                    for (int s = 0; s < 2 + random.nextInt(3); s++) body.append(escaped.get(random.nextInt(sentences.size()))).append(' ');
                    body.append("</p>");
                }
                Instant published = now.minus(Duration.ofMinutes(30L + i * 7L + random.nextInt(7)));
                out.add(new Numbered(i, new ArticleDraft(title, sentences.get(random.nextInt(sentences.size())), body.toString(), null,
                        images.isEmpty() ? null : images.get(random.nextInt(images.size())), "An illustration of the Vantara Coast.",
                        "Newsdesk demo illustration", sectionIds.get(random.nextInt(sectionIds.size())),
                        bylines.get(random.nextInt(bylines.size())), siteLanguage, ArticleStatus.PUBLISHED, published, published,
                        imported(i, title))));
            }
            return out;
        }
    }

    /** A headline from a sentence: its first words, without the final stop. */
    private static String titleFrom(String sentence) {
        String[] words = sentence.replaceAll("[.!?]+$", "").split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 9)));
    }
}
