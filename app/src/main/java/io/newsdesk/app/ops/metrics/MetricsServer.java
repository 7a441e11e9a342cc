package io.newsdesk.app.ops.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The metrics port: {@code /metrics}, {@code /healthz} and {@code /readyz} on an address of their own (127.0.0.1
 * by default), apart from the public site, so that neither readers nor the site's rate limits and caches meet the
 * scraper. The JDK's small HTTP server is enough for one scrape every few seconds.
 */
public final class MetricsServer implements AutoCloseable {
    /** A page of the metrics port: its status and text. */
    public record Answer(int status, String contentType, String body) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "metrics-server");
        t.setDaemon(true);
        return t;
    });

    public MetricsServer(String host, int port, Supplier<Answer> metrics, Supplier<Answer> health, Supplier<Answer> ready) {
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for metrics on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        server.createContext("/metrics", x -> answer(x, "/metrics", metrics));
        server.createContext("/healthz", x -> answer(x, "/healthz", health));
        server.createContext("/readyz", x -> answer(x, "/readyz", ready));
        server.createContext("/", x -> answer(x, "/", () -> new Answer(404, "text/plain; charset=utf-8",
                "Not found. This port serves /metrics, /healthz and /readyz.\n")));
        server.setExecutor(threads);
    }

    public MetricsServer start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void answer(HttpExchange x, String path, Supplier<Answer> page) throws IOException {
        try (x) {
            String method = x.getRequestMethod();
            Answer a;
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                x.getResponseHeaders().set("Allow", "GET, HEAD");
                a = new Answer(405, "text/plain; charset=utf-8", "Only GET and HEAD.\n");
            } else if (!x.getRequestURI().getPath().equals(path)) {
                a = new Answer(404, "text/plain; charset=utf-8", "Not found.\n");
            } else {
                a = page.get();
            }
            byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", a.contentType());
            x.getResponseHeaders().set("Cache-Control", "no-store");
            if ("HEAD".equals(method)) {
                x.sendResponseHeaders(a.status(), -1);
            } else {
                x.sendResponseHeaders(a.status(), body.length);
                x.getResponseBody().write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
