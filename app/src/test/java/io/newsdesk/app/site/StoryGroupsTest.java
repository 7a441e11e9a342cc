package io.newsdesk.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.news.ArticleCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** "Related" reads its candidates' cards a few at a time: the same cards as reading them all, fewer read. */
class StoryGroupsTest {
    private static ArticleCard card(String id, String story) {
        return new ArticleCard(id, id, "Title " + id, "", null, "world", "World", Instant.EPOCH, 0, null, story);
    }

    @Test
    void readingAFewAtATimeTakesTheSameCardsAsReadingAll() {
        Random random = new Random(17);
        for (int round = 0; round < 500; round++) {
            // 12 candidates; some unpublished (no card), some sharing a story, some already on the page
            List<String> ids = new ArrayList<>();
            List<ArticleCard> all = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String id = "a" + i;
                ids.add(id);
                if (random.nextInt(6) == 0) continue;
                all.add(card(id, random.nextInt(3) == 0 ? "s" + random.nextInt(3) : null));
            }
            Set<String> onPage = new HashSet<>();
            for (int i = 0; i < 12; i++) if (random.nextInt(3) == 0) onPage.add("a" + i);
            if (random.nextBoolean()) onPage.add("s" + random.nextInt(3));
            Function<List<String>, List<ArticleCard>> cardsOf = some -> all.stream().filter(c -> some.contains(c.id())).toList();

            List<ArticleCard> atOnce = StoryGroups.take(cardsOf.apply(ids), new HashSet<>(onPage), 4);
            for (int chunk : new int[] {1, 4, 6, 12}) {
                assertThat(StoryGroups.takeReading(ids, cardsOf, new HashSet<>(onPage), 4, chunk))
                        .as("round %d, %d at a time", round, chunk).isEqualTo(atOnce);
            }
        }
    }

    @Test
    void theOtherCandidatesAreNotReadWhenTheFirstSuffice() {
        List<String> ids = List.of("a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11");
        List<List<String>> asked = new ArrayList<>();
        Function<List<String>, List<ArticleCard>> cardsOf = some -> {
            asked.add(some);
            return some.stream().map(id -> card(id, null)).toList();
        };
        // two of the first six are on the page already ("More from"): four remain
        List<ArticleCard> taken = StoryGroups.takeReading(ids, cardsOf, new HashSet<>(Set.of("a1", "a3")), 4, 6);
        assertThat(taken).extracting(ArticleCard::id).containsExactly("a0", "a2", "a4", "a5");
        assertThat(asked).containsExactly(ids.subList(0, 6));

        // four of the first six on the page: the next six are read too
        asked.clear();
        taken = StoryGroups.takeReading(ids, cardsOf, new HashSet<>(Set.of("a0", "a1", "a2", "a3")), 4, 6);
        assertThat(taken).extracting(ArticleCard::id).containsExactly("a4", "a5", "a6", "a7");
        assertThat(asked).containsExactly(ids.subList(0, 6), ids.subList(6, 12));
    }
}
