package io.newsdesk.app.content;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * "An article changed", told after the transaction that changed it commits. The {@link ArticleWriter} raises it;
 * what must react at once in this process (the site's page cache) subscribes. There is one per database handle, so
 * the importer and the site of one process share it. Other processes never hear it: the followers (search index,
 * Telegram, WebSub) keep following {@code articles.changed_at}, which every write stamps.
 */
public final class ArticleEvents {
    /** @param visible readers could see the article before or after the change (a held import is not) */
    public record Change(String articleId, boolean visible) {}

    private static final Map<Jdbi, ArticleEvents> BY_DATABASE = Collections.synchronizedMap(new WeakHashMap<>());

    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    private ArticleEvents() {
    }

    public static ArticleEvents of(Jdbi jdbi) {
        return BY_DATABASE.computeIfAbsent(jdbi, j -> new ArticleEvents());
    }

    /** Listens until the returned handle is closed. */
    public AutoCloseable subscribe(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void raise(Handle h, Change change) {
        Runnable tell = () -> listeners.forEach(l -> l.accept(change));
        if (h.isInTransaction()) h.afterCommit(tell);
        else tell.run();
    }
}
