package io.newsdesk.app.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.app.news.Outlet;
import io.newsdesk.app.store.Database;
import io.newsdesk.app.store.Stores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceStoreTest {
    @TempDir
    Path dir;
    Database db;
    SourceStore store;

    @BeforeEach
    void open() {
        db = Database.sqlite(dir);
        store = new SourceStore(db.jdbi());
    }

    @AfterEach
    void close() {
        db.close();
    }

    static byte[] resource(String name) throws Exception {
        return Files.readAllBytes(Path.of(SourceStoreTest.class.getResource("/sources/" + name).toURI()));
    }

    @Test
    void roundTripWithDefaultsAndCreatedOutlet() {
        Stores.over(db.jdbi()).sections().create("world", "World", null, 1);
        Source s = store.add(NewSource.of("HTTPS://News.Example:443/feed/?utm_source=x#top", SourceKind.RSS, "News Example")
                .withDefaultSection("World"));
        assertThat(s.url()).isEqualTo("https://news.example/feed");
        Source back = store.byId(s.id()).orElseThrow();
        assertThat(back).isEqualTo(s);
        assertThat(back.language()).isEqualTo("auto");
        assertThat(back.fetchIntervalSeconds()).isEqualTo(900);
        assertThat(back.policy()).isEqualTo(ContentPolicy.EXCERPT);
        assertThat(back.translate()).isTrue();
        assertThat(back.status()).isEqualTo(SourceStatus.ACTIVE);
        assertThat(back.consecutiveFailures()).isZero();
        assertThat(back.lastFetchAt()).isNull();
        assertThat(store.sectionSlug(back.defaultSectionId())).isEqualTo("world");
        Outlet outlet = Stores.over(db.jdbi()).outlets().byId(back.outletId()).orElseThrow();
        assertThat(outlet.name()).isEqualTo("News Example");
        assertThat(outlet.siteUrl()).isEqualTo("https://news.example");
        assertThat(outlet.language()).isEqualTo("und");

        // every field that can be set survives the database
        Source full = store.add(new NewSource("https://news.example/sport.json", SourceKind.JSONFEED, "News Example", null, "de",
                "de", null, "[{\"category\":\"Football\",\"section\":\"world\"},{\"urlPattern\":\"/sport/\",\"section\":\"world\"}]",
                3600, ContentPolicy.FULL_TEXT, false, "article .body", ".ad, .related", "h2 a"));
        assertThat(store.byId(full.id()).orElseThrow()).isEqualTo(full);
        assertThat(full.outletId()).isEqualTo(s.outletId()); // the existing outlet is reused
        assertThat(full.sectionRules()).contains("urlPattern");
        assertThat(store.all()).extracting(Source::id).containsExactly(s.id(), full.id());
        assertThat(store.resolve(full.id().substring(0, 30))).contains(full);
    }

    @Test
    void invalidValuesAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> store.add(NewSource.of("ftp://x.example/feed", SourceKind.RSS, "X")))
                .hasMessageContaining("not an http(s) URL");
        assertThatThrownBy(() -> store.add(NewSource.of("https://x.example/feed", SourceKind.RSS, "X").withLanguage("English!")))
                .hasMessageContaining("invalid language");
        assertThatThrownBy(() -> store.add(NewSource.of("https://x.example/feed", SourceKind.RSS, "X").withDefaultSection("nope")))
                .hasMessageContaining("no section named 'nope'");
        assertThatThrownBy(() -> SectionRules.validate("[{\"section\":\"a\"}]")).hasMessageContaining("exactly one of");
        assertThatThrownBy(() -> SectionRules.validate("{")).hasMessageContaining("not valid JSON");
        assertThat(store.all()).isEmpty();
    }

    @Test
    void theSameFeedWithTrackingParametersIsOneSource() {
        Source first = store.add(NewSource.of("https://news.example/rss?utm_source=twitter&utm_medium=social", SourceKind.RSS, "N"));
        assertThatThrownBy(() -> store.add(NewSource.of("https://news.example/rss?utm_campaign=x", SourceKind.RSS, "N")))
                .isInstanceOf(DuplicateSourceException.class)
                .hasMessage("already a source: https://news.example/rss (id " + first.id() + ")");
        assertThat(store.byUrl("https://NEWS.example/rss/?fbclid=1")).contains(first);
        assertThat(store.all()).hasSize(1);
    }

    @Test
    void pauseResumeRemove() {
        Source s = store.add(NewSource.of("https://news.example/rss", SourceKind.RSS, "N"));
        assertThat(store.pause(s.id(), "too many failures")).isTrue();
        Source paused = store.byId(s.id()).orElseThrow();
        assertThat(paused.status()).isEqualTo(SourceStatus.PAUSED);
        assertThat(paused.pauseReason()).isEqualTo("too many failures");
        assertThat(store.resume(s.id())).isTrue();
        Source resumed = store.byId(s.id()).orElseThrow();
        assertThat(resumed.status()).isEqualTo(SourceStatus.ACTIVE);
        assertThat(resumed.pauseReason()).isNull();
        assertThat(store.remove(s.id())).isTrue();
        assertThat(store.byId(s.id())).isEmpty();
        assertThat(store.remove(s.id())).isFalse();
        assertThat(store.pause("missing", null)).isFalse();
    }

    @Test
    void opmlImportOfAHandWrittenFile() throws Exception {
        Opml.ImportResult r = Opml.importInto(store, resource("subscriptions.opml"));
        assertThat(r.added()).extracting(Source::url)
                .containsExactly("https://rivertimes.example/feed.xml", "https://hill.example/atom");
        assertThat(r.skipped()).singleElement().asString().startsWith("not a url:");
        Source river = r.added().get(0);
        assertThat(river.language()).isEqualTo("en");
        assertThat(river.kind()).isEqualTo(SourceKind.RSS);
        assertThat(store.outletName(river.outletId())).isEqualTo("River Times");
        assertThat(store.outletSiteUrl(river.outletId())).isEqualTo("https://rivertimes.example/");
        assertThat(store.outletName(r.added().get(1).outletId())).isEqualTo("Hill & Dale News");
        assertThat(store.outletSiteUrl(r.added().get(1).outletId())).isEqualTo("https://hill.example");
        // importing again adds nothing: every entry is already a source
        Opml.ImportResult again = Opml.importInto(store, resource("subscriptions.opml"));
        assertThat(again.added()).isEmpty();
        assertThat(again.skipped()).hasSize(3).anyMatch(s -> s.contains("already a source"));
    }

    @Test
    void exportReimportsToTheSameSources() throws Exception {
        Stores.over(db.jdbi()).sections().create("sport", "Sport", null, 1);
        store.add(new NewSource("https://a.example/feed?x=1&y=<2>", SourceKind.ATOM, "Quotes \"&\" <Angles>", null, "fr", "fr",
                "sport", "[{\"urlPattern\":\"/s/\\\\d+\",\"section\":\"sport\"}]", 1200, ContentPolicy.FULL_TEXT, false,
                "div[data-x=\"1\"]", ".ad, .promo", "main h3 > a"));
        Source b = store.add(NewSource.of("https://b.example/sitemap.xml", SourceKind.SITEMAP, "B Ünïcode ✓"));
        store.pause(b.id(), "robots.txt & <terms>");
        List<Source> before = store.all();
        String xml = Opml.export(store);
        assertThat(xml).contains("<opml").contains("version=\"2.0\"").contains("&amp;").doesNotContain("<Angles>");

        try (Database other = Database.sqlite(dir.resolve("other"))) {
            Stores.over(other.jdbi()).sections().create("sport", "Sport", null, 1);
            SourceStore second = new SourceStore(other.jdbi());
            Opml.ImportResult r = Opml.importInto(second, xml.getBytes(StandardCharsets.UTF_8));
            assertThat(r.skipped()).isEmpty();
            List<Source> after = second.all();
            assertThat(after).hasSize(before.size());
            Comparator<Source> byUrl = Comparator.comparing(Source::url);
            List<Source> x = before.stream().sorted(byUrl).toList(), y = after.stream().sorted(byUrl).toList();
            for (int i = 0; i < x.size(); i++) {
                Source p = x.get(i), q = y.get(i);
                assertThat(q.url()).isEqualTo(p.url());
                assertThat(q.kind()).isEqualTo(p.kind());
                assertThat(q.language()).isEqualTo(p.language());
                assertThat(q.policy()).isEqualTo(p.policy());
                assertThat(q.fetchIntervalSeconds()).isEqualTo(p.fetchIntervalSeconds());
                assertThat(q.translate()).isEqualTo(p.translate());
                assertThat(q.sectionRules()).isEqualTo(p.sectionRules());
                assertThat(q.bodySelector()).isEqualTo(p.bodySelector());
                assertThat(q.removeSelectors()).isEqualTo(p.removeSelectors());
                assertThat(q.status()).isEqualTo(p.status());
                assertThat(q.pauseReason()).isEqualTo(p.pauseReason());
                assertThat(second.sectionSlug(q.defaultSectionId())).isEqualTo(store.sectionSlug(p.defaultSectionId()));
                assertThat(second.outletName(q.outletId())).isEqualTo(store.outletName(p.outletId()));
                assertThat(second.outletSiteUrl(q.outletId())).isEqualTo(store.outletSiteUrl(p.outletId()));
            }
        }
    }

    @Test
    void opmlWithADoctypeIsRefused() throws Exception {
        assertThatThrownBy(() -> Opml.importInto(store, resource("xxe.opml")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DOCTYPE");
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
                <opml version="2.0"><body><outline text="&lol2;" xmlUrl="https://x.example/f"/></body></opml>""";
        assertThatThrownBy(() -> Opml.parse(laughs.getBytes(StandardCharsets.UTF_8))).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> Opml.parse("<rss/>".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("not OPML");
        assertThatThrownBy(() -> Opml.parse("<opml><body>".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("invalid OPML");
        assertThat(store.all()).isEmpty();
    }
}
