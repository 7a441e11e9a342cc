package io.newsdesk.app.ingest.pipeline;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsdesk.app.util.Sha256;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Outlets on a real HTTP server at 127.0.0.1 for pipeline tests: each path serves what a test put there
 * (changeable between runs), with an ETag so conditional GETs get 304s, or runs a custom behaviour.
 * Every request is recorded.
 */
public final class FixtureWeb implements AutoCloseable {
    /** A custom response: the exchange and how many times this path was asked for before (0 the first time). */
    @FunctionalInterface
    public interface Behaviour {
        void respond(HttpExchange ex, int previousHits) throws IOException;
    }

    record Doc(String contentType, byte[] body) {}

    private final HttpServer server;
    private final Map<String, Doc> docs = new ConcurrentHashMap<>();
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    final List<String> hits = new CopyOnWriteArrayList<>();

    public FixtureWeb() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public FixtureWeb put(String path, String contentType, String body) {
        return put(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    FixtureWeb put(String path, String contentType, String body, Charset charset) {
        return put(path, contentType, body.getBytes(charset));
    }

    FixtureWeb put(String path, String contentType, byte[] body) {
        docs.put(path, new Doc(contentType, body));
        return this;
    }

    public FixtureWeb on(String path, Behaviour b) {
        behaviours.put(path, b);
        return this;
    }

    long count(String path) {
        return hits.stream().filter(path::equals).count();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            int before = (int) count(path);
            hits.add(path);
            Behaviour b = behaviours.get(path);
            if (b != null) {
                b.respond(ex, before);
                return;
            }
            Doc d = docs.get(path);
            if (d == null) {
                send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String etag = "\"" + Sha256.shortHex(8, d.body()) + "\"";
            ex.getResponseHeaders().set("ETag", etag);
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            send(ex, 200, d.contentType(), d.body());
        }
    }

    public static void send(HttpExchange ex, int status, String contentType, byte[] body, String... headers) throws IOException {
        if (contentType != null) ex.getResponseHeaders().set("Content-Type", contentType);
        for (int i = 0; i < headers.length; i += 2) ex.getResponseHeaders().set(headers[i], headers[i + 1]);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
