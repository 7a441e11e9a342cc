package io.newsdesk.app.ingest.sources;

import io.newsdesk.app.content.CleanText;
import io.newsdesk.app.fetch.FailureCause;
import io.newsdesk.app.fetch.FetchRequest;
import io.newsdesk.app.fetch.FetchResult;
import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.fetch.FetcherConfig;
import io.newsdesk.app.fetch.RetryPolicy;
import io.newsdesk.app.ingest.feed.FeedDiscovery;
import io.newsdesk.app.ingest.feed.FeedException;
import io.newsdesk.app.ingest.feed.FeedItem;
import io.newsdesk.app.ingest.feed.FeedKind;
import io.newsdesk.app.ingest.feed.FeedParser;
import io.newsdesk.app.ingest.feed.ParsedFeed;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import io.newsdesk.extract.BodyDecoder;
import io.newsdesk.extract.ExtractedArticle;
import io.newsdesk.extract.Extractor;
import org.jdbi.v3.core.Jdbi;

/**
 * Adding a source by URL, for the command line and the admin alike: the canonical URL, its kind detected with one
 * fetch through the safe fetcher (a person waits, and the importer retries anyway), the outlet named by the feed's
 * title ({@link OutletName}).
 */
public final class SourceAdding {
    /** The detected feed, or why the URL could not be read now (a timeout, a refused connection, a 5xx). */
    public record Detection(ParsedFeed feed, String cause, String message) {
        public boolean read() {
            return feed != null;
        }
    }

    /** The added source, its outlet's name, and what detection found (for the person who added it). */
    public record Added(Source source, String outletName, String note) {}

    /** What adding an address would give, read before anything is saved: its kind, outlet name, first items' titles. */
    public record Preview(String url, SourceKind kind, String outletName, int items, List<String> firstTitles, Sample sample) {}

    /**
     * The article of the feed's first linked item, read as a full-text import would read it: its page's title, byline
     * and opening text, or why it could not be read ({@code problem}; the other fields null).
     */
    public record Sample(String url, String title, String byline, String opening, String problem) {}

    /** How much of the sample article's text a preview shows. */
    static final int SAMPLE_CHARS = 600;

    /** How many item titles a preview shows. */
    public static final int PREVIEW_TITLES = 5;

    private final Jdbi jdbi;
    private final FetcherConfig fetching;
    private final Duration limit;

    /** @param limit how long detection may take: one attempt */
    public SourceAdding(Jdbi jdbi, FetcherConfig fetching, Duration limit) {
        if (limit.toSeconds() < 1) throw new IllegalArgumentException("the timeout must be at least 1 second");
        this.jdbi = jdbi;
        this.fetching = fetching;
        this.limit = limit;
    }

    /**
     * Adds {@code n}; without a kind the URL is fetched and its kind detected. A URL that cannot be read now is added
     * all the same when {@code addUnreadable} (each fetch reads the kind from the content, and the importer retries),
     * else refused.
     *
     * @throws IllegalArgumentException for a URL that is not http(s), already a source, refused by the fetcher
     *                                  (a private address, a 404), unreadable, or an HTML page that declares feeds
     */
    public Added add(NewSource n, boolean addUnreadable) {
        String canonical = SourceStore.canonicalUrl(n.url());
        SourceStore store = new SourceStore(jdbi);
        Optional<Source> existing = store.byUrl(canonical);
        if (existing.isPresent()) {
            throw new IllegalArgumentException("already a source: " + canonical + " (id " + existing.get().id() + ")");
        }
        SourceKind kind = n.kind();
        String outlet = n.outletName();
        String note = "";
        Detection unread = null;
        if (kind == null) {
            Detection d = detect(canonical);
            if (d.read()) {
                kind = SourceKind.of(d.feed().kind());
                note = " (detected" + (d.feed().title() == null ? "" : ": \"" + d.feed().title() + "\"") + ", "
                        + d.feed().items().size() + " items)";
                // the outlet is named by its feed's title when it has one, by the feed's host otherwise
                if (outlet == null || outlet.isBlank()) outlet = OutletName.fromFeedTitle(d.feed().title());
            } else if (addUnreadable) {
                unread = d;
                kind = kindFromAddress(canonical);
                note = " (not detected: " + d.cause() + ": " + d.message() + "; kind taken from the address)";
            } else {
                throw unreadable(canonical, d);
            }
        }
        Source s = store.add(new NewSource(canonical, kind, outlet, n.outletSiteUrl(), n.outletLanguage(), n.language(),
                n.defaultSection(), n.sectionRules(), n.fetchIntervalSeconds(), n.policy(), n.translate(), n.bodySelector(),
                n.removeSelectors(), n.linkSelector()));
        if (unread != null) {
            // the reason shows in the source lists, as any failed fetch's does
            new SourceHealth(jdbi, Clock.systemUTC(), SourceHealth.DEFAULT_PAUSE_AFTER).failed(s, unread.cause(), unread.message());
        }
        return new Added(s, store.outletName(s.outletId()), note);
    }

    /**
     * Reads {@code url} as adding it would (one attempt) and saves nothing.
     *
     * @throws IllegalArgumentException as {@link #add} refuses (an unreadable address included)
     */
    public Preview preview(String url) {
        String canonical = SourceStore.canonicalUrl(url);
        Optional<Source> existing = new SourceStore(jdbi).byUrl(canonical);
        if (existing.isPresent()) {
            throw new IllegalArgumentException("already a source: " + canonical + " (id " + existing.get().id() + ")");
        }
        Detection d = detect(canonical);
        if (!d.read()) throw unreadable(canonical, d);
        String outlet = OutletName.fromFeedTitle(d.feed().title());
        List<String> titles = d.feed().items().stream().map(FeedItem::title).filter(t -> t != null && !t.isBlank())
                .limit(PREVIEW_TITLES).toList();
        Sample sample = d.feed().items().stream().map(FeedItem::link).filter(l -> l != null && !l.isBlank()).findFirst()
                .map(this::sample).orElse(null);
        return new Preview(canonical, SourceKind.of(d.feed().kind()), outlet == null ? SourceStore.hostName(canonical) : outlet,
                d.feed().items().size(), titles, sample);
    }

    /** One attempt at one item's page, extracted as the importer would (without the source's hints: it has none yet). */
    private Sample sample(String link) {
        FetchResult r;
        try (Fetcher fetcher = new Fetcher(oneAttempt())) {
            r = fetcher.fetch(FetchRequest.page(link));
        }
        if (!r.ok()) return new Sample(link, null, null, null, r.failure().name().toLowerCase(Locale.ROOT) + ": " + r.message());
        ExtractedArticle x = new Extractor().extract(r.body(), r.finalUrl() == null ? link : r.finalUrl().toString(), r.contentType());
        String text = CleanText.of(x.text());
        if (text.isEmpty()) return new Sample(link, null, null, null, "no article text found on the page");
        String opening = text.length() <= SAMPLE_CHARS ? text : CleanText.shorten(text, SAMPLE_CHARS) + " …";
        return new Sample(link, CleanText.optional(x.title()), x.authors().isEmpty() ? null : CleanText.of(String.join(", ", x.authors())),
                opening, null);
    }

    private FetcherConfig oneAttempt() {
        return fetching.withRetry(RetryPolicy.none()).withLimits(fetching.limits().withTotalTimeout(limit)
                .withConnectTimeout(limit.compareTo(fetching.limits().connectTimeout()) < 0 ? limit : fetching.limits().connectTimeout()));
    }

    private static IllegalArgumentException unreadable(String canonical, Detection d) {
        return new IllegalArgumentException("cannot read " + canonical + " now: " + d.cause() + ": " + d.message());
    }

    /** A kind to store when the URL could not be read: a label only, since every fetch reads the kind from the content. */
    public static SourceKind kindFromAddress(String url) {
        String path = URI.create(url).getPath();
        String p = path == null ? "" : path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".json")) return SourceKind.JSONFEED;
        if (p.contains("sitemap")) return SourceKind.SITEMAP;
        if (p.endsWith(".atom")) return SourceKind.ATOM;
        return SourceKind.RSS;
    }

    /**
     * One attempt within the limit. A transient failure is returned; a permanent one (refused address, 404, not a
     * feed) throws.
     */
    public Detection detect(String canonical) {
        FetchResult r;
        try (Fetcher fetcher = new Fetcher(oneAttempt())) {
            r = fetcher.fetch(FetchRequest.feed(canonical));
        }
        if (!r.ok() && !r.failure().permanent(r.status())) {
            String message = r.failure() == FailureCause.TIMEOUT ? "no answer within " + limit.toSeconds() + " s (one attempt)" : r.message();
            return new Detection(null, r.failure().name().toLowerCase(Locale.ROOT), message);
        }
        if (!r.ok()) {
            throw new IllegalArgumentException("cannot fetch " + canonical + " to detect its kind: " + r.failure() + ": " + r.message());
        }
        ParsedFeed feed;
        try {
            feed = FeedParser.parse(r.body(), r.finalUrl() == null ? canonical : r.finalUrl().toString(), r.contentType());
        } catch (FeedException e) {
            throw new IllegalArgumentException("cannot detect the kind of " + canonical + ": " + e.getMessage());
        }
        if (feed.kind() == FeedKind.HTML) {
            FeedDiscovery.Result found = FeedDiscovery.discover(
                    BodyDecoder.decode(r.body(), r.contentType(), new ArrayList<>()).text(), canonical);
            if (!found.declared().isEmpty()) {
                throw new IllegalArgumentException(canonical + " is an HTML page that declares feeds: "
                        + found.declared().stream().map(FeedDiscovery.Candidate::url).collect(Collectors.joining(", "))
                        + "; add one of them, or give the kind html to read the page itself");
            }
        }
        return new Detection(feed, null, null);
    }
}
