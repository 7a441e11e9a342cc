package io.newsdesk.app.distribute.sitemaps;

import io.newsdesk.app.config.SiteIdentity;
import io.newsdesk.app.content.CleanText;
import io.newsdesk.app.news.SitePaths;
import io.newsdesk.app.store.Stores;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sitemaps: {@code /sitemap.xml} indexes the article sitemaps ({@code /sitemaps/articles-N.xml}, at most
 * {@value #URLS_PER_SITEMAP} URLs each, the protocol's limit) and {@code /sitemaps/pages.xml} (home, sections,
 * authors, outlets); {@code /news-sitemap.xml} lists the articles of the last {@value #NEWS_HOURS} hours (at most
 * {@value #NEWS_MAX}, Google's rules).
 */
public final class Sitemaps {
    public static final int URLS_PER_SITEMAP = 50_000;
    public static final int NEWS_HOURS = 48;
    public static final int NEWS_MAX = 1_000;

    private final SiteIdentity config;
    private final SitemapArticles articles;
    private final Stores stores;
    private final Clock clock;

    public Sitemaps(SiteIdentity config, Stores stores, Clock clock) {
        this.config = config;
        this.articles = new SitemapArticles(stores.jdbi());
        this.stores = stores;
        this.clock = clock;
    }

    public static String articleSitemapPath(int number) {
        return "/sitemaps/articles-" + number + ".xml";
    }

    public static final String PAGES_PATH = "/sitemaps/pages.xml";

    /** The article sitemaps as last counted, and the articles' last change then. */
    private record Counted(long lastChange, List<SitemapArticles.Block> blocks) {}

    private volatile Counted counted = new Counted(-1, List.of());

    /**
     * The article sitemaps, counted again only when an article changed since the last count (a pass over the published
     * articles' index: 225 ms at 1,000,000). The index and each of its sitemaps read them, so a crawler fetching them
     * all after a change pays for one count, and each sitemap starts where its count found it.
     */
    private List<SitemapArticles.Block> blocks() {
        long lastChange = stores.articles().lastChange();
        Counted now = counted;
        if (now.lastChange() != lastChange) {
            now = new Counted(lastChange, articles.blocks(URLS_PER_SITEMAP));
            counted = now;
        }
        return now.blocks();
    }

    public byte[] index() {
        String base = config.publicBaseUrl();
        List<SitemapArticles.Block> blocks = blocks();
        try (SitemapXml xml = SitemapXml.index()) {
            Instant newest = Instant.EPOCH;
            for (SitemapArticles.Block b : blocks) {
                xml.sitemap(base + articleSitemapPath(b.number()), b.lastModified());
                if (b.lastModified().isAfter(newest)) newest = b.lastModified();
            }
            xml.sitemap(base + PAGES_PATH, newest);
            return xml.finish();
        }
    }

    /** Article sitemap {@code number} (from 1); empty past the last one. */
    public Optional<byte[]> articles(int number) {
        List<SitemapArticles.Block> blocks = blocks();
        if (number < 1 || number > blocks.size()) return Optional.empty();
        String base = config.publicBaseUrl();
        try (SitemapXml xml = SitemapXml.urlSet()) {
            int[] count = {0};
            articles.block(blocks.get(number - 1), u -> {
                xml.url(base + u.path(), u.lastModified());
                count[0]++;
            });
            return count[0] == 0 ? Optional.empty() : Optional.of(xml.finish());
        }
    }

    public byte[] pages() {
        String base = config.publicBaseUrl();
        try (SitemapXml xml = SitemapXml.urlSet()) {
            xml.url(base + "/", articles.newestChange());
            articles.listPages(URLS_PER_SITEMAP - 1, u -> xml.url(base + u.path(), u.lastModified()));
            return xml.finish();
        }
    }

    public byte[] news() {
        String base = config.publicBaseUrl();
        Instant since = clock.instant().minus(Duration.ofHours(NEWS_HOURS));
        try (SitemapXml xml = SitemapXml.newsUrlSet()) {
            for (SitemapArticles.News n : articles.publishedSince(since, NEWS_MAX)) {
                xml.newsUrl(base + SitePaths.article(n.slug()), config.siteName(), language(n.language()), n.published(),
                        CleanText.of(n.title()));
            }
            return xml.finish();
        }
    }

    /** Google wants an ISO 639 code: an undetermined language falls back to the site's. */
    private String language(String code) {
        return code == null || code.isBlank() || "und".equals(code) ? config.siteLanguage() : code;
    }
}
