package io.newsdesk.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Page metadata from the sources a news page offers. For each field the first source that gives
 * a usable value wins, in this order of precedence:
 * <ol>
 *   <li><b>JSON-LD</b>: the first object typed as an article ({@code NewsArticle}, {@code Article},
 *       {@code BlogPosting}, {@code ReportageNewsArticle} and kin), found at top level, in arrays or
 *       in {@code @graph}: headline, author, datePublished/dateCreated, dateModified, publisher,
 *       image, keywords, articleSection, inLanguage;</li>
 *   <li><b>microdata</b> ({@code itemprop}): headline, author, datePublished, dateModified;</li>
 *   <li><b>OpenGraph and article:*</b> meta: og:title, article:author, article:published_time,
 *       article:modified_time, og:site_name, og:url, og:image, og:locale, article:tag, article:section;</li>
 *   <li><b>other meta</b>: twitter:*, author, date/pubdate/publishdate, dc.* and dcterms.*,
 *       parsely-*, sailthru.*, citation_*, keywords, content-language;</li>
 *   <li><b>{@code <time datetime>}</b> elements (one marked pubdate or inside the article first);</li>
 *   <li><b>visible bylines</b> (elements whose class, id or rel names an author or byline; "By …");</li>
 *   <li><b>URL date patterns</b> (/2024/05/17/, /20240517/) and finally visible date text near
 *       the byline.</li>
 * </ol>
 * The title falls back to the page's {@code <h1>} and then {@code <title>}; a trailing
 * " | Site" / " - Site" suffix is removed. A single {@code <h1>} wins over metadata titles unless
 * it names none of them and another heading shows one; without a usable {@code <h1>}, an early
 * {@code <h2>} that the metadata title only qualifies ("Heading (2021/5)") is the title. A UTC
 * publication time takes the offset of the page's local date-time when the page shows one. Language: {@code <html lang>}, og:locale,
 * content-language, JSON-LD inLanguage. Canonical URL: {@code link rel=canonical}, og:url.
 */
final class Metadata {
    String title, siteName, canonicalUrl, language, section;
    List<String> authors = List.of();
    List<String> tags = List.of();
    OffsetDateTime published, modified;
    String imageUrl, imageCaption, imageCredit;

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
            "backgroundnewsarticle", "askpublicnewsarticle", "scholarlyarticle", "techarticle",
            "liveblogposting", "report", "socialmediaposting", "posting", "review", "satiricalarticle");
    private static final Pattern BYLINE_HINT = Pattern.compile("(?i)byline|author|autor|writer|reporter|creator");
    private static final Pattern DATE_HINT = Pattern.compile("(?i)date|time|publish|datum|posted|meta|byline");
    private static final Pattern BY_PREFIX = Pattern.compile(
            "(?iu)^\\s*(?:(?:written|posted|reported|text|story|words|photos?)\\s+)?(?:by|von|par|por|di|da|de|door|av|af|text:|autor(?:in)?:?|author:?|auteur:?|texto:?)\\s*:?\\s+");
    private static final Pattern POSTED_BY = Pattern.compile("(?iu)^(?:posted|published|veröffentlicht|publié|publicado)\\b.*?\\b(?:by|von|par|por)\\s+(.+)$");
    private static final Pattern CREDIT_PART = Pattern.compile("(?iu)[\\s,;|]+(?:illustrations?|fotos?|photos?|photography|bilder?|grafiken?|images?)\\s*(?:von|by|:).*$");
    private static final Pattern ROLE = Pattern.compile(
            "(?iu)\\b(?:staff|senior|chief|contributing|associate|deputy|managing)?\\s*(?:writer|reporter|editor|correspondent|columnist|journalist|contributor|redakteur(?:in)?|korrespondent(?:in)?)s?\\b.*$");

    private static final Pattern MONTH_DATE = Pattern.compile("(?i)[\\s,\\-–|]*\\b(?:on\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember)[a-z]*\\.?\\s+\\d{1,2}\\b.*$");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)posted(?: on)?|no author|admin|wordpressadmin|administrator|"
            + "editor|editors|unknown|anonymous|guest|user|webmaster|team");

    private static final Set<String> BYLINE_TAGS = Set.of("span", "p", "div", "small", "em", "strong", "address", "li", "b", "i");
    // "By", "Von", "Text von", "Autorin:" … at the start of a short line
    private static final String BYLINE_WORD = "(?:(?:[Tt]ext|[Ss]tory|[Ww]ords|[Ww]ritten)\\s+)?(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\\b|(?:Autor(?:in)?|Author|Auteur|Autore|Text)\\s*:";
    private static final Pattern VISIBLE_BYLINE_START = Pattern.compile("^[\\s\\u00a0]*(?:" + BYLINE_WORD + ")");
    // then a capitalised name of two or more words, lower-case particles allowed ("Jose de la Cruz")
    private static final Pattern VISIBLE_BYLINE = Pattern.compile("^\\s*(?:" + BYLINE_WORD + ")\\s*\\p{Lu}\\p{L}+"
            + "(?:\\s+(?:de|la|le|da|di|del|dos|das|du|van|von|der|den|ten|ter|y|e)){0,3}\\s+\\p{Lu}");
    private static final Pattern AUTHOR_LABEL = Pattern.compile("(?iu)\\s*(?:autor(?:in|en)?|author|authors|auteur|autore|verfasser(?:in)?)\\s*:?\\s*");
    private static final Pattern PARTICLE = Pattern.compile("de|la|le|da|di|del|dos|das|du|van|von|der|den|ten|ter|y|e|bin|al|el");

    static Metadata of(Document doc, String url) {
        Metadata md = new Metadata();
        try {
            md.collect(doc, url);
        } catch (RuntimeException e) {
            // metadata is best effort: whatever was found before the error is kept
        }
        return md;
    }

    private final Map<String, String> meta = new HashMap<>();
    // byline/date flags of class, id and rel values, shared by all pages (values repeat across a site's pages)
    private static final java.util.concurrent.ConcurrentHashMap<String, Integer> HINT_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private static int cachedHint(String v) {
        if (v.isEmpty()) return 0;
        Integer f = HINT_CACHE.get(v);
        if (f == null) {
            f = hintFlags(v);
            if (HINT_CACHE.size() > 50_000) HINT_CACHE.clear();
            HINT_CACHE.put(v, f);
        }
        return f;
    }
    private final Map<String, List<String>> multi = new HashMap<>();
    private Map<String, Object> ld;
    private final List<String> orgNames = new ArrayList<>(); // organisations named in JSON-LD
    private List<String> droppedOrgs = List.of(); // publisher names given as authors (the last resort)
    private String ldPublisher;

    private void collect(Document doc, String url) {
        List<Element> ldScripts = new ArrayList<>();
        List<Element> times = new ArrayList<>();
        List<Element> bylines = new ArrayList<>();
        List<Element> dateHints = new ArrayList<>();
        Map<String, Element> itemprops = new HashMap<>();
        List<Element> itempropAuthors = new ArrayList<>();
        List<Element> h1s = new ArrayList<>();
        List<Element> headings = new ArrayList<>(); // h1-h3 and itemprop=headline, in page order
        String canonical = null;
        int count = 0;
        for (Element el : doc.getAllElements()) {
            if (++count > 200_000) break;
            String tag = el.normalName();
            switch (tag) {
                case "meta" -> {
                    String key = el.hasAttr("property") ? el.attr("property")
                            : el.hasAttr("name") ? el.attr("name")
                            : el.hasAttr("itemprop") ? el.attr("itemprop") : el.attr("http-equiv");
                    String content = el.attr("content").trim();
                    if (!key.isEmpty() && !content.isEmpty()) {
                        key = key.toLowerCase(Locale.ROOT).trim();
                        meta.putIfAbsent(key, content);
                        multi.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
                    }
                    continue;
                }
                case "script" -> {
                    if (el.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) ldScripts.add(el);
                    continue;
                }
                case "link" -> {
                    if (canonical == null && el.attr("rel").equalsIgnoreCase("canonical")) canonical = el.absUrl("href");
                    continue;
                }
                case "time" -> times.add(el);
                case "h1" -> {
                    if (h1s.size() < 10) h1s.add(el);
                }
                default -> { }
            }
            String ip = el.hasAttr("itemprop") ? el.attr("itemprop").toLowerCase(Locale.ROOT) : "";
            boolean heading = el.normalName().equals("h1") || el.normalName().equals("h2") || el.normalName().equals("h3")
                    || ip.equals("headline");
            if (heading && headings.size() < 200) headings.add(el);
            if (!ip.isEmpty()) {
                itemprops.putIfAbsent(ip, el);
                if (ip.equals("author") || ip.equals("creator")) itempropAuthors.add(el);
            }
            String cls = el.className();
            String id = el.id();
            String rel = el.attr("rel");
            if ((!cls.isEmpty() || !id.isEmpty() || !rel.isEmpty()) && (bylines.size() < 20 || dateHints.size() < 30)) {
                int f = cachedHint(cls) | cachedHint(id) | cachedHint(rel);
                if (bylines.size() < 20 && (f & 1) != 0) bylines.add(el);
                if (dateHints.size() < 30 && (f & 2) != 0) dateHints.add(el);
            }
        }
        for (Element s : ldScripts) readJsonLd(s.data());
        String ldHeadline = ldString("headline");
        if (ldHeadline == null) ldHeadline = ldString("name");

        // site name
        siteName = first(meta.get("og:site_name"), ldPublisher, meta.get("application-name"), meta.get("twitter:site"));
        if (siteName != null && siteName.startsWith("@")) siteName = null;

        // title
        // an <h1> that only repeats the site's name is the logo, not the headline
        List<Element> heads = new ArrayList<>();
        String logo = null;
        for (Element e : h1s) {
            String tx = clean(e.text());
            if (tx == null) continue;
            // a heading that links to the home page is the site's logo: it names the site
            if (linksHome(e, tx)) {
                if (logo == null) logo = tx;
                continue;
            }
            if (siteName == null || !tx.equalsIgnoreCase(siteName)) heads.add(e);
        }
        if (siteName == null) siteName = logo;
        Element h1 = heads.isEmpty() ? null : heads.get(0);
        int h1Count = heads.size();
        String h1Text = h1 != null && h1Count <= 2 ? clean(h1.text()) : null;
        String docTitle = clean(doc.title());
        // the page's single visible headline is what readers see; metadata titles are often rewritten for SEO,
        // so the <h1> wins when it is one of a kind and looks like a headline (several words)
        boolean h1Good = h1Text != null && h1Count == 1 && h1Text.length() >= 15 && h1Text.length() <= 250
                && h1Text.indexOf(' ') > 0;
        String t;
        if (h1Good) {
            // a headline with a kicker or a date line inside the <h1>: the metadata title names the headline part
            String part = headlinePart(h1, stripSiteSuffix(clean(ldHeadline), siteName, null),
                    stripSiteSuffix(clean(meta.get("og:title")), siteName, null));
            // the visible headline carries no site name: only an exact site-name suffix is removed
            title = part != null ? part : stripExactSite(h1Text, siteName);
            // an <h1> that no metadata title names is a rubric or a teaser when another heading shows a metadata title
            List<String> metaTitles = metaTitles(siteName, ldHeadline, meta.get("og:title"), meta.get("twitter:title"));
            if (part == null && !agrees(h1Text, metaTitles)) {
                String other = confirmedHeading(headings, h1, metaTitles);
                if (other != null) title = other;
            }
        } else {
            t = first(ldHeadline, text(itemprops.get("headline")), meta.get("og:title"),
                    meta.get("twitter:title"), meta.get("dc.title"), h1Text, docTitle);
            title = stripSiteSuffix(clean(t), siteName, h1Text);
            // without a usable <h1>, the article's visible heading is the metadata title less a qualifier
            String h2 = qualifiedHeading(headings, title);
            if (h2 != null) title = h2;
        }

        // authors
        List<String> a = notPublisher(ldAuthors());
        if (a.isEmpty()) for (Element e : itempropAuthors) a.addAll(splitAuthors(microdataName(e)));
        a = notPublisher(a);
        if (a.isEmpty()) for (String key : List.of("article:author", "author", "parsely-author", "sailthru.author",
                "dc.creator", "dcterms.creator", "byl", "citation_author", "twitter:creator")) {
            List<String> vals = multi.get(key);
            if (vals == null) continue;
            for (String v : vals) if (!v.startsWith("http") && !v.startsWith("@")) a.addAll(splitAuthors(v));
            a = notPublisher(a);
            if (!a.isEmpty()) break;
        }
        if (a.isEmpty()) for (Element e : bylines) {
            String tx = e.text();
            if (tx.length() > 3 && tx.length() < 120) {
                a.addAll(splitAuthors(tx));
                if (!a.isEmpty()) break;
            }
        }
        // visible byline text: a short line starting with "By"/"Von"/"Par"/"Por" and a capitalised name
        if (a.isEmpty()) {
            int seen = 0;
            for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
                if (++seen > 5000) break;
                if (!BYLINE_TAGS.contains(e.normalName())) continue;
                org.jsoup.nodes.Node firstChild = e.childNodeSize() == 0 ? null : e.childNode(0);
                if (!(firstChild instanceof org.jsoup.nodes.TextNode tn)) continue;
                String own = tn.getWholeText();
                if (own.length() > 200 || own.isBlank() || !VISIBLE_BYLINE_START.matcher(own).find()) continue;
                String full = e.text();
                if (full.length() <= 100 && VISIBLE_BYLINE.matcher(Dates.spaces(full)).find()) {
                    a.addAll(visibleNames(full));
                    if (!a.isEmpty()) break;
                }
            }
        }
        // a label element ("Autor", "Author") followed by the name in the next element
        if (a.isEmpty()) {
            int seen = 0;
            for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
                if (++seen > 5000) break;
                if (e.childrenSize() > 0) continue;
                String label = e.text();
                if (label.length() > 14 || !AUTHOR_LABEL.matcher(label).matches()) continue;
                Element next = e.nextElementSibling();
                if (next != null && next.text().length() <= 80) a.addAll(visibleNames(next.text()));
                if (!a.isEmpty()) break;
            }
        }
        // the publisher is the author only when the page names no one else
        if (a.isEmpty()) a.addAll(droppedOrgs);
        authors = List.copyOf(new LinkedHashSet<>(a));

        // dates
        published = firstDate(ldString("datePublished"), ldString("dateCreated"), attrDate(itemprops.get("datepublished")),
                meta.get("datepublished"),
                meta.get("article:published_time"), meta.get("og:published_time"), meta.get("article:published"),
                meta.get("published_time"), meta.get("pubdate"), meta.get("publishdate"), meta.get("publish-date"),
                meta.get("publication_date"), meta.get("date"), meta.get("dc.date"), meta.get("dc.date.issued"),
                meta.get("dcterms.created"), meta.get("dcterms.date"), meta.get("dcterms.issued"), meta.get("parsely-pub-date"),
                meta.get("sailthru.date"), meta.get("citation_publication_date"), meta.get("citation_date"),
                meta.get("article.published"), meta.get("date.available"));
        // a full date in the URL path, then a "published on" label written for readers
        if (published == null) published = Dates.fromUrl(url);
        if (published == null) published = VisibleDates.labelled(doc.body(), 20_000);
        if (published == null) {
            for (Element tm : times) {
                if (tm.hasAttr("pubdate") || tm.closest("article") != null || DATE_HINT.matcher(tm.className()).find()) {
                    published = Dates.parse(tm.attr("datetime"));
                    if (published == null) published = Dates.parseText(tm.text());
                    if (published != null) break;
                }
            }
        }
        if (published == null) for (Element tm : times) {
            published = Dates.parse(tm.attr("datetime"));
            if (published != null) break;
        }
        // a dateline next to the headline
        if (published == null) published = VisibleDates.nearHeadline(h1, doc.body(), 20_000);
        if (published == null) for (Element e : dateHints) {
            String tx = e.text();
            if (tx.length() < 200) published = Dates.parseText(tx);
            if (published != null) break;
        }
        published = localOffset(Dates.localMidnight(published), times, h1, doc.body());
        modified = firstDate(ldString("dateModified"), attrDate(itemprops.get("datemodified")), meta.get("datemodified"),
                meta.get("article:modified_time"), meta.get("og:updated_time"), meta.get("article:modified"),
                meta.get("dcterms.modified"), meta.get("last-modified"));

        // canonical, language
        canonicalUrl = first(canonical, meta.get("og:url"));
        String lang = doc.selectFirst("html") != null ? doc.selectFirst("html").attr("lang") : "";
        language = first(lang, meta.get("og:locale"), meta.get("content-language"), meta.get("language"),
                meta.get("dc.language"), ldString("inLanguage"));
        if (language != null) language = language.replace('_', '-').split("[,;\\s]")[0];

        // lead image
        imageUrl = first(ldImage(), meta.get("og:image"), meta.get("og:image:url"), meta.get("twitter:image"),
                meta.get("twitter:image:src"));
        if (imageUrl != null) imageUrl = absolute(doc, imageUrl);

        // tags and section
        LinkedHashSet<String> tg = new LinkedHashSet<>();
        if (multi.containsKey("article:tag")) for (String v : multi.get("article:tag")) addTags(tg, v);
        if (tg.isEmpty()) {
            Object kw = ld == null ? null : ld.get("keywords");
            if (kw instanceof String s) addTags(tg, s);
            else if (kw instanceof List<?> l) for (Object o : l) if (o instanceof String s) addTags(tg, s);
        }
        if (tg.isEmpty()) addTags(tg, first(meta.get("news_keywords"), meta.get("keywords"), meta.get("parsely-tags"),
                meta.get("sailthru.tags")));
        tags = List.copyOf(tg);
        Object sec = ld == null ? null : ld.get("articleSection");
        if (sec instanceof List<?> l && !l.isEmpty()) sec = l.get(0);
        section = first(meta.get("article:section"), sec instanceof String s ? s : null, meta.get("parsely-section"),
                meta.get("sailthru.section"));
    }

    /**
     * A UTC publication time whose instant a {@code <time datetime>} of the page repeats with the
     * site's own offset takes that offset: the day readers saw is the local one. Without one, a
     * date-time written on the page in local time gives the offset (a UTC time of day only: a
     * date-only value has no instant to compare).
     */
    private static OffsetDateTime localOffset(OffsetDateTime d, List<Element> times, Element h1, Element body) {
        if (d == null || !d.getOffset().equals(java.time.ZoneOffset.UTC)) return d;
        for (Element tm : times) {
            OffsetDateTime t = Dates.parse(tm.attr("datetime"));
            if (t != null && !t.getOffset().equals(java.time.ZoneOffset.UTC) && t.toInstant().equals(d.toInstant()))
                return t;
        }
        if (d.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) return d;
        OffsetDateTime shown = VisibleDates.localTime(d, h1, body, 5_000);
        return shown != null ? shown : d;
    }

    private static final String[] BYLINE_WORDS = {"byline", "author", "autor", "auteur", "writer", "reporter", "creator", "verfasser"};
    private static final String[] DATE_WORDS = {"date", "time", "publish", "datum", "posted", "meta", "byline"};

    private static int hintFlags(String hint) {
        String h = hint.toLowerCase(Locale.ROOT);
        int f = 0;
        for (String w : BYLINE_WORDS) if (h.contains(w)) { f |= 1; break; }
        for (String w : DATE_WORDS) if (h.contains(w)) { f |= 2; break; }
        return f;
    }

    private static void addTags(Set<String> out, String v) {
        if (v == null) return;
        for (String p : v.split(",")) {
            String c = p.trim();
            if (!c.isEmpty() && c.length() < 80 && out.size() < 50) out.add(c);
        }
    }

    private static String absolute(Document doc, String u) {
        try {
            String base = doc.location();
            if (base == null || base.isEmpty()) return u;
            return java.net.URI.create(base).resolve(u.trim().replace(" ", "%20")).toString();
        } catch (RuntimeException e) {
            return u;
        }
    }

    private static String attrDate(Element e) {
        if (e == null) return null;
        for (String a : new String[] {"content", "datetime", "value"}) if (e.hasAttr(a)) return e.attr(a);
        return e.text();
    }

    private static String text(Element e) {
        return e == null ? null : e.hasAttr("content") ? e.attr("content") : e.text();
    }

    private static String microdataName(Element e) {
        Element name = e.selectFirst("[itemprop=name]");
        if (name != null) return name.hasAttr("content") ? name.attr("content") : name.text();
        return e.hasAttr("content") ? e.attr("content") : e.text();
    }

    private static OffsetDateTime firstDate(String... values) {
        for (String v : values) {
            OffsetDateTime d = Dates.parse(v);
            if (d != null) return d;
        }
        return null;
    }

    static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.trim();
        return null;
    }

    static String clean(String s) {
        if (s == null) return null;
        String c = Dates.WHITESPACE.matcher(Dates.spaces(s)).replaceAll(" ").trim();
        return c.isEmpty() ? null : c;
    }

    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " // "};

    /**
     * Drops "authors" that are the publisher itself (meta author = the site's or organisation's
     * name, common on institutional sites): a person's byline elsewhere on the page is then used.
     */
    private List<String> notPublisher(List<String> names) {
        if (names.isEmpty()) return names;
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String k = n.toLowerCase(Locale.ROOT);
            boolean org = k.length() >= 2 && (sameOrg(k, siteName) || sameOrg(k, ldPublisher) || ORG_FORM.matcher(n).find());
            for (String o : orgNames) org |= k.length() >= 2 && sameOrg(k, o);
            if (!org) out.add(n);
        }
        if (out.isEmpty() && droppedOrgs.isEmpty()) droppedOrgs = List.copyOf(names);
        return out;
    }

    // legal forms and kinds of organisations: a name carrying one is not a person's
    private static final Pattern ORG_FORM = Pattern.compile("(?iu)(?:\\be\\.\\s?V\\.|\\b(?:GmbH|gGmbH|AG|Inc|Ltd|LLC|Verlag|Stiftung|Verband)\\b)");

    private static boolean sameOrg(String name, String org) {
        if (org == null) return false;
        String o = org.toLowerCase(Locale.ROOT);
        return o.contains(name) || name.contains(o);
    }

    /** The heading's whole text is one link to the site's root ("/"). */
    private static boolean linksHome(Element h, String text) {
        Element a = h.selectFirst("a[href]");
        if (a == null || !text.equals(clean(a.text()))) return false;
        String href = a.attr("href").trim();
        if (href.equals("/") || href.equals("./")) return true;
        try {
            java.net.URI u = java.net.URI.create(a.absUrl("href"));
            String path = u.getPath();
            return u.getHost() != null && (path == null || path.isEmpty() || path.equals("/")) && u.getQuery() == null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The metadata title when it is the own text or one child's text of the {@code <h1>}, else null. */
    private static String headlinePart(Element h1, String... titles) {
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

    // "Kicker: Headline": a short label before the headline proper
    private static final Pattern KICKER = Pattern.compile("^([^:]{2,60}):\\s+(.{10,})$");

    /** The metadata titles without the site's name, each followed by its headline part after a kicker. */
    private static List<String> metaTitles(String site, String... titles) {
        List<String> out = new ArrayList<>();
        for (String t : titles) {
            String c = stripSiteSuffix(clean(t), site, null);
            if (c == null || c.length() < 10) continue;
            out.add(c);
            Matcher k = KICKER.matcher(c);
            if (k.matches()) out.add(k.group(2));
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

    // boxes of other content whose headings name other articles
    private static final Pattern OTHER_CONTENT = Pattern.compile("(?i)comment|related|more|teaser|recommend|sidebar|aside");

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

    private static boolean insideOtherContent(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("aside")) return true;
            if (OTHER_CONTENT.matcher(p.className()).find() || OTHER_CONTENT.matcher(p.id()).find()) return true;
        }
        return false;
    }

    // what a metadata title adds to the visible headline: " (2021/5)", ": Teil 2", " – Interview"
    private static final Pattern QUALIFIER = Pattern.compile("^(?: \\(|: | [–—-] )");

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

    /**
     * Names from a byline written on the page: as {@link #splitAuthors}, but a part that is not
     * capitalised like a name ("Projektleiterin der HSS in Tunesien") is a role or an affiliation.
     */
    static List<String> visibleNames(String raw) {
        List<String> out = new ArrayList<>();
        for (String p : splitAuthors(raw)) {
            boolean name = true;
            for (String w : p.split("\\s+")) {
                if (w.isEmpty() || Character.isUpperCase(w.charAt(0)) || PARTICLE.matcher(w).matches()) continue;
                name = false;
                break;
            }
            if (name) out.add(p);
        }
        return out;
    }

    // what a byline carries besides names, compiled once: bylines are split for every page
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
    private static final Pattern AFTER_BAR = Pattern.compile("\\|.*$");
    private static final Pattern AFTER_TIME_WORD = Pattern.compile("(?i)\\b(updated|published|aktualisiert|veröffentlicht)\\b.*$");
    private static final Pattern COUNTS = Pattern.compile("(?i)\\b\\d*\\s*(shares?|comments?|views?)\\s*$");
    private static final Pattern NUMERIC_DATE_ON = Pattern.compile("\\d{1,2}[./]\\s?\\d{1,2}[./]\\s?\\d{2,4}.*$");
    private static final Pattern ISO_DATE_ON = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}.*$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b)\\s*");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.]]+$");
    private static final Pattern DOMAIN = Pattern.compile("\\S+\\.[a-z]{2,}(/\\S*)?");

    /** Splits a byline into names, without "By", dates, roles, e-mail addresses. */
    static List<String> splitAuthors(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) return out;
        String s = clean(raw);
        if (s == null) return out;
        s = EMAIL.matcher(s).replaceAll(" ");
        s = AFTER_BAR.matcher(s).replaceFirst("");
        s = AFTER_TIME_WORD.matcher(s).replaceFirst("");
        // "Posted on September 21, 2020 by Anna Berg": the name follows the last "by"
        Matcher posted = POSTED_BY.matcher(s);
        if (posted.matches()) s = posted.group(1);
        // "Text von Anna Berg, Illustration von Tom Lind": pictures are credited, not authored
        s = CREDIT_PART.matcher(s).replaceFirst("");
        s = BY_PREFIX.matcher(s).replaceFirst("");
        s = MONTH_DATE.matcher(s).replaceFirst("");
        s = COUNTS.matcher(s).replaceFirst("");
        s = NUMERIC_DATE_ON.matcher(s).replaceFirst("");
        s = ISO_DATE_ON.matcher(s).replaceFirst("");
        for (String part : NAME_SEPARATOR.split(s)) {
            String p = BY_PREFIX.matcher(part).replaceFirst("").trim();
            p = ROLE.matcher(p).replaceFirst("").trim();
            p = EDGE_PUNCTUATION.matcher(p).replaceAll("").trim();
            if (p.isEmpty() || p.length() > 60) continue;
            int words = p.split("\\s+").length;
            if (words > 5) continue;
            if (!Character.isLetter(p.charAt(0))) continue;
            // placeholders and handles that CMSs print where a name should be
            if (NOT_A_NAME.matcher(p).matches() || p.contains("http") || DOMAIN.matcher(p).matches()) continue;
            out.add(p);
        }
        return out;
    }

    // ---- JSON-LD ----

    private void readJsonLd(String data) {
        Object root = Json.parse(data);
        if (root != null) walk(root, 0);
    }

    @SuppressWarnings("unchecked")
    private void walk(Object o, int depth) {
        if (depth > 8) return;
        if (o instanceof List<?> list) {
            for (Object x : list) walk(x, depth + 1);
        } else if (o instanceof Map<?, ?> m) {
            Map<String, Object> map = (Map<String, Object>) m;
            Set<String> types = types(map.get("@type"));
            boolean article = types.stream().anyMatch(ARTICLE_TYPES::contains);
            if (article && ld == null) ld = map;
            if (types.contains("organization") || types.contains("newsmediaorganization") || types.contains("corporation")) {
                if (map.get("name") instanceof String s && !s.isBlank() && orgNames.size() < 20) orgNames.add(s);
            }
            if (ldPublisher == null && (types.contains("organization") || types.contains("newsmediaorganization") || types.contains("website"))) {
                Object n = map.get("name");
                if (n instanceof String s && !s.isBlank() && types.contains("website")) ldPublisher = s;
            }
            if (article) {
                Object pub = map.get("publisher");
                if (pub instanceof Map<?, ?> pm && pm.get("name") instanceof String s && !s.isBlank()) ldPublisher = s;
            }
            Object graph = map.get("@graph");
            if (graph != null) walk(graph, depth + 1);
            Object main = map.get("mainEntity");
            if (main != null && ld == null) walk(main, depth + 1);
        }
    }

    private static Set<String> types(Object t) {
        Set<String> out = new LinkedHashSet<>();
        if (t instanceof String s) out.add(s.toLowerCase(Locale.ROOT).replace("schema:", "").replace("https://schema.org/", "").replace("http://schema.org/", ""));
        else if (t instanceof List<?> l) for (Object x : l) if (x instanceof String s) out.add(s.toLowerCase(Locale.ROOT));
        return out;
    }

    private String ldString(String key) {
        if (ld == null) return null;
        Object v = ld.get(key);
        if (v instanceof List<?> l && !l.isEmpty()) v = l.get(0);
        if (v instanceof String s) return org.jsoup.parser.Parser.unescapeEntities(s, false).trim();
        return null;
    }

    private String ldImage() {
        if (ld == null) return null;
        Object v = ld.get("image");
        if (v instanceof List<?> l && !l.isEmpty()) v = l.get(0);
        if (v instanceof String s) return s;
        if (v instanceof Map<?, ?> m) {
            if (m.get("caption") instanceof String c) imageCaption = clean(c);
            if (m.get("creditText") instanceof String c) imageCredit = clean(c);
            else if (m.get("copyrightHolder") instanceof Map<?, ?> ch && ch.get("name") instanceof String c) imageCredit = clean(c);
            Object u = m.get("url");
            if (u == null) u = m.get("contentUrl");
            if (u instanceof String s) return s;
        }
        return null;
    }

    private List<String> ldAuthors() {
        List<String> out = new ArrayList<>();
        if (ld == null) return out;
        Object v = ld.get("author");
        if (v == null) v = ld.get("creator");
        List<?> list = v instanceof List<?> l ? l : v == null ? List.of() : List.of(v);
        for (Object o : list) {
            if (o instanceof String s) out.addAll(splitAuthors(s));
            else if (o instanceof Map<?, ?> m && m.get("name") instanceof String s) {
                Set<String> ty = types(m.get("@type"));
                if (ty.contains("organization") && !out.isEmpty()) continue;
                out.addAll(splitAuthors(s));
            }
        }
        return out;
    }
}
