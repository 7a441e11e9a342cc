package io.newsdesk.extract;

import static io.newsdesk.extract.PageScan.metaTag;

import java.util.List;
import java.util.function.Function;

/**
 * The page's canonical address: {@code <link rel=canonical>} (made absolute), else og:url. Syndicated
 * and tracked copies of an article share it, so it identifies the article better than the URL it
 * was fetched from.
 */
final class CanonicalUrl {
    private CanonicalUrl() {}

    // where the page names its canonical address, best first
    private static final List<Function<PageScan, String>> SOURCES = List.of(PageScan::canonicalLink, metaTag("og:url"));

    static String of(PageScan page) {
        return page.first(SOURCES);
    }
}
