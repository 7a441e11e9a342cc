package io.newsdesk.app.distribute.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.demo.DemoSite;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.news.Outlet;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import io.newsdesk.app.store.Stores;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The channel stage over real SQLite and PostgreSQL (the demo site as the articles published before the channel was set up)
 * against {@link TelegramBotApiFakeServer}: Telegram cannot be reached from here.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class TelegramPosterTest {
    @Parameter
    TestDatabase database;

    static final String TOKEN = "987654321:AAH-test-token-Zx9QwErTy";
    static final String BASE = "https://news.example";

    @TempDir
    Path dir;
    Database db;
    Stores stores;
    TelegramBotApiFakeServer telegram;
    Outlet outlet;

    @BeforeEach
    void setUp() throws Exception {
        db = database.fresh(dir).open();
        stores = Stores.over(db.jdbi());
        DemoSite.load(stores, dir, Clock.systemUTC());
        outlet = stores.outlets().create("harbour-wire-test", "Harbour Wire Test", "https://wire.example", "en", null);
        telegram = new TelegramBotApiFakeServer(TOKEN, "@newsdesk_test");
    }

    @AfterEach
    void tearDown() {
        telegram.close();
        db.close();
    }

    TelegramConfig config(Set<String> sections, Set<String> outlets) {
        return new TelegramConfig(new BotToken(TOKEN), "newsdesk_test", telegram.base(), BASE, sections, outlets);
    }

    TelegramPoster poster() {
        return new TelegramPoster(db.jdbi(), config(Set.of(), Set.of()), Duration.ofMillis(50));
    }

    String section(int i) {
        return stores.sections().all().get(i).id();
    }

    Article publish(String title, String image) {
        return publish(title, "A harbour crane was repaired overnight and ships are loading again.", image, section(0), null);
    }

    Article publish(String title, String body, String image, String sectionId, String outletId) {
        ArticleDraft.Imported imported = outletId == null ? null
                : new ArticleDraft.Imported(outletId, "https://wire.example/" + title.hashCode(), title, "en", false);
        return new ArticleWriter(stores.jdbi(), stores.articles()).save(new ArticleDraft(title, null, "<p>" + body + "</p>",
                null, image, null, null, sectionId, List.of(), "en", ArticleStatus.PUBLISHED, Instant.now(), null, imported));
    }

    String state(String articleId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT state FROM telegram_posts WHERE article_id = :a")
                .bind("a", articleId).mapTo(String.class).findOne().orElse(null));
    }

    /** A poster runs once before anything is published: the demo's articles become the baseline. */
    TelegramPoster started() {
        TelegramPoster p = poster();
        p.runOnce();
        return p;
    }

    @Test
    void postsAPhotoWithACaptionWhenThereIsALeadImageAndAMessageOtherwise() {
        TelegramPoster poster = started();
        assertThat(telegram.calls).as("articles published before the channel was set up are not posted").isEmpty();
        Article withImage = publish("Ferry timetable changes from Monday", "/media/ferry.jpg");
        Article without = publish("Council approves the new harbour budget", null);
        Article svg = publish("Lighthouse keeper retires", "/media/demo/lighthouse.svg");

        poster.runOnce();
        poster.close();

        List<TelegramBotApiFakeServer.Call> photos = telegram.calls("sendPhoto");
        assertThat(photos).hasSize(1);
        assertThat(photos.get(0).params().path("photo").asText()).isEqualTo(BASE + "/media/ferry.jpg");
        assertThat(photos.get(0).params().path("parse_mode").asText()).isEqualTo("HTML");
        assertThat(photos.get(0).params().path("caption").asText()).startsWith("<b>Ferry timetable changes from Monday</b>\n\n")
                .contains("A harbour crane was repaired")
                .endsWith("<a href=\"" + BASE + "/article/" + withImage.slug() + "\">" + BASE + "/article/" + withImage.slug() + "</a>");
        List<TelegramBotApiFakeServer.Call> messages = telegram.calls("sendMessage");
        assertThat(messages).as("no image, and an SVG is not a photo Telegram takes").hasSize(2);
        assertThat(messages).anySatisfy(m -> assertThat(m.text()).startsWith("<b>Council approves the new harbour budget</b>"));
        assertThat(messages).anySatisfy(m -> assertThat(m.text()).contains(svg.slug()));
        assertThat(state(withImage.id())).isEqualTo("posted");
        assertThat(state(without.id())).isEqualTo("posted");
    }

    @Test
    void everyDynamicPartIsEscapedForTelegramsHtml() {
        TelegramPoster poster = started();
        // the title of an article about markup: stored as the text "<b>&</b> tags & "quotes""
        Article a = publish("&lt;b&gt;&amp;&lt;/b&gt; tags &amp; \"quotes\"", "Fish &amp; chips &lt;script&gt; at 5 > 4.", null, section(0), null);
        assertThat(a.title()).isEqualTo("<b>&</b> tags & \"quotes\"");

        poster.runOnce();
        poster.close();

        String text = telegram.calls("sendMessage").getFirst().text();
        assertThat(text).startsWith("<b>&lt;b&gt;&amp;&lt;/b&gt; tags &amp; \"quotes\"</b>\n\nFish &amp; chips &lt;script&gt; at 5 &gt; 4");
        assertThat(TelegramBotApiFakeServer.checkHtml(text, 4096, false)).isNull();
        assertThat(telegram.channel.values()).hasSize(1);
        assertThat(state(a.id())).isEqualTo("posted");
    }

    @Test
    void aLongCaptionIsCutAtAWordBoundaryWithinTelegramsLimit() {
        TelegramPoster poster = started();
        String longTitle = "Harbour " + "authority publishes its plan for the northern breakwater and ".repeat(25) + "end";
        Article a = publish(longTitle, "/media/plan.jpg");
        // stored titles fit their column (1,000 characters); with the link the caption is still over Telegram's 1,024
        assertThat(a.title().length()).isGreaterThan(900);

        poster.runOnce();
        poster.close();

        String caption = telegram.calls("sendPhoto").getFirst().text();
        String seen = TelegramBotApiFakeServer.visible(caption);
        assertThat(seen.length()).isLessThanOrEqualTo(1024);
        String title = seen.substring(0, seen.indexOf("\n\n"));
        assertThat(title).endsWith("…");
        assertThat(longTitle).as("cut after a whole word").contains(title.substring(0, title.length() - 1) + " ");
        assertThat(seen).endsWith(BASE + "/article/" + a.slug());
    }

    @Test
    void noMoreThanOneMessageASecond() {
        TelegramPoster poster = started();
        for (int i = 1; i <= 3; i++) publish("Tide report number " + i, null);

        poster.runOnce();
        poster.close();

        List<TelegramBotApiFakeServer.Call> sends = telegram.sends();
        assertThat(sends).hasSize(3);
        for (int i = 1; i < sends.size(); i++) {
            assertThat(Duration.ofNanos(sends.get(i).nanos() - sends.get(i - 1).nanos())).isGreaterThan(Duration.ofMillis(950));
        }
        assertThat(telegram.channel).hasSize(3);
    }

    @Test
    void aTooManyRequestsAnswerIsWaitedOutForItsRetryAfter() {
        TelegramPoster poster = started();
        Article a = publish("Storm warning for the coast", null);
        telegram.tooManyRequestsNext(1);

        poster.runOnce();
        poster.close();

        List<TelegramBotApiFakeServer.Call> sends = telegram.sends();
        assertThat(sends).hasSize(2);
        assertThat(Duration.ofNanos(sends.get(1).nanos() - sends.get(0).nanos())).isGreaterThanOrEqualTo(Duration.ofMillis(990));
        assertThat(telegram.channel).hasSize(1);
        assertThat(state(a.id())).isEqualTo("posted");
    }

    @Test
    void serverErrorsAreRetried() {
        TelegramPoster poster = started();
        Article a = publish("Fishing quotas announced", null);
        telegram.failNext(502, "Bad Gateway").failNext(500, "Internal Server Error");

        poster.runOnce();
        poster.close();

        assertThat(telegram.sends()).hasSize(3);
        assertThat(telegram.channel).hasSize(1);
        assertThat(state(a.id())).isEqualTo("posted");
    }

    @Test
    void aForbiddenAnswerPausesPostingWithItsReasonUntilResumed() {
        TelegramPoster poster = started();
        Article first = publish("Bridge closed for repairs", null);
        telegram.failNext(403, "Forbidden: bot is not a member of the channel chat");

        poster.runOnce();
        Article second = publish("Bridge reopens early", null);
        poster.runOnce();
        poster.runOnce();

        assertThat(telegram.sends()).as("nothing more is sent while paused").hasSize(1);
        assertThat(telegram.channel).isEmpty();
        TelegramStatus.ChannelRow row = TelegramStatus.read(db.jdbi()).channels().getFirst();
        assertThat(row.paused()).isTrue();
        assertThat(row.pausedReason()).contains("403").contains("bot is not a member of the channel chat");
        assertThat(row.count("queued")).as("both wait; none is skipped").isEqualTo(2);

        assertThat(TelegramStatus.resume(db.jdbi(), null)).isEqualTo(1);
        poster.runOnce();
        poster.close();

        assertThat(telegram.channel).hasSize(2);
        assertThat(state(first.id())).isEqualTo("posted");
        assertThat(state(second.id())).isEqualTo("posted");
        assertThat(TelegramStatus.read(db.jdbi()).channels().getFirst().paused()).isFalse();
    }

    @Test
    void chatNotFoundPausesToo() {
        TelegramPoster poster = new TelegramPoster(db.jdbi(),
                new TelegramConfig(new BotToken(TOKEN), "no_such_channel", telegram.base(), BASE, Set.of(), Set.of()), Duration.ofMillis(50));
        poster.runOnce();
        publish("Regatta postponed", null);
        poster.runOnce();
        poster.close();

        assertThat(telegram.sends()).hasSize(1);
        assertThat(TelegramStatus.read(db.jdbi()).channels().getFirst().pausedReason()).contains("400").contains("chat not found");
    }

    @Test
    void aRestartNeverPostsTwiceAndNeverSkipsOne() {
        TelegramPoster first = started();
        Article a = publish("New ferry route to the islands", null);
        first.runOnce();
        first.close();
        assertThat(telegram.sends()).hasSize(1);

        // stopped: meanwhile one more article is published
        Article b = publish("Island school gets a new roof", null);
        TelegramPoster second = poster();
        second.runOnce();
        second.runOnce();
        assertThat(telegram.sends()).as("a is not sent again; b is sent").hasSize(2);
        assertThat(telegram.sends().get(1).text()).contains("Island school");

        // a process that died during its call left "sending": that one may be in the channel, so it is not sent again
        Article c = publish("Harbour festival dates set", null);
        db.jdbi().useHandle(h -> h.createUpdate("""
                INSERT INTO telegram_posts (article_id, channel, state, created_at, updated_at) VALUES (:a, '@newsdesk_test', 'sending', :t, :t)""")
                .bind("a", c.id()).bind("t", System.currentTimeMillis() - Duration.ofMinutes(5).toMillis()).execute());
        second.runOnce();
        assertThat(telegram.sends()).hasSize(2);
        assertThat(state(c.id())).isEqualTo("uncertain");
        assertThat(TelegramStatus.read(db.jdbi()).channels().getFirst().problems())
                .anySatisfy(p -> assertThat(p.title()).isEqualTo("Harbour festival dates set"));

        // the operator checked the channel: it is not there
        assertThat(TelegramStatus.resend(db.jdbi(), c.id())).isTrue();
        second.runOnce();
        second.close();
        assertThat(telegram.sends()).hasSize(3);
        assertThat(List.of(state(a.id()), state(b.id()), state(c.id()))).containsOnly("posted");
    }

    @Test
    void aCorrectedTitleEditsTheMessageAndUnpublishingDeletesIt() {
        TelegramPoster poster = started();
        Article text = publish("Mayor opens new libary", null);
        Article photo = publish("Whale seen in the bay", "/media/whale.jpg");
        poster.runOnce();
        long textMessage = telegram.calls("sendMessage").getFirst().nanos();
        assertThat(textMessage).isPositive();

        db.jdbi().useHandle(h -> h.createUpdate("UPDATE articles SET title = :t, changed_at = :now WHERE id = :id")
                .bind("t", "Mayor opens new library").bind("now", System.currentTimeMillis()).bind("id", text.id()).execute());
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE articles SET title = :t, changed_at = :now WHERE id = :id")
                .bind("t", "Two whales seen in the bay").bind("now", System.currentTimeMillis()).bind("id", photo.id()).execute());
        poster.runOnce();

        assertThat(telegram.calls("editMessageText")).hasSize(1);
        assertThat(telegram.calls("editMessageText").getFirst().text()).startsWith("<b>Mayor opens new library</b>");
        assertThat(telegram.calls("editMessageCaption")).hasSize(1);
        assertThat(telegram.calls("editMessageCaption").getFirst().text()).startsWith("<b>Two whales seen in the bay</b>");
        assertThat(telegram.channel.values()).anySatisfy(v -> assertThat(v).contains("Mayor opens new library"));
        poster.runOnce();
        assertThat(telegram.calls("editMessageText")).as("edited once").hasSize(1);

        new io.newsdesk.app.content.ArticleWriter(stores.jdbi(), stores.articles()).setStatus(text.id(), ArticleStatus.UNPUBLISHED, null);
        poster.runOnce();
        poster.close();

        assertThat(telegram.calls("deleteMessage")).hasSize(1);
        assertThat(telegram.channel).hasSize(1);
        assertThat(telegram.channel.values().iterator().next()).contains("Two whales");
        assertThat(state(text.id())).isEqualTo("deleted");
    }

    @Test
    void onlyTheConfiguredSectionsAndOutletsArePosted() {
        String politics = section(0), other = section(1);
        String politicsSlug = stores.sections().byId(politics).slug();
        TelegramPoster poster = new TelegramPoster(db.jdbi(), config(Set.of(politicsSlug), Set.of(outlet.slug())), Duration.ofMillis(50));
        poster.runOnce();
        Article wanted = publish("Wire: harbour dues rise", "Dues rise by two percent.", null, politics, outlet.id());
        Article ownArticle = publish("Our own harbour dues explainer", "Dues rise.", null, politics, null);
        Article otherSection = publish("Wire: match report", "A draw.", null, other, outlet.id());

        poster.runOnce();
        poster.close();

        assertThat(telegram.sends()).hasSize(1);
        assertThat(telegram.sends().getFirst().text()).contains("harbour dues rise");
        assertThat(state(wanted.id())).isEqualTo("posted");
        assertThat(state(ownArticle.id())).isEqualTo("filtered");
        assertThat(state(otherSection.id())).isEqualTo("filtered");
    }

    @Test
    void theTokenAppearsInNoStoredErrorAndNoLogLine() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try {
            // a closed port: connection refused, retried, the reason stored
            int closed;
            try (ServerSocket s = new ServerSocket(0)) {
                closed = s.getLocalPort();
            }
            TelegramPoster unreachable = new TelegramPoster(db.jdbi(), new TelegramConfig(new BotToken(TOKEN), "newsdesk_test",
                    URI.create("http://127.0.0.1:" + closed), BASE, Set.of(), Set.of()), Duration.ofMillis(20));
            unreachable.runOnce();
            Article a = publish("Harbour lights switched to LED", null);
            unreachable.runOnce();
            unreachable.close();
            assertThat(state(a.id())).isEqualTo("queued");
            String refused = db.jdbi().withHandle(h -> h.createQuery("SELECT last_error FROM telegram_posts WHERE article_id = :a")
                    .bind("a", a.id()).mapTo(String.class).one());
            assertThat(refused).contains("ConnectException").doesNotContain(TOKEN.substring(TOKEN.indexOf(':') + 1));

            // a wrong token: 401 Unauthorized pauses
            TelegramPoster wrongToken = new TelegramPoster(db.jdbi(), new TelegramConfig(new BotToken(TOKEN + "x"), "newsdesk_test",
                    telegram.base(), BASE, Set.of(), Set.of()), Duration.ofMillis(20));
            wrongToken.runOnce();
            wrongToken.close();
            assertThat(TelegramStatus.read(db.jdbi()).channels().getFirst().pausedReason()).contains("401").contains("Unauthorized");
        } finally {
            root.detachAppender(logs);
        }
        String secret = TOKEN.substring(TOKEN.indexOf(':') + 1);
        List<String> stored = db.jdbi().withHandle(h -> h.createQuery("""
                SELECT COALESCE(last_error, '') || ' ' || state FROM telegram_posts
                UNION ALL SELECT COALESCE(paused_reason, '') || ' ' || channel FROM telegram_channels
                UNION ALL SELECT name || ' ' || value FROM settings""").mapTo(String.class).list());
        assertThat(String.join("\n", stored)).contains("Unauthorized").doesNotContain(secret);
        assertThat(logs.list).isNotEmpty();
        for (ILoggingEvent e : logs.list) {
            assertThat(e.getFormattedMessage()).doesNotContain(secret);
            if (e.getThrowableProxy() != null) assertThat(e.getThrowableProxy().getMessage()).doesNotContain(secret);
        }
        assertThat(new BotToken(TOKEN).toString()).doesNotContain(secret);
        assertThat(config(Set.of(), Set.of()).toString()).doesNotContain(secret);
    }
}
