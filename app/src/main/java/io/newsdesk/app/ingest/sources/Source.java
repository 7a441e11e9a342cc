package io.newsdesk.app.ingest.sources;

import java.time.Instant;
import java.util.Objects;

/**
 * A feed, sitemap or section page that articles are imported from.
 *
 * @param url                  canonical URL (see {@link io.newsdesk.app.ingest.feed.UrlNormalizer}); unique
 * @param language             a declared language tag, or {@code auto} to detect it per article
 * @param defaultSectionId     section for articles no rule matches (nullable)
 * @param sectionRules         JSON array of rules by feed category or URL pattern (nullable), see {@link SectionRules}
 * @param bodySelector         extraction hint: CSS selector of the article body (nullable)
 * @param removeSelectors      extraction hint: CSS selector list of parts to remove (nullable)
 * @param lastFetchAt          health: last fetch attempt (nullable)
 * @param nextFetchAt          health: when the scheduler fetches next (nullable: as soon as possible)
 * @param consecutiveFailures  health: failures since the last success
 * @param lastError            health: the last failure's recorded cause (nullable)
 * @param etag                 validator of the last successful fetch, sent as If-None-Match (nullable)
 * @param lastModified         validator of the last successful fetch, sent as If-Modified-Since (nullable)
 * @param lastSuccessAt        health: the last fetch that worked (nullable)
 * @param linkSelector         for an HTML section page: CSS selector of the article links (nullable: headline links)
 */
public record Source(
        String id,
        String url,
        String outletId,
        SourceKind kind,
        String language,
        String defaultSectionId,
        String sectionRules,
        int fetchIntervalSeconds,
        ContentPolicy policy,
        boolean translate,
        String bodySelector,
        String removeSelectors,
        SourceStatus status,
        String pauseReason,
        Instant lastFetchAt,
        Instant nextFetchAt,
        int consecutiveFailures,
        String lastError,
        Instant createdAt,
        String etag,
        String lastModified,
        Instant lastSuccessAt,
        String linkSelector) {

    public static final int DEFAULT_INTERVAL_SECONDS = 900;
    public static final String AUTO_LANGUAGE = "auto";

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(outletId, "outletId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
