package io.newsdesk.app.distribute.feeds;

import io.newsdesk.app.config.SiteIdentity;
import io.newsdesk.app.content.CleanText;
import io.newsdesk.app.content.CleanUrl;
import io.newsdesk.app.news.SitePaths;
import io.newsdesk.app.store.Stores;
import io.newsdesk.app.web.Format;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Makes the feeds: finds what a feed covers, reads its newest articles and writes them in a format. */
public final class Feeds {
    private final SiteIdentity config;
    private final Stores stores;
    private final FeedSettings settings;
    private final FeedArticles articles;
    /** An empty feed's date: when the site began (stable, so its ETag is too), not 1970. */
    private final Instant siteStarted;

    public Feeds(SiteIdentity config, Stores stores, FeedSettings settings) {
        this.config = config;
        this.stores = stores;
        this.settings = settings;
        this.articles = new FeedArticles(stores.jdbi());
        this.siteStarted = Instant.parse(stores.settings().getOrCreate("site.started",
                () -> Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()));
    }

    public FeedScope site() {
        return new FeedScope(FeedScope.Kind.SITE, null, "", config.siteName());
    }

    /** The scope of a page by its kind and slug (or story id); empty when there is no such page. */
    public Optional<FeedScope> scope(FeedScope.Kind kind, String key) {
        return switch (kind) {
            case SITE -> Optional.of(site());
            case SECTION -> stores.sections().bySlug(key)
                    .map(s -> new FeedScope(kind, s.id(), SitePaths.section(s.slug()), s.name()));
            case AUTHOR -> stores.authors().bySlug(key)
                    .map(a -> new FeedScope(kind, a.id(), SitePaths.author(a.slug()), a.name()));
            case OUTLET -> stores.outlets().bySlug(key)
                    .map(o -> new FeedScope(kind, o.id(), SitePaths.outlet(o.slug()), o.name()));
            case STORY -> stores.stories().title(key)
                    .map(t -> new FeedScope(kind, key, SitePaths.story(key), CleanText.of(t)));
        };
    }

    public byte[] render(FeedScope scope, FeedFormat format) {
        FeedDocument doc = document(scope, format);
        return switch (format) {
            case RSS -> RssFeed.write(doc);
            case ATOM -> AtomFeed.write(doc);
            case JSON -> JsonFeed.write(doc);
        };
    }

    FeedDocument document(FeedScope scope, FeedFormat format) {
        String base = config.publicBaseUrl();
        List<FeedEntry> entries = new ArrayList<>();
        Instant updated = null;
        for (FeedArticles.Row r : articles.newest(scope, settings.items())) {
            FeedEntry e = entry(r, base);
            entries.add(e);
            if (e.lastChanged() != null && (updated == null || e.lastChanged().isAfter(updated))) updated = e.lastChanged();
        }
        if (updated == null) updated = siteStarted;
        String title = scope.kind() == FeedScope.Kind.SITE ? config.siteName() : scope.title() + " | " + config.siteName();
        String description = scope.kind() == FeedScope.Kind.SITE
                ? "The latest news of " + config.siteName() + ", with sources named and linked."
                : "The latest articles of " + scope.title() + " on " + config.siteName() + ".";
        return new FeedDocument(title, description, base + scope.pageUrlPath(), base + scope.feedPath(format),
                config.siteLanguage(), config.siteName(), settings.webSubHub(), updated, entries);
    }

    private FeedEntry entry(FeedArticles.Row r, String base) {
        String url = base + SitePaths.article(r.slug());
        String translatedFrom = r.translated() ? Format.languageName(r.originalLanguage()) : null;
        StringBuilder summary = new StringBuilder(CleanText.of(r.excerpt()));
        if (r.outletName() != null) {
            summary.append(summary.isEmpty() ? "" : " ").append("Source: ").append(CleanText.of(r.outletName()));
            if (r.originalUrl() != null) summary.append(" — ").append(r.originalUrl());
            summary.append('.');
        }
        if (translatedFrom != null && !translatedFrom.isEmpty()) summary.append(" Translated from ").append(translatedFrom).append('.');
        String content = r.fullHtml() == null ? null : contentHtml(r, base, translatedFrom);
        return new FeedEntry(r.id(), CleanText.of(r.title()), url, summary.toString(), content,
                r.authors().stream().map(CleanText::of).filter(n -> !n.isEmpty()).toList(), CleanText.optional(r.section()),
                r.published(), r.updated(), absolute(r.imageUrl(), base),
                r.language(), CleanText.optional(r.outletName()), r.originalUrl(), translatedFrom);
    }

    /** The sanitized body with absolute links (feed readers have no base URL), and the attribution below it. */
    private static String contentHtml(FeedArticles.Row r, String base, String translatedFrom) {
        Document doc = Jsoup.parseBodyFragment(r.fullHtml());
        for (Element el : doc.select("[href], [src]")) {
            for (String attr : List.of("href", "src")) {
                String v = el.attr(attr);
                if (v.startsWith("/") && !v.startsWith("//")) el.attr(attr, base + v);
            }
        }
        Element body = doc.body();
        if (r.outletName() != null) {
            Element p = body.appendElement("p").appendText("Source: ");
            if (r.originalUrl() != null) p.appendElement("a").attr("href", r.originalUrl()).text(CleanText.of(r.outletName()));
            else p.appendText(CleanText.of(r.outletName()));
            if (translatedFrom != null && !translatedFrom.isEmpty()) p.appendText(". Translated from " + translatedFrom + ".");
        }
        return body.html();
    }

    /** A stored image URL for feed readers; one stored before URLs were checked, and is not http(s), is left out. */
    private static String absolute(String stored, String base) {
        String url = CleanUrl.webOrLocal(stored);
        if (url == null) return null;
        return url.startsWith("/") ? base + url : url;
    }
}
