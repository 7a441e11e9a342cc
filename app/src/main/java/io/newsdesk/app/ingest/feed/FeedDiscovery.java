package io.newsdesk.app.ingest.feed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a site's feeds from one of its pages: first what the page declares with {@code <link rel="alternate">},
 * then the well-known paths a caller may try in order when nothing is declared (or to find a sitemap as well).
 */
public final class FeedDiscovery {
    /** Paths tried on the site's root, most common first. */
    public static final List<String> COMMON_PATHS = List.of(
            "/feed", "/rss", "/rss.xml", "/atom.xml", "/feed.xml", "/feed.json", "/index.xml", "/sitemap.xml",
            "/news-sitemap.xml", "/sitemap_news.xml");

    private static final Set<String> FEED_TYPES = Set.of(
            "application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml");

    /** A feed the page declares. */
    public record Candidate(String url, String type, String title) {
    }

    /**
     * @param declared  feeds from link elements, absolute, in page order, without duplicates
     * @param guesses   absolute URLs of {@link #COMMON_PATHS} on the page's site, minus those already declared
     */
    public record Result(List<Candidate> declared, List<String> guesses) {
    }

    private FeedDiscovery() {
    }

    public static Result discover(String html, String pageUrl) {
        Document doc = Jsoup.parse(html == null ? "" : html, pageUrl == null ? "" : pageUrl);
        List<Candidate> declared = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Element link : doc.select("link[rel][href][type]")) {
            boolean alternate = false;
            for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                alternate |= rel.equals("alternate");
            }
            String type = link.attr("type").toLowerCase(Locale.ROOT).strip();
            int semi = type.indexOf(';');
            if (semi >= 0) {
                type = type.substring(0, semi).strip();
            }
            if (!alternate || !FEED_TYPES.contains(type)) {
                continue;
            }
            String url = Texts.absolute(null, link.absUrl("href"));
            if (url != null && seen.add(url)) {
                String title = link.attr("title").strip();
                declared.add(new Candidate(url, type, title.isEmpty() ? null : title));
            }
        }
        List<String> guesses = new ArrayList<>();
        String root = Texts.absolute(pageUrl, "/");
        if (root != null) {
            for (String path : COMMON_PATHS) {
                String url = Texts.absolute(root, path);
                if (url != null && !seen.contains(url)) {
                    guesses.add(url);
                }
            }
        }
        return new Result(List.copyOf(declared), List.copyOf(guesses));
    }
}
