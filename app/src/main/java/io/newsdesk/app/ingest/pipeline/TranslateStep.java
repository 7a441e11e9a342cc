package io.newsdesk.app.ingest.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.ingest.queue.Job;
import io.newsdesk.app.ingest.queue.JobQueue;
import io.newsdesk.app.translate.ArticleTranslations;
import io.newsdesk.app.translate.TranslationException;
import io.newsdesk.app.translate.Translator;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The translation step, one "translate" job per held article in another language: the translation memory
 * and the configured engines translate it, the guard checks the result, and the article is published, held
 * for an editor with the reasons, or left awaiting an engine. An engine that is down fails the job, which the
 * queue retries with backoff; a pair without an engine is looked at again by {@link #requeueAwaiting}.
 */
final class TranslateStep {
    static final String KIND = "translate";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Payload(String articleId) {}

    enum Outcome { PUBLISHED, HELD, AWAITING, SKIPPED }

    private final ArticleTranslations translations;
    private final Translator translator;
    private final JobQueue queue;
    private final Clock clock;
    private final String siteLanguage;

    TranslateStep(ArticleTranslations translations, Translator translator, JobQueue queue, Clock clock, String siteLanguage) {
        this.translations = translations;
        this.translator = translator;
        this.queue = queue;
        this.clock = clock;
        this.siteLanguage = siteLanguage;
    }

    /**
     * Queues the translation of an article just stored held (or whose original changed: {@code version} names
     * the change), in the import's transaction.
     */
    void queue(Handle h, String articleId, String version) {
        queue.enqueue(h, KIND, KIND + ":" + articleId + (version == null ? "" : ":" + version), payload(articleId), null);
    }

    Outcome handle(Job job) throws Exception {
        String id = JSON.readValue(job.payload(), Payload.class).articleId();
        Optional<ArticleTranslations.Entry> found = translations.find(id);
        // gone, or already decided (published, rejected, or held for an editor who has it now)
        if (found.isEmpty() || found.get().state() != ArticleTranslations.State.AWAITING) return Outcome.SKIPPED;
        ArticleTranslations.Entry e = found.get();
        Translator.Result r;
        try {
            r = translator.translate(e.pair(), e.source());
        } catch (TranslationException x) {
            if (x.retryable()) throw x;
            translations.awaiting(id, e.pair(), List.of(x.getMessage()));
            ImportMetrics.translation(null, "awaiting");
            return Outcome.AWAITING;
        }
        if (r.awaiting()) {
            translations.awaiting(id, e.pair(), r.problems());
            ImportMetrics.translation(r.engine(), "awaiting");
            return Outcome.AWAITING;
        }
        if (!r.problems().isEmpty()) {
            translations.held(id, r.target(), r.engine(), r.model(), r.problems());
            ImportMetrics.translation(r.engine(), "held");
            return Outcome.HELD;
        }
        translations.publish(id, r.target(), r.engine(), r.model(), siteLanguage);
        ImportMetrics.translation(r.engine(), "published");
        return Outcome.PUBLISHED;
    }

    /**
     * Queues again the articles awaiting a pair that can now be translated (an engine was installed or
     * configured since, or editors' approved translations now cover every segment).
     * The key names the hour, so an article is retried at most once an hour this way.
     */
    int requeueAwaiting() {
        int n = 0;
        long hour = clock.millis() / 3_600_000L;
        for (String id : translations.inState(List.of(ArticleTranslations.State.AWAITING), 500)) {
            Optional<ArticleTranslations.Entry> e = translations.find(id);
            if (e.isEmpty() || !translator.canTranslate(e.get().pair(), e.get().source())) continue;
            if (queue.enqueue(KIND, KIND + ":" + id + ":" + hour, payload(id))) n++;
        }
        return n;
    }

    private static String payload(String articleId) {
        try {
            return JSON.writeValueAsString(new Payload(articleId));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
