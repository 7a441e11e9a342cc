package io.newsdesk.app.ingest.sources;

import io.newsdesk.app.content.CleanText;
import io.newsdesk.app.content.Slugs;
import io.newsdesk.app.ingest.feed.UrlNormalizer;
import io.newsdesk.app.store.Ids;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** The sources table. URLs are stored in canonical form, so a feed reached with tracking parameters is one source. */
public final class SourceStore {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern ID_PREFIX = Pattern.compile("[0-9a-f-]{1,40}");
    private static final RowMapper<Source> MAPPER = (rs, ctx) -> new Source(
            rs.getString("id"), rs.getString("url"), rs.getString("outlet_id"), SourceKind.parse(rs.getString("kind")),
            rs.getString("language"), rs.getString("default_section_id"), rs.getString("section_rules"),
            rs.getInt("fetch_interval_seconds"), ContentPolicy.parse(rs.getString("policy")), rs.getBoolean("translate"),
            rs.getString("body_selector"), rs.getString("remove_selectors"), SourceStatus.parse(rs.getString("status")),
            rs.getString("pause_reason"), instant(rs, "last_fetch_at"), instant(rs, "next_fetch_at"),
            rs.getInt("consecutive_failures"), rs.getString("last_error"), instant(rs, "created_at"), rs.getString("etag"),
            rs.getString("last_modified"), instant(rs, "last_success_at"), rs.getString("link_selector"));

    private final Jdbi jdbi;

    public SourceStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The canonical form of a source URL; only http and https are accepted. */
    public static String canonicalUrl(String url) {
        String c = UrlNormalizer.canonical(url);
        if (!c.startsWith("http://") && !c.startsWith("https://")) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        return c;
    }

    /** {@code scheme://host[:port]} of a URL: the site URL given to an outlet created for a feed. */
    public static String origin(String url) {
        URI u = URI.create(canonicalUrl(url));
        return u.getScheme() + "://" + u.getRawAuthority();
    }

    /**
     * Adds a source, creating its outlet when no outlet of that name exists.
     *
     * @throws DuplicateSourceException when the canonical URL is already a source
     * @throws IllegalArgumentException for an invalid URL, language, interval, section or rule list
     */
    public Source add(NewSource n) {
        String url = canonicalUrl(n.url());
        if (n.kind() == null) throw new IllegalArgumentException("no kind given");
        String language = n.language() == null || n.language().isBlank() ? Source.AUTO_LANGUAGE : n.language().strip();
        if (!language.equals(Source.AUTO_LANGUAGE) && !LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("invalid language '" + n.language() + "' (a tag such as en, de, pt-BR, or auto)");
        }
        int interval = n.fetchIntervalSeconds() == null ? Source.DEFAULT_INTERVAL_SECONDS : n.fetchIntervalSeconds();
        if (interval < 60) throw new IllegalArgumentException("fetch interval must be at least 60 seconds, got " + interval);
        String rules = SectionRules.validate(n.sectionRules());
        // a name from a feed or an OPML file is text: markup in it is taken out before it can reach a page
        String cleanName = CleanText.of(n.outletName());
        String outletName = cleanName.isEmpty() ? hostName(url) : cleanName;
        String bodySelector = blankToNull(n.bodySelector()), removeSelectors = blankToNull(n.removeSelectors());
        return jdbi.inTransaction(h -> {
            Optional<String> existing = h.createQuery("SELECT id FROM sources WHERE url = :url").bind("url", url)
                    .mapTo(String.class).findOne();
            if (existing.isPresent()) throw new DuplicateSourceException(url, existing.get());
            String sectionId = n.defaultSection() == null || n.defaultSection().isBlank() ? null : sectionId(h, n.defaultSection());
            String outletId = outletId(h, outletName, n.outletSiteUrl() == null ? origin(url) : n.outletSiteUrl(),
                    n.outletLanguage() == null || n.outletLanguage().isBlank() ? "und" : n.outletLanguage().strip());
            Source s = new Source(Ids.newId(), url, outletId, n.kind(), language, sectionId, rules, interval,
                    n.policy() == null ? ContentPolicy.EXCERPT : n.policy(), n.translate() == null || n.translate(),
                    bodySelector, removeSelectors, SourceStatus.ACTIVE, null, null, null, 0, null,
                    Instant.ofEpochMilli(System.currentTimeMillis()), null, null, null, blankToNull(n.linkSelector()));
            h.createUpdate("""
                    INSERT INTO sources (id, url, outlet_id, kind, language, default_section_id, section_rules,
                        fetch_interval_seconds, policy, translate, body_selector, remove_selectors, link_selector, status, pause_reason,
                        last_fetch_at, next_fetch_at, consecutive_failures, last_error, created_at)
                    VALUES (:id, :url, :outletId, :kind, :language, :sectionId, :rules, :interval, :policy, :translate,
                        :bodySelector, :removeSelectors, :linkSelector, :status, NULL, NULL, NULL, 0, NULL, :createdAt)""")
                    .bind("id", s.id()).bind("url", s.url()).bind("outletId", s.outletId()).bind("kind", s.kind().label())
                    .bind("language", s.language()).bind("sectionId", s.defaultSectionId()).bind("rules", s.sectionRules())
                    .bind("interval", s.fetchIntervalSeconds()).bind("policy", s.policy().label())
                    .bind("translate", s.translate()).bind("bodySelector", s.bodySelector())
                    .bind("removeSelectors", s.removeSelectors()).bind("linkSelector", s.linkSelector()).bind("status", s.status().label())
                    .bind("createdAt", s.createdAt().toEpochMilli()).execute();
            return s;
        });
    }

    public Optional<Source> byId(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sources WHERE id = :id").bind("id", id).map(MAPPER).findOne());
    }

    /** By any form of its URL (tracking parameters, default port, fragment... are ignored). */
    public Optional<Source> byUrl(String url) {
        String c = canonicalUrl(url);
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sources WHERE url = :url").bind("url", c).map(MAPPER).findOne());
    }

    /**
     * A source by its full id or a prefix of it, as the command line shows ids.
     *
     * @throws IllegalArgumentException when the prefix matches several sources
     */
    public Optional<Source> resolve(String idOrPrefix) {
        String p = idOrPrefix == null ? "" : idOrPrefix.strip().toLowerCase(Locale.ROOT);
        if (!ID_PREFIX.matcher(p).matches()) return Optional.empty();
        List<Source> found = jdbi.withHandle(h -> h.createQuery("SELECT * FROM sources WHERE id LIKE :p ORDER BY id")
                .bind("p", p + "%").map(MAPPER).list());
        if (found.size() > 1) {
            Optional<Source> exact = found.stream().filter(s -> s.id().equals(p)).findFirst();
            if (exact.isPresent()) return exact;
            throw new IllegalArgumentException("id prefix " + p + " matches " + found.size() + " sources; give more of the id");
        }
        return found.stream().findFirst();
    }

    /** All sources, oldest first. */
    public List<Source> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sources ORDER BY created_at, id").map(MAPPER).list());
    }

    /** Active sources whose next fetch is due at {@code nowMillis}, never fetched ones first. */
    public List<Source> due(long nowMillis) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM sources WHERE status = 'active' AND (next_fetch_at IS NULL OR next_fetch_at <= :now)
                        ORDER BY COALESCE(next_fetch_at, 0), id""")
                .bind("now", nowMillis).map(MAPPER).list());
    }

    /** Pauses a source with the reason shown in listings; returns false when there is no such source. */
    public boolean pause(String id, String reason) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE sources SET status = 'paused', pause_reason = :reason WHERE id = :id")
                .bind("id", id).bind("reason", blankToNull(reason)).execute()) == 1;
    }

    /** Makes a source active again, clearing the pause reason and the failure count so it is fetched soon. */
    public boolean resume(String id) {
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE sources SET status = 'active', pause_reason = NULL, consecutive_failures = 0, next_fetch_at = NULL
                WHERE id = :id""").bind("id", id).execute()) == 1;
    }

    /**
     * Replaces what an editor may change (see {@link SourceEdit}), checked as when a source is added, plus the CSS
     * selectors parsed; returns false when there is no such source.
     *
     * @throws IllegalArgumentException with the reason for a bad interval, language, section, rule list or selector
     */
    public boolean update(String id, SourceEdit e) {
        String language = e.language() == null || e.language().isBlank() ? Source.AUTO_LANGUAGE : e.language().strip();
        if (!language.equals(Source.AUTO_LANGUAGE) && !LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("invalid language '" + e.language() + "' (a tag such as en, de, pt-BR, or auto)");
        }
        if (e.fetchIntervalSeconds() < 60) {
            throw new IllegalArgumentException("fetch interval must be at least 60 seconds, got " + e.fetchIntervalSeconds());
        }
        String rules = SectionRules.validate(e.sectionRules());
        String body = selector("body selector", e.bodySelector()), remove = selector("remove selectors", e.removeSelectors());
        String links = selector("link selector", e.linkSelector());
        return jdbi.inTransaction(h -> {
            String sectionId = e.defaultSection() == null || e.defaultSection().isBlank() ? null : sectionId(h, e.defaultSection());
            return h.createUpdate("""
                    UPDATE sources SET policy = :policy, fetch_interval_seconds = :interval, language = :language,
                        default_section_id = :sectionId, section_rules = :rules, translate = :translate,
                        body_selector = :body, remove_selectors = :remove, link_selector = :links WHERE id = :id""")
                    .bind("id", id).bind("policy", Objects.requireNonNull(e.policy(), "policy").label())
                    .bind("interval", e.fetchIntervalSeconds()).bind("language", language).bind("sectionId", sectionId)
                    .bind("rules", rules).bind("translate", e.translate()).bind("body", body).bind("remove", remove)
                    .bind("links", links).execute() == 1;
        });
    }

    /** A CSS selector as jsoup reads it, or null for blank. */
    private static String selector(String what, String css) {
        String c = blankToNull(css);
        if (c == null) return null;
        c = c.strip();
        if (c.length() > 1000) throw new IllegalArgumentException("the " + what + " is longer than 1,000 characters");
        try {
            org.jsoup.select.QueryParser.parse(c);
        } catch (IllegalArgumentException | IllegalStateException ex) {
            throw new IllegalArgumentException("the " + what + " is not a CSS selector: " + ex.getMessage());
        }
        return c;
    }

    public boolean remove(String id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM sources WHERE id = :id").bind("id", id).execute()) == 1;
    }

    /** The name of a source's outlet. */
    public String outletName(String outletId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT name FROM outlets WHERE id = :id").bind("id", outletId)
                .mapTo(String.class).findOne().orElse(outletId));
    }

    /** The site URL of a source's outlet (null when unknown). */
    public String outletSiteUrl(String outletId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT site_url FROM outlets WHERE id = :id").bind("id", outletId)
                .mapTo(String.class).findOne().orElse(null));
    }

    /** The slug of a section (null for a null id). */
    public String sectionSlug(String sectionId) {
        if (sectionId == null) return null;
        return jdbi.withHandle(h -> h.createQuery("SELECT slug FROM sections WHERE id = :id").bind("id", sectionId)
                .mapTo(String.class).findOne().orElse(null));
    }

    private static String sectionId(Handle h, String nameOrSlug) {
        String key = nameOrSlug.strip();
        return h.createQuery("SELECT id FROM sections WHERE slug = :slug OR LOWER(name) = :name ORDER BY position, id")
                .bind("slug", key.toLowerCase(Locale.ROOT)).bind("name", key.toLowerCase(Locale.ROOT))
                .mapTo(String.class).findFirst()
                .or(() -> h.createQuery("SELECT id FROM sections WHERE slug = :slug").bind("slug", Slugs.of(key))
                        .mapTo(String.class).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("no section named '" + key + "'"));
    }

    /** The outlet of that name (or slug), created when missing. */
    private static String outletId(Handle h, String name, String siteUrl, String language) {
        String slug = Slugs.of(name);
        if (slug == null || slug.isEmpty()) slug = Slugs.of(hostName(siteUrl));
        Optional<String> found = h.createQuery("SELECT id FROM outlets WHERE slug = :slug OR name = :name ORDER BY id")
                .bind("slug", slug).bind("name", name).mapTo(String.class).findFirst();
        if (found.isPresent()) return found.get();
        String id = Ids.newId();
        h.createUpdate("INSERT INTO outlets (id, slug, name, site_url, language) VALUES (:id, :slug, :name, :site, :lang)")
                .bind("id", id).bind("slug", slug).bind("name", name).bind("site", siteUrl).bind("lang", language).execute();
        return id;
    }

    /** The host of a URL without "www.": an outlet's name when its feed gives none. */
    public static String hostName(String url) {
        String host = URI.create(url).getHost();
        if (host == null) return url;
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
