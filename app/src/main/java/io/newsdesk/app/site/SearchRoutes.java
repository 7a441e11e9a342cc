package io.newsdesk.app.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsdesk.app.news.ArticleCard;
import io.newsdesk.app.news.SitePaths;
import io.newsdesk.app.search.SearchRequest;
import io.newsdesk.app.search.SearchResults;
import io.newsdesk.app.search.Searcher;
import io.newsdesk.app.site.view.Views.SearchView;
import io.newsdesk.app.web.Gzip;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.Renderer;
import java.io.IOException;

/**
 * The reader search, {@code GET /search?q=...&section=&outlet=&author=&lang=&from=&to=&sort=&page=N} (without words or
 * filters it is just the form), and the same answer as JSON at {@code GET /api/search}. Filters that cannot be read (a
 * date that is no day, an unknown order) answer 400 with the form and the reason; words never fail.
 */
public final class SearchRoutes {
    /**
     * Not in the page cache: every query is a new key, so it would only push real pages out. Nothing on the
     * page is personal, but results change with each import: the browser may reuse it for a minute (back
     * button), shared caches do not keep it.
     */
    static final String CACHE_CONTROL = "private, max-age=60";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Searcher searcher;
    private final ReaderPages pages;
    private final Renderer renderer;

    public SearchRoutes(Searcher searcher, ReaderPages pages, Renderer renderer) {
        this.searcher = searcher;
        this.pages = pages;
        this.renderer = renderer;
    }

    public void register(RoutesConfig routes) {
        routes.get("/search", this::search);
        routes.get("/api/search", this::api);
    }

    private SearchView view(SearchParams params) throws IOException {
        SearchResults results = params.error() != null ? SearchResults.none(params.request())
                : searcher.search(params.request(), ReaderPages.PAGE_SIZE);
        return pages.search(results, searcher.languages(), params.error());
    }

    private void search(Context ctx) throws IOException {
        SearchParams params = SearchParams.of(ctx);
        byte[] html = renderer.render("search.jte", view(params));
        ctx.status(params.error() == null ? 200 : 400).header("Cache-Control", CACHE_CONTROL);
        ctx.contentType(HttpCaching.HTML).header("Vary", "Accept-Encoding");
        // compressed here: the server compresses nothing itself (cached pages are compressed once, when made)
        if (HttpCaching.acceptsGzip(ctx.header("Accept-Encoding"))) ctx.header("Content-Encoding", "gzip").result(Gzip.of(html));
        else ctx.result(html);
    }

    /** The page's answer as JSON: the results with their snippets (HTML), the total, the filters as understood. */
    private void api(Context ctx) throws IOException {
        SearchParams params = SearchParams.of(ctx);
        SearchView v = view(params);
        SearchRequest r = v.filters().chosen();
        ObjectNode out = JSON.createObjectNode();
        out.put("query", v.query());
        ObjectNode filters = out.putObject("filters");
        filters.put("section", r.section()).put("outlet", r.outlet()).put("author", r.author()).put("lang", r.language())
                .put("from", r.from() == null ? null : r.from().toString()).put("to", r.to() == null ? null : r.to().toString());
        out.put("sort", r.order() == SearchRequest.Order.DATE ? "date" : "relevance");
        // past Searcher.COUNTED matches the count stops: total is then a lower bound and totalExact false
        out.put("total", v.total()).put("totalExact", v.totalExact()).put("page", v.pagination().page()).put("pages", v.pagination().pages());
        out.put("suggestion", v.suggestion());
        if (params.error() != null) out.put("error", params.error());
        ArrayNode results = out.putArray("results");
        for (ArticleCard c : v.cards()) {
            results.addObject().put("id", c.id()).put("url", SitePaths.article(c.slug())).put("title", c.title())
                    .put("snippetHtml", v.snippet(c)).put("excerpt", c.excerpt()).put("section", c.sectionSlug())
                    .put("outlet", c.outletName()).put("publishedAt", c.publishedAt() == null ? null : c.publishedAt().toString());
        }
        ctx.status(params.error() == null ? 200 : 400).header("Cache-Control", CACHE_CONTROL);
        ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(out));
    }
}
