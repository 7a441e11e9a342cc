package io.newsdesk.app.ops;

import io.newsdesk.app.ops.logs.RequestIds;
import io.newsdesk.app.ops.metrics.HttpTimers;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outermost handler of the public port: gives every request its id ({@code X-Request-Id}), and when it is done
 * times it by route template and status and writes the access log line. It wraps the page cache's handler, so pages
 * answered from the cache are measured too (as the route {@value #CACHED}: they are served before any routing).
 */
final class RequestObserver extends Handler.Wrapper {
    /** The request attribute that carries {@link Observed} to the routes (they name the route template). */
    static final String ATTRIBUTE = "newsdesk.observed";
    static final String CACHED = "page-cache";
    static final String UNMATCHED = "unmatched";
    private static final Logger access = LoggerFactory.getLogger("newsdesk.access");

    /** What the routes tell the observer about a request: its id, and which route answered it. */
    static final class Observed {
        final String id;
        volatile String route;

        Observed(String id) {
            this.id = id;
        }
    }

    private final HttpTimers timers; // null: metrics off
    private final boolean accessLog;

    RequestObserver(Handler next, HttpTimers timers, boolean accessLog) {
        super(next);
        this.timers = timers;
        this.accessLog = accessLog;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long start = System.nanoTime();
        Observed o = new Observed(RequestIds.accept(request.getHeaders().get(RequestIds.HEADER)));
        response.getHeaders().put(RequestIds.HEADER, o.id);
        request.setAttribute(ATTRIBUTE, o);
        if (timers == null && !accessLog) return super.handle(request, response, callback);
        return super.handle(request, response, new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                done(request, response, o, start, null);
                super.succeeded();
            }

            @Override
            public void failed(Throwable x) {
                done(request, response, o, start, x);
                super.failed(x);
            }
        });
    }

    private void done(Request request, Response response, Observed o, long start, Throwable failure) {
        long nanos = System.nanoTime() - start;
        int status = failure != null && !response.isCommitted() ? 500 : response.getStatus();
        // the routes name every request they see; one they never saw was a page cache hit, or refused by Jetty
        String route = o.route != null ? o.route : status < 400 ? CACHED : UNMATCHED;
        if (timers != null) timers.record(request.getMethod(), route, status, nanos);
        if (accessLog) {
            access.atInfo().addKeyValue(RequestIds.MDC_KEY, o.id).addKeyValue("method", request.getMethod())
                    .addKeyValue("path", request.getHttpURI().getPath()).addKeyValue("route", route)
                    .addKeyValue("status", status).addKeyValue("ms", nanos / 1_000_000.0)
                    .log("{} {} {} {} ms [{}]", request.getMethod(), request.getHttpURI().getPath(), status,
                            String.format(java.util.Locale.ROOT, "%.1f", nanos / 1_000_000.0), o.id);
        }
    }
}
