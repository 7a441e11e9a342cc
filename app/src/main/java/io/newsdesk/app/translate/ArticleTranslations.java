package io.newsdesk.app.translate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.store.ArticleStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@code article_translations} table and what it does to an article: an imported article in another
 * language is stored held, with its original segments here; it is published only with a translation (from the
 * memory, an engine whose output passed the guard, or an editor), and its approved segments then go into the
 * translation memory. Until then the article says why it waits.
 */
public final class ArticleTranslations {
    /** {@code UNTRANSLATED}: an editor published the original in its own language. */
    public enum State { AWAITING, HELD, PUBLISHED, REJECTED, UNTRANSLATED;
        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An article's translation record. {@code target}, {@code engine}, {@code model} are null until made. */
    public record Entry(String articleId, LanguagePair pair, State state, List<String> reasons, Segments source,
            Segments target, String engine, String model, Instant updatedAt) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Jdbi jdbi;
    private final TranslationMemory memory;
    private final Clock clock;
    private final ArticleWriter writer;

    public ArticleTranslations(Jdbi jdbi, TranslationMemory memory, Clock clock) {
        this(jdbi, memory, clock, new ArticleWriter(jdbi, new ArticleStore(jdbi), clock));
    }

    public ArticleTranslations(Jdbi jdbi, TranslationMemory memory, Clock clock, ArticleWriter writer) {
        this.jdbi = jdbi;
        this.memory = memory;
        this.clock = clock;
        this.writer = writer;
    }

    /**
     * The original changed (an update of an imported article): the new source waits for its translation, and
     * until it comes the article keeps showing its current version. Returns false when it has no record.
     */
    public boolean sourceChanged(Handle h, String articleId, Segments source) {
        return h.createUpdate("""
                UPDATE article_translations SET source_json = :source, state = 'awaiting', reasons = NULL, updated_at = :now
                WHERE article_id = :id""")
                .bind("source", json(source)).bind("now", clock.millis()).bind("id", articleId).execute() == 1;
    }

    /** Records, in the import's transaction, that a held article waits for its translation. */
    public void start(Handle h, String articleId, LanguagePair pair, Segments source) {
        long now = clock.millis();
        h.createUpdate("""
                INSERT INTO article_translations (article_id, pair, state, reasons, source_json, created_at, updated_at)
                VALUES (:id, :pair, 'awaiting', NULL, :source, :now, :now) ON CONFLICT (article_id) DO NOTHING""")
                .bind("id", articleId).bind("pair", pair.toString()).bind("source", json(source)).bind("now", now).execute();
        writer.setHoldReason(h, articleId, "awaiting translation from " + pair.from() + " into " + pair.to());
    }

    public Optional<Entry> find(String articleId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM article_translations WHERE article_id = :id")
                .bind("id", articleId).map((rs, ctx) -> new Entry(rs.getString("article_id"), LanguagePair.parse(rs.getString("pair")),
                        State.valueOf(rs.getString("state").toUpperCase(java.util.Locale.ROOT)), lines(rs.getString("reasons")),
                        segments(rs.getString("source_json")), segments(rs.getString("target_json")), rs.getString("engine"),
                        rs.getString("model"), Instant.ofEpochMilli(rs.getLong("updated_at"))))
                .findOne());
    }

    /** Ids of the articles in these states, the longest waiting first. */
    public List<String> inState(List<State> states, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT article_id FROM article_translations WHERE state IN (<states>) ORDER BY updated_at, article_id LIMIT :limit""")
                .bindList("states", states.stream().map(State::column).toList()).bind("limit", limit)
                .mapTo(String.class).list());
    }

    /** No engine could make it: it keeps waiting, with the reason shown. */
    public void awaiting(String articleId, LanguagePair pair, List<String> reasons) {
        jdbi.useTransaction(h -> {
            update(h, articleId, State.AWAITING, reasons, null, null, null);
            writer.setHoldReason(h, articleId, "awaiting translation from " + pair.from() + " into " + pair.to() + ": " + String.join("; ", reasons));
        });
    }

    /** An engine's translation that the guard did not pass: held for an editor with the reasons. */
    public void held(String articleId, Segments target, String engine, String model, List<String> reasons) {
        jdbi.useTransaction(h -> {
            update(h, articleId, State.HELD, reasons, target, engine, model);
            writer.setHoldReason(h, articleId, "translation held for an editor: " + String.join("; ", reasons));
        });
    }

    /**
     * Publishes the article in its translation: title, standfirst, caption, credit and body replaced (the body rebuilt
     * in its structure), the original title and language kept, a slug from the new title; and the segments
     * stored in the translation memory under {@code engine}.
     */
    public void publish(String articleId, Segments target, String engine, String model, String siteLanguage) {
        Entry e = find(articleId).orElseThrow(() -> new IllegalStateException("no translation record for " + articleId));
        jdbi.useTransaction(h -> {
            writer.publishTranslation(h, articleId, new ArticleWriter.Translation(target.title(), target.standfirst(),
                    target.caption(), target.credit(), e.source().rebuild(target.body()), siteLanguage));
            update(h, articleId, State.PUBLISHED, List.of(), target, engine, model);
            List<String> from = e.source().all(), to = target.all();
            for (int i = 0; i < from.size(); i++) {
                if (!from.get(i).equals(to.get(i))) memory.store(h, e.pair(), from.get(i), to.get(i), engine, model);
            }
        });
    }

    /**
     * An editor publishes the original untranslated: the held article goes out in its own language (its page says so).
     * An article readers already see (in an earlier translation) is refused: its text is not the original.
     */
    public void publishOriginal(String articleId) {
        jdbi.useTransaction(h -> {
            String status = h.createQuery("SELECT status FROM articles WHERE id = :id").bind("id", articleId).mapTo(String.class)
                    .findOne().orElseThrow(() -> new IllegalArgumentException("no such article"));
            if (!ArticleStatus.HELD.dbValue().equals(status)) {
                throw new IllegalArgumentException("the article is " + status + ", not held: only a held original can be published untranslated");
            }
            update(h, articleId, State.UNTRANSLATED, List.of(), null, null, null);
            writer.setStatus(h, articleId, ArticleStatus.PUBLISHED, null);
        });
    }

    /**
     * An editor's rejection: the article is not published, and says why. One readers had seen is withdrawn
     * (its address answers 410); one they never saw goes back to the drafts (404).
     */
    public void reject(String articleId, String reason) {
        jdbi.useTransaction(h -> {
            update(h, articleId, State.REJECTED, List.of(reason), null, null, null);
            writer.withdraw(h, articleId, "rejected by an editor: " + reason);
        });
    }

    private void update(Handle h, String articleId, State state, List<String> reasons, Segments target, String engine, String model) {
        h.createUpdate("""
                UPDATE article_translations SET state = :state, reasons = :reasons,
                       target_json = COALESCE(:target, target_json), engine = COALESCE(:engine, engine),
                       model = COALESCE(:model, model), updated_at = :now WHERE article_id = :id""")
                .bind("state", state.column()).bind("reasons", reasons.isEmpty() ? null : String.join("\n", reasons))
                .bind("target", target == null ? null : json(target)).bind("engine", engine).bind("model", model)
                .bind("now", clock.millis()).bind("id", articleId).execute();
    }


    private static List<String> lines(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split("\n"));
    }

    private static String json(Segments s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Segments segments(String json) {
        if (json == null) return null;
        try {
            return JSON.readValue(json, Segments.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable translation segments: " + e.getOriginalMessage());
        }
    }
}
