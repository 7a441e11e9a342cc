package io.newsdesk.app.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsdesk.app.search.SearchResults;
import io.newsdesk.app.search.Searcher;
import io.newsdesk.app.web.HttpCaching;
import io.newsdesk.app.web.RenderedPage;
import io.newsdesk.app.web.Renderer;
import java.io.IOException;

/** The reader search, {@code GET /search?q=...&page=N}: without a query it is just the form. */
public final class SearchRoutes {
    /**
     * Not in the page cache: every query is a new key, so it would only push real pages out. Nothing on the
     * page is personal, but results change with each import: the browser may reuse it for a minute (back
     * button), shared caches do not keep it.
     */
    static final String CACHE_CONTROL = "private, max-age=60";

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
    }

    private void search(Context ctx) throws IOException {
        int page = ReaderRoutes.pageNumber(ctx.queryParam("page"));
        SearchResults results = searcher.search(ctx.queryParam("q"), page, ReaderPages.PAGE_SIZE);
        ctx.header("Cache-Control", CACHE_CONTROL);
        byte[] html = renderer.render("search.jte", pages.search(results));
        ctx.contentType(HttpCaching.HTML).header("Vary", "Accept-Encoding");
        // compressed here: the server compresses nothing itself (cached pages are compressed once, when made)
        if (HttpCaching.acceptsGzip(ctx.header("Accept-Encoding"))) ctx.header("Content-Encoding", "gzip").result(RenderedPage.gzip(html));
        else ctx.result(html);
    }
}
