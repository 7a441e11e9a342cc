package io.newsdesk.app.site;

import io.javalin.http.Context;
import io.newsdesk.app.search.SearchRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The search page's query parameters read into a {@link SearchRequest}, or the reason they cannot be: a date that is
 * not a day (YYYY-MM-DD), a range that ends before it starts, an unknown order. Empty parameters mean "any"; words
 * are never refused (they are cleaned, {@code search.UserQuery}).
 */
record SearchParams(SearchRequest request, String error) {
    /** Slugs and language codes are short; a longer value cannot match and is cut, not refused. */
    static final int MAX_VALUE_CHARS = 200;

    static SearchParams of(Context ctx) {
        String q = ctx.queryParam("q");
        int page = ReaderRoutes.pageNumber(ctx.queryParam("page"));
        String error = null;
        LocalDate from = null;
        LocalDate to = null;
        SearchRequest.Order order = SearchRequest.Order.RELEVANCE;
        try {
            from = day(ctx.queryParam("from"));
            to = day(ctx.queryParam("to"));
            if (from != null && to != null && to.isBefore(from)) error = "The end date comes before the start date.";
        } catch (DateTimeParseException e) {
            error = "Give dates as year-month-day, for example 2026-03-31.";
        }
        String sort = value(ctx.queryParam("sort"));
        if (sort != null) {
            switch (sort.toLowerCase(Locale.ROOT)) {
                case "relevance" -> order = SearchRequest.Order.RELEVANCE;
                case "date" -> order = SearchRequest.Order.DATE;
                default -> error = "Sort by relevance or by date.";
            }
        }
        SearchRequest request = new SearchRequest(q, value(ctx.queryParam("section")), value(ctx.queryParam("outlet")),
                value(ctx.queryParam("author")), value(ctx.queryParam("lang")), error == null ? from : null,
                error == null ? to : null, order, page);
        return new SearchParams(request, error);
    }

    /** The address of {@code r}'s search with {@code query} instead of its words, on {@code page} (1: not written). */
    static String url(SearchRequest r, String query, int page) {
        StringBuilder u = new StringBuilder("/search?q=").append(encode(query));
        param(u, "section", r.section());
        param(u, "outlet", r.outlet());
        param(u, "author", r.author());
        param(u, "lang", r.language());
        param(u, "from", r.from() == null ? null : r.from().toString());
        param(u, "to", r.to() == null ? null : r.to().toString());
        if (r.order() == SearchRequest.Order.DATE) param(u, "sort", "date");
        if (page > 1) param(u, "page", Integer.toString(page));
        return u.toString();
    }

    private static void param(StringBuilder u, String name, String value) {
        if (value != null) u.append('&').append(name).append('=').append(encode(value));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static LocalDate day(String raw) {
        String v = value(raw);
        return v == null ? null : LocalDate.parse(v);
    }

    /** The value without control characters and surrounding space; null when empty. */
    private static String value(String raw) {
        if (raw == null) return null;
        String v = raw.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        if (v.length() > MAX_VALUE_CHARS) v = v.substring(0, MAX_VALUE_CHARS);
        return v.isEmpty() ? null : v;
    }
}
