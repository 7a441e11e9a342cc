package io.newsdesk.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What one pass over a page's elements finds for the metadata units: meta tags, JSON-LD, the
 * canonical link, {@code <time>}s, headings, microdata and elements whose class, id or rel hints
 * at a byline or a date. One pass, because large pages make every extra walk over the tree costly;
 * the units then only look things up here.
 */
record PageScan(Document doc, String url, Map<String, String> meta, Map<String, List<String>> metaAll, JsonLd ld,
        String canonicalLink, List<Element> times, List<Element> h1s, List<Element> headings,
        Map<String, Element> itemprops, List<Element> itempropAuthors, List<Element> bylines, List<Element> dateHints) {

    /** Elements looked at: bounds the time spent on giant pages. */
    private static final int MAX_ELEMENTS = 200_000;

    static PageScan of(Document doc, String url) {
        Map<String, String> meta = new HashMap<>();
        Map<String, List<String>> metaAll = new HashMap<>();
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
        for (Element el = doc; el != null; el = Tree.next(el, doc)) {
            if (++count > MAX_ELEMENTS) break;
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
                        metaAll.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
                    }
                    continue;
                }
                case "script" -> {
                    if (el.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) ldScripts.add(el);
                    continue;
                }
                case "link" -> {
                    if (canonical == null && el.attr("rel").equalsIgnoreCase("canonical")) canonical = AbsoluteUrl.of(el, "href");
                    continue;
                }
                case "time" -> times.add(el);
                case "h1" -> {
                    if (h1s.size() < 10) h1s.add(el);
                }
                default -> { }
            }
            String ip = el.hasAttr("itemprop") ? el.attr("itemprop").toLowerCase(Locale.ROOT) : "";
            boolean heading = tag.equals("h1") || tag.equals("h2") || tag.equals("h3") || ip.equals("headline");
            if (heading && headings.size() < 200) headings.add(el);
            if (!ip.isEmpty()) {
                itemprops.putIfAbsent(ip, el);
                if (ip.equals("author") || ip.equals("creator")) itempropAuthors.add(el);
            }
            String cls = el.className();
            String id = el.id();
            String rel = el.attr("rel");
            if ((!cls.isEmpty() || !id.isEmpty() || !rel.isEmpty()) && (bylines.size() < 20 || dateHints.size() < 30)) {
                int f = ClassWords.cachedFlags(cls) | ClassWords.cachedFlags(id) | ClassWords.cachedFlags(rel);
                if (bylines.size() < 20 && (f & ClassWords.F_BYLINE_HINT) != 0) bylines.add(el);
                if (dateHints.size() < 30 && (f & ClassWords.F_DATE_HINT) != 0) dateHints.add(el);
            }
        }
        JsonLd ld = JsonLd.of(ldScripts);
        Map<String, List<String>> allValues = new HashMap<>();
        metaAll.forEach((k, v) -> allValues.put(k, List.copyOf(v)));
        return new PageScan(doc, url, Map.copyOf(meta), Map.copyOf(allValues), ld, canonical, List.copyOf(times),
                List.copyOf(h1s), List.copyOf(headings), Map.copyOf(itemprops), List.copyOf(itempropAuthors),
                List.copyOf(bylines), List.copyOf(dateHints));
    }

    /** The first value of a meta tag (by property, name, itemprop or http-equiv, lower-cased), else null. */
    String meta(String key) {
        return meta.get(key);
    }

    /** Every value of a meta tag, in page order. */
    List<String> metaAll(String key) {
        return metaAll.getOrDefault(key, List.of());
    }

    /** The first element with this itemprop (lower-cased), else null. */
    Element itemprop(String name) {
        return itemprops.get(name);
    }

    /** The first non-blank value of the sources, in their order, trimmed; else null. */
    String first(List<Function<PageScan, String>> sources) {
        for (Function<PageScan, String> source : sources) {
            String v = source.apply(this);
            if (v != null && !v.isBlank()) return v.trim();
        }
        return null;
    }

    /** The first non-blank value of these meta tags, trimmed; else null. */
    String firstMeta(List<String> keys) {
        for (String key : keys) {
            String v = meta.get(key);
            if (v != null && !v.isBlank()) return v.trim();
        }
        return null;
    }

    /** A meta tag as a source of a precedence list. */
    static Function<PageScan, String> metaTag(String key) {
        return page -> page.meta(key);
    }
}
