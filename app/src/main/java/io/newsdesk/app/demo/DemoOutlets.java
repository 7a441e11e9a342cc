package io.newsdesk.app.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.newsdesk.app.demo.outlets.DemoFeed;
import io.newsdesk.app.demo.outlets.DemoOutletServer;
import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.NewSource;
import io.newsdesk.app.ingest.sources.Source;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.news.Section;
import io.newsdesk.app.store.Stores;
import io.newsdesk.app.translate.TranslationMemory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's outlets as real sources: starts the {@link DemoOutletServer} on loopback and makes each of its
 * feeds a source of the site, so the importer fills the demo site over time as a newcomer watches. The port
 * and the first start are kept in the settings, so that after a restart the outlets serve the same URLs and
 * dates and nothing is imported twice; when the port is taken, another is used and the sources follow it.
 */
public final class DemoOutlets {
    static final String PORT_SETTING = "demo.outlets.port";
    static final String START_SETTING = "demo.outlets.start";
    static final String TRANSLATIONS = "/demo/translation-memory.json";
    /** The demo outlets publish every 90 seconds; their sources are checked every minute (the shortest interval). */
    static final int FETCH_INTERVAL_SECONDS = 60;
    private static final Logger log = LoggerFactory.getLogger(DemoOutlets.class);

    private DemoOutlets() {
    }

    /** Whether this database runs the demo outlets (it was filled with the demo, or they ran before). */
    public static boolean enabled(Stores stores) {
        return stores.settings().get(START_SETTING).isPresent();
    }

    /**
     * Marks a freshly loaded demo database as one that runs the demo outlets, and loads the human translations
     * shipped for some of their stories into the translation memory (the others wait for an editor).
     */
    public static void enable(Stores stores, Clock clock) {
        stores.settings().put(START_SETTING, Long.toString(clock.millis()));
        try (InputStream in = DemoOutlets.class.getResourceAsStream(TRANSLATIONS)) {
            if (in != null) new TranslationMemory(stores.jdbi(), clock).importFile(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TRANSLATIONS, e);
        }
    }

    /** Starts the outlet server and registers (or moves) its feeds as sources. */
    public static DemoOutletServer start(Stores stores, Clock clock) {
        Instant first = Instant.ofEpochMilli(Long.parseLong(stores.settings().getOrCreate(START_SETTING,
                () -> Long.toString(clock.millis()))));
        int savedPort = stores.settings().get(PORT_SETTING).map(Integer::parseInt).orElse(0);
        DemoOutletServer server;
        try {
            server = new DemoOutletServer(clock, first, DemoOutletServer.DEFAULT_RELEASE_INTERVAL, savedPort).start();
        } catch (UncheckedIOException e) {
            log.warn("demo outlets: port {} is taken, using another one", savedPort);
            server = new DemoOutletServer(clock, first, DemoOutletServer.DEFAULT_RELEASE_INTERVAL, 0).start();
        }
        String base = server.baseUrl();
        int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
        if (savedPort != 0 && port != savedPort) moveSources(stores, "http://127.0.0.1:" + savedPort + "/", base + "/");
        stores.settings().put(PORT_SETTING, Integer.toString(port));
        SourceStore sources = new SourceStore(stores.jdbi());
        String rules = sectionRules(stores);
        for (DemoFeed f : server.feedUrls()) {
            if (sources.byUrl(f.url()).isPresent()) continue;
            boolean known = stores.outlets().bySlug(f.outletSlug()).isPresent(); // site.json's outlets keep their site URL
            sources.add(new NewSource(f.url(), f.kind(), f.outletName(), known ? null : f.siteUrl(), f.language(),
                    f.language(), null, rules, FETCH_INTERVAL_SECONDS, ContentPolicy.FULL_TEXT, null, null, null, null));
        }
        log.info("demo outlets at {}/ ({} of their stories published so far)", base, server.releasedCount());
        return server;
    }

    /** Each demo story names its section by slug as its feed category. */
    private static String sectionRules(Stores stores) {
        ObjectMapper json = new ObjectMapper();
        ArrayNode rules = json.createArrayNode();
        for (Section s : stores.sections().all()) rules.addObject().put("category", s.slug()).put("section", s.slug());
        return rules.isEmpty() ? null : rules.toString();
    }

    private static void moveSources(Stores stores, String from, String to) {
        for (Source s : new SourceStore(stores.jdbi()).all()) {
            if (!s.url().startsWith(from)) continue;
            stores.jdbi().useHandle(h -> h.createUpdate("UPDATE sources SET url = :url, etag = NULL, last_modified = NULL WHERE id = :id")
                    .bind("url", to + s.url().substring(from.length())).bind("id", s.id()).execute());
        }
    }
}
