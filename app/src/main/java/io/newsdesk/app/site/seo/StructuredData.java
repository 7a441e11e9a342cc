package io.newsdesk.app.site.seo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.Author;
import io.newsdesk.app.news.Outlet;
import io.newsdesk.app.news.SitePaths;
import io.newsdesk.app.site.view.Views.Crumb;
import io.newsdesk.app.web.Format;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org JSON-LD for article pages (NewsArticle and BreadcrumbList). Built from the clean
 * fields only, serialized by Jackson and made safe inside a {@code <script>} element by
 * escaping {@code <}, {@code >} and {@code &}.
 */
public final class StructuredData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StructuredData() {}

    public static String article(Article a, List<Author> authors, Outlet outlet, String sectionName, String siteName,
                                 String baseUrl, String imageUrl) {
        Map<String, Object> news = new LinkedHashMap<>();
        news.put("@context", "https://schema.org");
        news.put("@type", "NewsArticle");
        news.put("headline", a.title());
        news.put("description", a.excerpt());
        if (imageUrl != null) news.put("image", List.of(imageUrl));
        news.put("datePublished", Format.iso(a.publishedAt()));
        news.put("dateModified", Format.iso(a.updatedAt()));
        news.put("inLanguage", a.language());
        news.put("articleSection", sectionName);
        news.put("mainEntityOfPage", baseUrl + SitePaths.article(a.slug()));
        List<Map<String, Object>> people = new ArrayList<>();
        for (Author au : authors) {
            people.add(object("@type", "Person", "name", au.name(), "url", baseUrl + SitePaths.author(au.slug())));
        }
        if (!people.isEmpty()) news.put("author", people);
        news.put("publisher", object("@type", "Organization", "name", siteName, "url", baseUrl + "/"));
        if (outlet != null) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("@type", "NewsArticle");
            source.put("url", a.originalUrl());
            if (a.originalTitle() != null) source.put("headline", a.originalTitle());
            if (a.originalLanguage() != null) source.put("inLanguage", a.originalLanguage());
            source.put("publisher", object("@type", "Organization", "name", outlet.name(), "url", outlet.siteUrl()));
            news.put(a.translated() ? "translationOfWork" : "isBasedOn", source);
        }
        return write(news);
    }

    public static String breadcrumbs(List<Crumb> crumbs, String baseUrl) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < crumbs.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", crumbs.get(i).name());
            if (crumbs.get(i).url() != null) item.put("item", baseUrl + crumbs.get(i).url());
            items.add(item);
        }
        return write(object("@context", "https://schema.org", "@type", "BreadcrumbList", "itemListElement", items));
    }

    /**
     * A JSON object with its keys in the order given. {@code Map.of} iterates in an order chosen afresh by each JVM, so the
     * same article gave other bytes, and another ETag, after every restart and on every node of a cluster.
     */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return object;
    }

    /** Several JSON-LD documents as one array. */
    public static String graph(String... documents) {
        return "[" + String.join(",", documents) + "]";
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
