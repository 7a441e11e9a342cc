package io.newsdesk.app.distribute.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.app.TestSite;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /admin/status shows the channel's pause with Telegram's reason, and what needs an operator's look. */
class TelegramStatusPageTest {
    @TempDir
    Path dir;

    @Test
    void thePauseAndItsReasonAreOnTheStatusPage() throws Exception {
        try (TestSite site = TestSite.withDemo(dir);
                TelegramBotApiFakeServer telegram = new TelegramBotApiFakeServer(TelegramPosterTest.TOKEN, "@testherald")) {
            TelegramConfig config = new TelegramConfig(new BotToken(TelegramPosterTest.TOKEN), "testherald", telegram.base(),
                    "http://news.test", Set.of(), Set.of());
            TelegramPoster poster = new TelegramPoster(site.db.jdbi(), config, Duration.ofMillis(20));
            poster.runOnce();
            Article a = new ArticleWriter(site.stores.jdbi(), site.stores.articles()).save(new ArticleDraft("Quay wall collapses",
                    null, "<p>Nobody was hurt.</p>", null, null, null, null, site.stores.sections().all().get(0).id(), List.of(), "en",
                    ArticleStatus.PUBLISHED, Instant.now(), null, null));
            telegram.failNext(403, "Forbidden: bot is not a member of the channel chat");
            poster.runOnce();
            poster.close();

            Document page = Jsoup.parse(site.get("/admin/status", "Cookie", site.adminCookie()).body());
            String section = page.select("section.telegram-status").text();
            assertThat(section).contains("testherald").contains("paused")
                    .contains("Forbidden: bot is not a member of the channel chat").contains("telegram resume")
                    .contains("waiting: 1").contains("Quay wall collapses");
            assertThat(page.html()).doesNotContain(TelegramPosterTest.TOKEN);
            assertThat(a.id()).isNotBlank();
        }
    }
}
