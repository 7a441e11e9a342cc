package io.newsdesk.extract;

import static io.newsdesk.extract.Metadata.clean;
import static io.newsdesk.extract.PageScan.metaTag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The article's title. The page's single visible headline is what readers see, while metadata
 * titles are often rewritten for search engines and carry the site's name; so a lone {@code <h1>}
 * that looks like a headline wins, unless it names none of the metadata titles and another
 * heading shows one (then the {@code <h1>} is a rubric or a teaser). Without such an {@code <h1>},
 * the first metadata title (in {@link #NAMED_TITLES} order), then the {@code <h1>} and the
 * {@code <title>} give it, less a " | Site" / " - Site" suffix; an early {@code <h2>} that the
 * metadata title only qualifies ("Heading (2021/5)") is the title then. A first part naming the site
 * ("Site » Blog » Title") goes; a short last part stays when the {@code <title>} shows it before the
 * site's name, and the {@code <title>} gives the title whole when a quotation mark cut the meta one.
 * Sources that agree win: the part of a several-part title that a heading shows, a heading that the
 * {@code <title>} names over a first {@code <h1>} that is not it, the {@code <h1>} child that the
 * metadata's "Kicker: Headline" names.
 */
final class Title {
    private Title() {}

    // the titles the page's metadata names, best first
    private static final List<Function<PageScan, String>> NAMED_TITLES = List.of(
            Title::jsonLdHeadline, page -> text(page.itemprop("headline")), metaTag("og:title"), metaTag("twitter:title"),
            metaTag("dc.title"));
    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " // "};
    // what joins a kicker element's text to the headline's in a metadata title
    private static final String[] KICKER_SEPARATORS = {" | ", " - ", " – ", " — ", ": ", " · ", " // "};
    // "Kicker: Headline": a short label before the headline proper
    private static final Pattern KICKER = Pattern.compile("^([^:]{2,60}):\\s+(.{10,})$");
    // boxes of other content whose headings name other articles
    private static final Pattern OTHER_CONTENT = Pattern.compile("(?i)comment|related|more|teaser|recommend|sidebar|aside");
    // what a metadata title adds to the visible headline: " (2021/5)", ": Teil 2", " – Interview"
    private static final Pattern QUALIFIER = Pattern.compile("^(?: \\(|: | [–—-] )");

    /** {@code site} is the site's name ({@link SiteName}), or null. */
    static String of(PageScan page, Headlines headlines, String site) {
        Element h1 = headlines.first();
        String h1Text = h1 != null && headlines.count() <= 2 ? clean(h1.text()) : null;
        // one <h1> that looks like a headline (several words)
        boolean h1Good = h1Text != null && headlines.count() == 1 && h1Text.length() >= 15 && h1Text.length() <= 250
                && h1Text.indexOf(' ') > 0;
        if (h1Good) return fromHeadline(page, h1, h1Text, site);
        String t = fromMetadata(page, h1Text, site);
        if (h1Text != null && runIntoSiteName(t, h1Text, site, headlines.logo())) return h1Text;
        // a title that names only sections ("Swimming - News - Swimming"): the dated heading is the headline
        if (namesOnlySections(t)) {
            DatedHeading dated = DatedHeading.first(page.headings());
            if (dated != null) return clean(dated.heading().text());
        }
        return t;
    }

    /** A title of several parts that are each one word: a path of sections ("Sport - Aktuelles"), not a headline. */
    private static boolean namesOnlySections(String title) {
        if (title == null) return false;
        List<String> parts = parts(title, null, null);
        if (parts.size() < 2) return false;
        for (String p : parts) if (p.indexOf(' ') >= 0) return false;
        return true;
    }

    /**
     * The metadata title is the {@code <h1>}'s text run into the site's name or its logo's text, with no
     * separator between them ("Truckwash A31Site tagline | Site tagline", a theme that glues the blog's
     * description to the post's name): the {@code <h1>} holds the title alone.
     */
    private static boolean runIntoSiteName(String title, String h1Text, String site, String logo) {
        if (title == null || title.length() <= h1Text.length() || !title.regionMatches(true, 0, h1Text, 0, h1Text.length())) return false;
        String rest = title.substring(h1Text.length()).strip();
        boolean glued = false;
        for (String name : new String[] {site, logo}) {
            if (name != null && name.length() >= 4 && rest.regionMatches(true, 0, name, 0, name.length())) glued = true;
        }
        if (!glued) return false;
        // nothing but the site's names follows (" | Site tagline" repeated): no headline words are lost
        String left = rest.toLowerCase(Locale.ROOT);
        for (String name : new String[] {site, logo}) if (name != null && name.length() >= 4) left = left.replace(name.toLowerCase(Locale.ROOT), "");
        return left.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static String fromHeadline(PageScan page, Element h1, String h1Text, String site) {
        String ldHeadline = jsonLdHeadline(page), ogTitle = page.meta("og:title");
        // a headline with a kicker or a date line inside the <h1>: the metadata title names the headline part
        List<String> titles = withDocumentTitle(page, site, stripSiteSuffix(clean(ldHeadline), site, null),
                stripSiteSuffix(clean(ogTitle), site, null));
        String part = headlinePart(h1, titles);
        if (part != null) return part;
        // a kicker in an element of its own at the start of the <h1>, which the metadata shows as a part of its own
        String rest = afterLeadingKicker(h1, h1Text, titles);
        if (rest != null) return rest;
        List<String> metaTitles = metaTitles(site, ldHeadline, ogTitle, page.meta("twitter:title"));
        // an <h1> that no metadata title names is a rubric or a teaser when another heading shows a metadata title
        String other = agrees(h1Text, metaTitles) ? null : confirmedHeading(page.headings(), h1, metaTitles);
        // the visible headline carries no site name: only an exact site-name suffix is removed
        return other != null ? other : stripExactSite(h1Text, site);
    }

    private static String fromMetadata(PageScan page, String h1Text, String site) {
        String docTitle = documentTitle(page);
        String named = page.first(NAMED_TITLES);
        // without a metadata title, a heading that the <title> names beats a first <h1> that is not it (a logo, a rubric)
        if (named == null && docTitle != null && h1Text != null && !agrees(h1Text, List.of(docTitle))) {
            String shown = confirmedHeading(page.headings(), null, List.of(stripSiteSuffix(docTitle, site, null)));
            if (shown != null) h1Text = shown;
        }
        String t = clean(Metadata.first(named, h1Text, docTitle));
        String full = stripExactSite(docTitle, site);
        // a metadata title cut short by a quotation mark that ended its attribute: the <title> has it whole
        if (t != null && full != null && full.length() > t.length() + 1 && full.startsWith(t) && full.substring(t.length()).strip().startsWith("\""))
            t = full;
        // the <title> shows the title's last part before the site's name: that part is the title's, not a site's
        String title = t != null && t.equalsIgnoreCase(full) && !full.equalsIgnoreCase(docTitle) ? t : stripSiteSuffix(t, site, h1Text);
        title = withoutSite(title, site, page.url());
        // "Site - Section » Headline": the part a heading of the page shows
        String part = partShownAsHeading(title, page.headings(), site, page.url());
        if (part != null) return part;
        // the article's visible heading is the metadata title less a qualifier
        String h2 = qualifiedHeading(page.headings(), title);
        return h2 != null ? h2 : title;
    }

    /**
     * The {@code <title>}'s text. A page that prints text before its {@code <html>} (a server warning) has its
     * {@code <title>} parsed into the body, where {@link org.jsoup.nodes.Document#title} does not look.
     */
    private static String documentTitle(PageScan page) {
        String t = clean(page.doc().title());
        if (t != null || page.doc().body() == null) return t;
        for (Element e : page.doc().body().getElementsByTag("title")) {
            if (e.closest("svg") == null) return clean(e.text());
        }
        return null;
    }

    /**
     * The part of a title made of several parts ("Site - Section » Headline") that a heading of the page
     * (outside related and comment boxes) shows: the longest such part that does not name the site, else null.
     */
    private static String partShownAsHeading(String title, List<Element> headings, String site, String url) {
        if (title == null) return null;
        List<String> parts = parts(title, site, url);
        if (parts.size() < 2) return null;
        String best = null;
        for (Element e : headings) {
            String tx = clean(e.text());
            if (tx == null || tx.length() < 10 || (best != null && tx.length() <= best.length())) continue;
            for (String p : parts) if (p.equalsIgnoreCase(tx) && !insideOtherContent(e) && !Headlines.linksHome(e, tx)) best = tx;
        }
        return best;
    }

    /** The parts of a title between separators, without those naming the site; one part when it has no separator. */
    private static List<String> parts(String title, String site, String url) {
        List<String> parts = new ArrayList<>(List.of(title));
        for (String sep : SEPARATORS) {
            List<String> next = new ArrayList<>();
            for (String p : parts) for (String q : p.split(Pattern.quote(sep))) if (!q.isBlank()) next.add(q.trim());
            parts = next;
        }
        if (parts.size() < 2) return parts;
        parts.removeIf(p -> namesSite(p, site, url));
        return parts;
    }

    /** The titles, then the {@code <title>} less the site's name. */
    private static List<String> withDocumentTitle(PageScan page, String site, String... titles) {
        List<String> out = new ArrayList<>();
        for (String t : titles) if (t != null) out.add(t);
        String doc = stripSiteSuffix(documentTitle(page), site, null);
        if (doc != null) out.add(doc);
        // "Kicker: Headline" in the metadata, kicker and headline in elements of their own in the <h1>
        for (int i = 0, n = out.size(); i < n; i++) {
            Matcher k = KICKER.matcher(out.get(i));
            if (k.matches()) out.add(k.group(2));
        }
        return out;
    }

    /**
     * "Site | Title", "Site » Blog » Title": a first part that names the site (its declared name, or
     * the name in its web address) goes, and the title is the last part; so does a last part that
     * names it ("Title | Long Site Name" of longsitename.com), the title then being the rest.
     */
    private static String withoutSite(String t, String site, String url) {
        if (t == null) return null;
        for (String sep : SEPARATORS) {
            int first = t.indexOf(sep);
            if (first <= 0) continue;
            int lastSep = t.lastIndexOf(sep);
            String head = t.substring(0, first).trim(), last = t.substring(lastSep + sep.length()).trim();
            if (last.length() >= 10 && namesSite(head, site, url)) return last;
            String rest = t.substring(0, lastSep).trim();
            if (rest.length() >= 10 && namesSite(last, site, url)) return rest;
        }
        return t;
    }

    private static boolean namesSite(String part, String site, String url) {
        String p = HostNames.letters(part);
        if (p.length() < 3) return false;
        if (site != null && (p.equals(HostNames.letters(site)) || HostNames.letters(site).contains(p) && p.length() >= 4)) return true;
        List<String> hostNames = HostNames.of(url);
        String host = hostNames.isEmpty() ? null : hostNames.get(hostNames.size() - 1); // "bmas" of www.bmas.de
        return host != null && host.length() >= 4 && (p.contains(host) || host.contains(p) && p.length() >= 4);
    }

    private static String jsonLdHeadline(PageScan page) {
        String headline = page.ld().string("headline");
        return headline != null ? headline : page.ld().string("name");
    }

    private static String text(Element e) {
        return e == null ? null : e.hasAttr("content") ? e.attr("content") : e.text();
    }

    /** The metadata title (or the {@code <title>}) when it is the own text or one child's text of the {@code <h1>}, else null. */
    private static String headlinePart(Element h1, List<String> titles) {
        if (h1.childrenSize() == 0) return null;
        List<String> parts = new ArrayList<>();
        String own = clean(h1.ownText());
        if (own != null) parts.add(own);
        for (Element c : h1.children()) {
            String ct = clean(c.text());
            if (ct != null) parts.add(ct);
        }
        for (String m : titles) {
            if (m == null || m.length() < 10) continue;
            for (String p : parts) if (p.equalsIgnoreCase(m)) return m;
        }
        return null;
    }

    /**
     * The {@code <h1>}'s text after its leading element (an overline, a label, a kicker in a {@code <small>}) when
     * a metadata title or the {@code <title>} shows that element and the rest as two parts ("Kicker - Headline",
     * "Kicker | Headline", possibly followed by the site's name): the rest is the headline; else null.
     */
    private static String afterLeadingKicker(Element h1, String h1Text, List<String> titles) {
        Element kicker = leadingElement(h1);
        if (kicker == null) return null;
        String k = clean(kicker.text());
        if (k == null || k.length() > 80 || !h1Text.startsWith(k)) return null;
        String rest = clean(h1Text.substring(k.length()));
        if (rest == null || rest.length() < 10) return null;
        for (String m : titles) {
            if (m == null || !m.regionMatches(true, 0, k, 0, k.length())) continue;
            String after = m.substring(k.length());
            for (String sep : KICKER_SEPARATORS) {
                if (!after.startsWith(sep) || !after.regionMatches(true, sep.length(), rest, 0, rest.length())) continue;
                String tail = after.substring(sep.length() + rest.length());
                if (tail.isBlank() || startsWithSeparator(tail)) return rest;
            }
        }
        return null;
    }

    private static boolean startsWithSeparator(String s) {
        for (String sep : SEPARATORS) if (s.startsWith(sep)) return true;
        return false;
    }

    /** The element, below the heading, that holds the heading's first text; null when the heading itself holds it. */
    private static Element leadingElement(Element h1) {
        Element at = h1;
        outer:
        while (true) {
            for (Node n : at.childNodes()) {
                if (n instanceof TextNode t) {
                    if (!t.isBlank()) return at == h1 ? null : at;
                } else if (n instanceof Element e && !e.text().isBlank()) {
                    at = e;
                    continue outer;
                }
            }
            return null;
        }
    }

    /** The metadata titles without the site's name, each followed by its headline part after a kicker. */
    private static List<String> metaTitles(String site, String... titles) {
        List<String> out = new ArrayList<>();
        for (String t : titles) {
            String c = stripSiteSuffix(clean(t), site, null);
            if (c == null || c.length() < 10) continue;
            out.add(c);
            Matcher k = KICKER.matcher(c);
            if (k.matches()) out.add(k.group(2));
            // "Site - Section - Headline": each long part may be what a heading shows
            List<String> parts = parts(c, site, null);
            if (parts.size() > 1) for (String p : parts) if (p.length() >= 10 && p.indexOf(' ') > 0) out.add(p);
        }
        return out;
    }

    /** The text is, contains, or is part of one of the metadata titles (a kicker, a headline part). */
    private static boolean agrees(String text, List<String> titles) {
        String t = text.toLowerCase(Locale.ROOT);
        for (String m : titles) {
            String l = m.toLowerCase(Locale.ROOT);
            if (l.contains(t) || t.contains(l)) return true;
        }
        return false;
    }

    /** The text of a heading other than the {@code <h1>} that equals a metadata title, else null. */
    private static String confirmedHeading(List<Element> headings, Element h1, List<String> titles) {
        if (titles.isEmpty()) return null;
        for (Element e : headings) {
            if (e == h1) continue;
            String tx = clean(e.text());
            if (tx == null || tx.length() > 250) continue;
            boolean equal = false;
            for (String m : titles) equal |= tx.equalsIgnoreCase(m);
            if (equal && !insideOtherContent(e)) return tx;
        }
        return null;
    }

    static boolean insideOtherContent(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("aside")) return true;
            if (OTHER_CONTENT.matcher(p.className()).find() || OTHER_CONTENT.matcher(p.id()).find()) return true;
        }
        return false;
    }

    /**
     * One of the first {@code <h2>}s when the title is that heading followed by a qualifier and the
     * heading is at least half of it (a short rubric such as "News" is not the headline), else null.
     */
    private static String qualifiedHeading(List<Element> headings, String title) {
        if (title == null) return null;
        int seen = 0;
        for (Element e : headings) {
            if (!e.normalName().equals("h2") || ++seen > 5) continue;
            String tx = clean(e.text());
            if (tx == null || 2 * tx.length() < title.length() || tx.length() >= title.length()) continue;
            if (title.regionMatches(true, 0, tx, 0, tx.length()) && QUALIFIER.matcher(title.substring(tx.length())).find())
                return tx;
        }
        return null;
    }

    /** Removes a " | Site" suffix only when it is the site's name. */
    private static String stripExactSite(String t, String site) {
        if (t == null || site == null) return t;
        for (String sep : SEPARATORS) {
            int i = t.lastIndexOf(sep);
            if (i > 0 && t.substring(i + sep.length()).trim().equalsIgnoreCase(site)) return t.substring(0, i).trim();
        }
        return t;
    }

    /** Drops a trailing (or leading) site-name part: " | Site", " - Site". */
    static String stripSiteSuffix(String t, String site, String h1) {
        if (t == null) return null;
        // the whole site name after a separator, even when the name itself holds a separator
        if (site != null) for (String sep : SEPARATORS) {
            if (t.length() > site.length() + sep.length() && t.regionMatches(true, t.length() - site.length(), site, 0, site.length())
                    && t.startsWith(sep, t.length() - site.length() - sep.length()))
                return t.substring(0, t.length() - site.length() - sep.length()).trim();
        }
        if (h1 != null && t.startsWith(h1) && t.length() > h1.length()) {
            String rest = t.substring(h1.length());
            for (String sep : SEPARATORS) if (rest.startsWith(sep)) return h1;
        }
        for (String sep : SEPARATORS) {
            int i = t.lastIndexOf(sep);
            if (i > 0) {
                String head = t.substring(0, i).trim(), tail = t.substring(i + sep.length()).trim();
                if (site != null && (tail.equalsIgnoreCase(site) || site.toLowerCase(Locale.ROOT).contains(tail.toLowerCase(Locale.ROOT))))
                    return head;
                if (site != null && head.equalsIgnoreCase(site)) return tail;
                // a short last part after a separator is a site name far more often than part of a headline
                if (tail.split(" ").length <= 3 && head.split(" ").length >= 3 && tail.length() < head.length()) return head;
            }
        }
        return t;
    }
}
