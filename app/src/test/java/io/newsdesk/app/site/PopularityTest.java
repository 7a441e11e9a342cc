package io.newsdesk.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.ManualClock;
import io.newsdesk.app.site.popular.Bots;
import io.newsdesk.app.site.popular.PopularArticles;
import io.newsdesk.app.site.popular.ViewCounter;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.PageViewStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopularityTest {
    static final String CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

    @TempDir
    Path dir;

    @Test
    void countsPeopleOnceInThirtyMinutesAndIgnoresBots() {
        try (Database db = Database.sqlite(dir)) {
            PageViewStore store = new PageViewStore(db.jdbi());
            ManualClock clock = new ManualClock(Instant.parse("2026-11-27T10:00:00Z"));
            ViewCounter counter = new ViewCounter(store, clock);

            assertThat(counter.record("a", "10.0.0.1", CHROME)).isTrue();
            assertThat(counter.record("a", "10.0.0.1", CHROME)).as("same client, same article, at once").isFalse();
            assertThat(counter.record("b", "10.0.0.1", CHROME)).as("another article").isTrue();
            assertThat(counter.record("a", "10.0.0.2", CHROME)).as("another client").isTrue();
            assertThat(counter.record("a", "10.0.0.3", "Googlebot/2.1 (+http://www.google.com/bot.html)")).isFalse();
            assertThat(counter.record("a", "10.0.0.3", "")).isFalse();
            assertThat(store.since(0)).as("nothing written before the flush").isEmpty();

            counter.flush();
            assertThat(store.since(0)).extracting("articleId", "views").containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("a", 2L), org.assertj.core.groups.Tuple.tuple("b", 1L));
            clock.advance(Duration.ofMinutes(29));
            assertThat(counter.record("a", "10.0.0.1", CHROME)).as("29 minutes later: still a repeat").isFalse();
            clock.advance(Duration.ofMinutes(2));
            assertThat(counter.record("a", "10.0.0.1", CHROME)).as("31 minutes after the first view").isTrue();
        }
    }

    @Test
    void rankingDecaysWithATwentyFourHourHalfLifeOverSevenDays() {
        try (Database db = Database.sqlite(dir)) {
            PageViewStore store = new PageViewStore(db.jdbi());
            Instant now = Instant.parse("2026-11-27T12:00:00Z");
            long hour = now.toEpochMilli() / 3_600_000L * 3_600_000L;
            long day = 24 * 3_600_000L;
            store.add(Map.of(
                    new PageViewStore.HourlyKey("fresh", hour - 3_600_000L), 60L,       // 60 views an hour ago
                    new PageViewStore.HourlyKey("yesterday", hour - day - 3_600_000L), 100L, // 100 a day earlier: ~50 now
                    new PageViewStore.HourlyKey("old", hour - 8 * day), 100_000L));     // outside the 7-day window
            PopularArticles popular = new PopularArticles(store, new ManualClock(now));
            assertThat(popular.ranking(5)).containsExactly("fresh", "yesterday");
        }
    }

    @Test
    void recognisesCommonBots() {
        assertThat(Bots.isBot("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")).isTrue();
        assertThat(Bots.isBot("facebookexternalhit/1.1")).isTrue();
        assertThat(Bots.isBot("curl/8.0")).isTrue();
        assertThat(Bots.isBot(CHROME)).isFalse();
    }
}
