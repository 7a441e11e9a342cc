package io.newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The page's {@code <h1>}s that can be its headline, and the site's logo text. Many sites put their
 * logo in an {@code <h1>} (a heading whose whole text links to the home page) or repeat the site's
 * name there: such headings name the site, not the article, so the title and the dateline next to
 * the headline must not use them.
 *
 * @param first the first headline-like {@code <h1>}, or null
 * @param count how many headline-like {@code <h1>}s the page has (of its first ten)
 * @param logo the text of the first {@code <h1>} that links home, or null
 */
record Headlines(Element first, int count, String logo) {
    /** A link with an address (parsed once: jsoup parses a query string on every call). */
    static final Evaluator LINK = QueryParser.parse("a[href]");

    /** {@code declaredSite} is the site name the metadata gives (not the logo), or null. */
    static Headlines of(List<Element> h1s, String declaredSite) {
        List<Element> heads = new ArrayList<>();
        String logo = null;
        for (Element e : h1s) {
            String tx = Metadata.clean(e.text());
            if (tx == null) continue;
            if (linksHome(e, tx)) {
                if (logo == null) logo = tx;
                continue;
            }
            if (declaredSite == null || !tx.equalsIgnoreCase(declaredSite)) heads.add(e);
        }
        return new Headlines(heads.isEmpty() ? null : heads.get(0), heads.size(), logo);
    }

    /** The heading's whole text is one link to the site's root ("/"). */
    static boolean linksHome(Element h, String text) {
        Element a = h.selectFirst(LINK);
        if (a == null || !text.equals(Metadata.clean(a.text()))) return false;
        String href = a.attr("href").trim();
        if (href.equals("/") || href.equals("./")) return true;
        try {
            java.net.URI u = java.net.URI.create(AbsoluteUrl.of(a, "href"));
            String path = u.getPath();
            return u.getHost() != null && (path == null || path.isEmpty() || path.equals("/")) && u.getQuery() == null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
