package io.newsdesk.app.ops;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.newsdesk.app.ops.health.Readiness;
import io.newsdesk.app.ops.logs.RequestIds;
import io.newsdesk.app.ops.metrics.DatabaseGauges;
import io.newsdesk.app.ops.metrics.HttpTimers;
import io.newsdesk.app.ops.metrics.MetricsServer;
import io.newsdesk.app.ops.metrics.Monitoring;
import io.newsdesk.app.search.SearchIndex;
import io.newsdesk.app.web.PageCache;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.jetty.server.Handler;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * What an operator needs of one site process: {@code /healthz} and {@code /readyz} (always, on the public port and
 * the metrics port), {@code /metrics} (when {@link io.newsdesk.app.ops.metrics.MetricsSettings} asks for it: on the
 * metrics port, or on the public port behind a bearer token), request ids in the logs and {@code X-Request-Id}, and
 * the access log when asked for. {@code server/Site} wires it: {@link #observe} around the page cache's handler,
 * {@link #install} into Javalin's configuration.
 */
public final class Operations implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Operations.class);
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final String PLAIN = "text/plain; charset=utf-8";

    private final OperationsSettings settings;
    private final Readiness readiness;
    private final Monitoring monitoring; // null: metrics off
    private final DatabaseGauges gauges;
    private final HttpTimers timers;
    private MetricsServer server;

    public Operations(OperationsSettings settings, Jdbi jdbi, SearchIndex index, PageCache cache) {
        this.settings = settings;
        this.readiness = new Readiness(jdbi, index::isOpen);
        if (settings.metrics().enabled()) {
            this.monitoring = new Monitoring();
            var registry = monitoring.registry();
            this.gauges = new DatabaseGauges(registry, jdbi, index);
            this.timers = new HttpTimers(registry);
            FunctionCounter.builder("newsdesk.page.cache.requests", cache, PageCache::hits).tag("result", "hit")
                    .description("Reads of the page cache: hits, and misses (a page rendered)").register(registry);
            FunctionCounter.builder("newsdesk.page.cache.requests", cache, PageCache::misses).tag("result", "miss").register(registry);
            Gauge.builder("newsdesk.page.cache.size", cache, PageCache::weightedBytes).baseUnit("bytes")
                    .description("Bytes of rendered pages held").register(registry);
        } else {
            this.monitoring = null;
            this.gauges = null;
            this.timers = null;
        }
    }

    /** The public port's outermost handler: request ids, timing and the access log around {@code next}. */
    public Handler observe(Handler next) {
        return new RequestObserver(next, timers, settings.accessLog());
    }

    /** Javalin's part: the request id in every log line of a request, the route's name for the metrics, the routes. */
    public void install(JavalinConfig c) {
        c.routes.before(ctx -> {
            if (ctx.req().getAttribute(RequestObserver.ATTRIBUTE) instanceof RequestObserver.Observed o) {
                MDC.put(RequestIds.MDC_KEY, o.id);
            }
        });
        c.requestLogger.http((ctx, ms) -> {
            if (ctx.req().getAttribute(RequestObserver.ATTRIBUTE) instanceof RequestObserver.Observed o) o.route = route(ctx);
            MDC.remove(RequestIds.MDC_KEY);
        });
        c.routes.get("/healthz", ctx -> plain(ctx, 200, "ok\n"));
        c.routes.get("/readyz", ctx -> {
            Readiness.Check r = readiness.check();
            plain(ctx, r.ready() ? 200 : 503, r.reason() + "\n");
        });
        if (monitoring != null && settings.metrics().token() != null) c.routes.get("/metrics", this::metricsWithToken);
    }

    /** The route template that answered (never the path, whose values are unbounded). */
    private static String route(Context ctx) {
        Endpoint e = ctx.endpoints().matchedHttpEndpoint();
        return e != null ? e.path : RequestObserver.UNMATCHED;
    }

    private void metricsWithToken(Context ctx) {
        String given = ctx.header("Authorization");
        byte[] expected = ("Bearer " + settings.metrics().token()).getBytes(StandardCharsets.UTF_8);
        if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"metrics\"");
            plain(ctx, 401, "Metrics need the bearer token (NEWSDESK_METRICS_TOKEN).\n");
            return;
        }
        ctx.status(200).header("Cache-Control", "no-store").contentType(PROMETHEUS_TEXT).result(scrape());
    }

    private static void plain(Context ctx, int status, String text) {
        ctx.status(status).header("Cache-Control", "no-store").contentType(PLAIN).result(text);
    }

    /** The metrics now: the database's gauges read anew, then every meter in the Prometheus text format. */
    public String scrape() {
        if (monitoring == null) throw new IllegalStateException("metrics are off");
        try {
            gauges.refresh();
        } catch (RuntimeException e) {
            log.warn("metrics: reading the database's gauges failed: {}", e.toString());
        }
        return monitoring.scrape();
    }

    /** Opens the metrics port when one is set. */
    public Operations start() {
        Integer port = settings.metrics().port();
        if (monitoring != null && port != null) {
            server = new MetricsServer(settings.metrics().host(), port,
                    () -> new MetricsServer.Answer(200, PROMETHEUS_TEXT, scrape()),
                    () -> new MetricsServer.Answer(200, PLAIN, "ok\n"),
                    () -> {
                        Readiness.Check r = readiness.check();
                        return new MetricsServer.Answer(r.ready() ? 200 : 503, PLAIN, r.reason() + "\n");
                    }).start();
            log.info("metrics at http://{}:{}/metrics", settings.metrics().host(), server.port());
        }
        return this;
    }

    /** The metrics port, once started (tests ask for any free port). */
    public int metricsPort() {
        if (server == null) throw new IllegalStateException("no metrics port");
        return server.port();
    }

    public Readiness readiness() {
        return readiness;
    }

    @Override
    public void close() {
        if (server != null) server.close();
        if (monitoring != null) monitoring.close();
    }
}
