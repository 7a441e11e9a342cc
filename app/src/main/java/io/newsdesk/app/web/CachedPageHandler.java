package io.newsdesk.app.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.VirtualThreads;
import java.util.concurrent.Executor;

/**
 * Serves pages already in the {@link PageCache} straight from Jetty, before the web framework
 * routes the request: most reads of a news site hit a handful of cached pages, and this path does
 * no routing, no context objects and no copying. Anything not cached (first request, query
 * strings, forms, other methods) goes on to Javalin, which renders and caches it.
 *
 * <p>HEAD is answered as GET: the same look-up here, and downstream a request that reads as GET, so
 * every route answers HEAD with GET's status and headers. Jetty's connection still knows the request
 * was HEAD and sends no body.
 */
public final class CachedPageHandler extends Handler.Wrapper {
    /** As Jetty's servlet response writes {@link HttpCaching#HTML} (a known type, without the space), so a hit matches a first render. */
    private static final HttpField HTML = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
    private static final HttpField CACHE_CONTROL = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, HttpCaching.PAGE_CACHE_CONTROL);
    private static final HttpField VARY = new PreEncodedHttpField(HttpHeader.VARY, "Accept-Encoding");
    private static final HttpField GZIP = new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, "gzip");

    /** Set on a HEAD passed on as GET, for the few handlers that act on a read (the view counter must not count it). */
    public static final String HEAD_ATTRIBUTE = "newsdesk.head";

    private final PageCache cache;
    private final HttpField[] securityHeaders;

    public CachedPageHandler(PageCache cache, SecurityHeaders security) {
        this.cache = cache;
        this.securityHeaders = security.headers().entrySet().stream()
                .map(e -> new PreEncodedHttpField(e.getKey(), e.getValue())).toArray(HttpField[]::new);
    }

    /**
     * A cache hit never blocks (a map look-up and an asynchronous write), so Jetty may answer it on
     * the thread that read the request, without handing it to another thread first.
     */
    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    /** Everything else goes on to Javalin, which may block: on a virtual thread when they are on. */
    private boolean next(Request received, Response response, Callback callback) {
        Request request = HttpMethod.HEAD.is(received.getMethod()) ? new AsGet(received) : received;
        Executor pool = getServer().getThreadPool();
        Executor virtual = VirtualThreads.getVirtualThreadsExecutor(pool);
        (virtual != null ? virtual : pool).execute(() -> {
            try {
                if (!super.handle(request, response, callback)) {
                    Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                }
            } catch (Throwable t) {
                Response.writeError(request, response, callback, t);
            }
        });
        return true;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        boolean read = HttpMethod.GET.is(request.getMethod()) || HttpMethod.HEAD.is(request.getMethod());
        if (!read || request.getHttpURI().getQuery() != null) {
            return next(request, response, callback);
        }
        RenderedPage page = cache.peek(request.getHttpURI().getPath());
        if (page == null) return next(request, response, callback);

        HttpFields.Mutable headers = response.getHeaders();
        for (HttpField f : securityHeaders) headers.put(f);
        headers.put(HttpHeader.ETAG, page.etag());
        headers.put(HttpHeader.LAST_MODIFIED, page.lastModifiedHeader());
        headers.put(CACHE_CONTROL);
        headers.put(VARY);
        HttpFields in = request.getHeaders();
        if (HttpCaching.notModified(in.get(HttpHeader.IF_NONE_MATCH), in.get(HttpHeader.IF_MODIFIED_SINCE), page)) {
            response.setStatus(HttpStatus.NOT_MODIFIED_304);
            callback.succeeded();
            return true;
        }
        byte[] body = page.body();
        if (HttpCaching.acceptsGzip(in.get(HttpHeader.ACCEPT_ENCODING))) {
            headers.put(GZIP);
            body = page.gzip();
        }
        headers.put(HttpCaching.HTML.equals(page.contentType()) ? HTML : new HttpField(HttpHeader.CONTENT_TYPE, page.contentType()));
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** A HEAD request as the routes see it: a GET, so they answer with GET's status and headers. */
    private static final class AsGet extends Request.Wrapper {
        AsGet(Request head) {
            super(head);
            setAttribute(HEAD_ATTRIBUTE, Boolean.TRUE);
        }

        @Override
        public String getMethod() {
            return HttpMethod.GET.asString();
        }
    }
}
