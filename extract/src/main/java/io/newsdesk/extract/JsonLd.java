package io.newsdesk.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The JSON-LD of a page as the metadata units need it: the first object typed as an article
 * ({@code NewsArticle}, {@code Article}, {@code BlogPosting} and kin; at top level, in arrays, in
 * {@code @graph} or as {@code mainEntity}), the publisher's name, and the organisations named
 * anywhere (an "author" that is one of them is the publisher, not a person). The article object
 * is the most reliable source of most fields, so it is read once here for all of them. Persons
 * are kept by their {@code @id}: a graph often names the author only by reference. Without an article
 * object, a {@code WebPage} that names an author or a publication date stands in for it.
 */
record JsonLd(Map<String, Object> article, String publisher, List<String> organisations, Map<String, Map<String, Object>> persons) {

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
            "backgroundnewsarticle", "askpublicnewsarticle", "scholarlyarticle", "techarticle",
            "liveblogposting", "report", "socialmediaposting", "posting", "review", "satiricalarticle");
    private static final Set<String> WEB_PAGE_TYPES = Set.of("webpage", "itempage");
    private static final Set<String> ORGANISATION_TYPES = Set.of("organization", "newsmediaorganization", "corporation");
    private static final int MAX_DEPTH = 8, MAX_ORGANISATIONS = 20, MAX_PERSONS = 20;

    static JsonLd of(List<Element> scripts) {
        Walk w = new Walk();
        for (Element s : scripts) {
            Object root = Json.parse(s.data());
            if (root != null) w.walk(root, 0);
        }
        return new JsonLd(w.article != null ? w.article : w.webPage, w.publisher, List.copyOf(w.organisations), Map.copyOf(w.persons));
    }

    /** The article's value for the key, the first one when it is a list; null without an article object. */
    Object first(String key) {
        if (article == null) return null;
        Object v = article.get(key);
        if (v instanceof List<?> l && !l.isEmpty()) v = l.get(0);
        return v;
    }

    /** The article's value for the key as it is (a list stays a list). */
    Object get(String key) {
        return article == null ? null : article.get(key);
    }

    /** The article's first value for the key when it is a string, HTML entities decoded and trimmed; else null. */
    String string(String key) {
        return first(key) instanceof String s ? Parser.unescapeEntities(s, false).trim() : null;
    }

    /** The person object with this {@code @id}, else null. */
    Map<String, Object> person(Object id) {
        return id instanceof String s ? persons.get(s) : null;
    }

    /** Lower-cased {@code @type} values; a single string type also loses its schema.org prefix. */
    static Set<String> types(Object t) {
        Set<String> out = new LinkedHashSet<>();
        if (t instanceof String s) out.add(s.toLowerCase(Locale.ROOT).replace("schema:", "").replace("https://schema.org/", "").replace("http://schema.org/", ""));
        else if (t instanceof List<?> l) for (Object x : l) if (x instanceof String s) out.add(s.toLowerCase(Locale.ROOT));
        return out;
    }

    /** What the walk over the JSON trees of all scripts has found so far. */
    private static final class Walk {
        Map<String, Object> article;
        // a page typed only as a web page that names its author or date: graphs (Yoast's among them) give a post
        // that is not typed as an article its byline and dates there, so it stands in when no article object exists
        Map<String, Object> webPage;
        String publisher;
        final List<String> organisations = new ArrayList<>();
        final Map<String, Map<String, Object>> persons = new java.util.HashMap<>();

        @SuppressWarnings("unchecked")
        void walk(Object o, int depth) {
            if (depth > MAX_DEPTH) return;
            if (o instanceof List<?> list) {
                for (Object x : list) walk(x, depth + 1);
            } else if (o instanceof Map<?, ?> m) {
                Map<String, Object> map = (Map<String, Object>) m;
                Set<String> types = types(map.get("@type"));
                boolean isArticle = types.stream().anyMatch(ARTICLE_TYPES::contains);
                if (isArticle && article == null) article = map;
                if (webPage == null && types.stream().anyMatch(WEB_PAGE_TYPES::contains)
                        && (map.get("author") != null || map.get("datePublished") != null)) webPage = map;
                if (types.stream().anyMatch(ORGANISATION_TYPES::contains)
                        && map.get("name") instanceof String s && !s.isBlank() && organisations.size() < MAX_ORGANISATIONS)
                    organisations.add(s);
                if (types.contains("person") && map.get("@id") instanceof String id && persons.size() < MAX_PERSONS)
                    persons.putIfAbsent(id, map);
                // the first WebSite's name, unless an article object names its publisher (the last such name wins)
                if (publisher == null && types.contains("website") && map.get("name") instanceof String s && !s.isBlank())
                    publisher = s;
                if (isArticle && map.get("publisher") instanceof Map<?, ?> pm && pm.get("name") instanceof String s && !s.isBlank())
                    publisher = s;
                Object graph = map.get("@graph");
                if (graph != null) walk(graph, depth + 1);
                Object main = map.get("mainEntity");
                if (main != null && article == null) walk(main, depth + 1);
            }
        }
    }
}
