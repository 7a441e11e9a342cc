package io.newsdesk.app.site;

import io.newsdesk.app.news.ArticleCard;
import io.newsdesk.app.store.StoryStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One card per story on a page: when several outlets told the same story, the page shows its newest report once,
 * with the others named under it ("Also reported by"), instead of near-identical cards side by side.
 */
final class StoryGroups {
    /** Other reports named under a card, at most. */
    static final int ALSO_MAX = 3;

    private StoryGroups() {
    }

    /**
     * Up to {@code limit} of {@code cards}, skipping articles and stories already on the page ({@code shown}, which
     * this adds to: article ids and story ids).
     */
    static List<ArticleCard> take(List<ArticleCard> cards, Set<String> shown, int limit) {
        List<ArticleCard> out = new ArrayList<>();
        for (ArticleCard c : cards) {
            if (out.size() == limit) break;
            if (shown.contains(c.id()) || (c.storyId() != null && shown.contains(c.storyId()))) continue;
            shown.add(c.id());
            if (c.storyId() != null) shown.add(c.storyId());
            out.add(c);
        }
        return out;
    }

    /**
     * What {@link #take} gives over the cards of {@code ids} (in that order), reading the cards {@code chunk} ids at a
     * time and stopping once {@code limit} are taken: when the first ids suffice, the others' cards are never read.
     */
    static List<ArticleCard> takeReading(List<String> ids, Function<List<String>, List<ArticleCard>> cardsOf,
                                         Set<String> shown, int limit, int chunk) {
        List<ArticleCard> out = new ArrayList<>();
        for (int from = 0; from < ids.size() && out.size() < limit; from += chunk) {
            List<String> some = ids.subList(from, Math.min(ids.size(), from + chunk));
            out.addAll(take(cardsOf.apply(some), shown, limit - out.size()));
        }
        return out;
    }

    /** For each card of a story, its other reports (oldest first), keyed by card id. */
    static Map<String, List<StoryStore.Report>> alsoReported(List<ArticleCard> cards, StoryStore stories) {
        Map<String, List<StoryStore.Report>> also = new HashMap<>();
        for (ArticleCard c : cards) {
            if (c.storyId() == null) continue;
            List<StoryStore.Report> others = stories.reports(c.storyId(), c.id(), ALSO_MAX);
            if (!others.isEmpty()) also.put(c.id(), others);
        }
        return also;
    }
}
