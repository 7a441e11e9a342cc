package io.newsdesk.app.demo;

import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.store.Stores;
import io.newsdesk.app.util.Html;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Many articles for load tests and benchmarks: sentences of the demo articles shuffled into new
 * ones, spread over the demo's sections, authors and images. Needs the demo site loaded first.
 */
public final class BulkArticles {
    private static final int BATCH = 500;

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
        Random random = new Random(7);
        Instant now = clock.instant();
        int done = 0;
        ArticleWriter writer = new ArticleWriter(jdbi, stores.articles());
        while (done < count) {
            int batch = Math.min(BATCH, count - done);
            int first = done;
            jdbi.useTransaction(h -> {
                for (int i = first; i < first + batch; i++) {
                    String title = titleFrom(sentences.get(random.nextInt(sentences.size())));
                    StringBuilder body = new StringBuilder();
                    for (int p = 0; p < 4 + random.nextInt(5); p++) {
                        body.append("<p>");
                        for (int s = 0; s < 2 + random.nextInt(3); s++) {
                            body.append(Html.escape(sentences.get(random.nextInt(sentences.size())))).append(' ');
                        }
                        body.append("</p>");
                    }
                    Instant published = now.minus(Duration.ofMinutes(30L + i * 7L + random.nextInt(7)));
                    ArticleDraft d = new ArticleDraft(title, sentences.get(random.nextInt(sentences.size())), body.toString(), null,
                            images.isEmpty() ? null : images.get(random.nextInt(images.size())), "An illustration of the Vantara Coast.",
                            "Newsdesk demo illustration", sectionIds.get(random.nextInt(sectionIds.size())),
                            List.of(authorIds.get(random.nextInt(authorIds.size()))), "en", ArticleStatus.PUBLISHED,
                            published, published, null);
                    writer.save(h, ArticleWriter.clean(d, "-" + (i + 1)), d.authorIds());
                }
            });
            done += batch;
        }
    }

    /** A headline from a sentence: its first words, without the final stop. */
    private static String titleFrom(String sentence) {
        String[] words = sentence.replaceAll("[.!?]+$", "").split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 9)));
    }
}
