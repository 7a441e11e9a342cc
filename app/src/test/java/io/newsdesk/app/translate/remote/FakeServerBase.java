package io.newsdesk.app.translate.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the fake translation services share: a real HTTP server on 127.0.0.1 that records each request and
 * can be told to answer the next requests with an error status or slowly, before behaving normally again.
 */
abstract class FakeServerBase implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One request as received. */
    record Received(String method, String path, Map<String, List<String>> headers, byte[] body, long nanos) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A scripted answer for one coming request: an error status, or a delay before the normal answer. */
    record Scripted(int status, String errorBody, Duration delay, String[] headers) {}

    private final HttpServer server;
    final List<Received> requests = new CopyOnWriteArrayList<>();
    private final Deque<Scripted> script = new ConcurrentLinkedDeque<>();

    FakeServerBase() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                Received r = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        Map.copyOf(exchange.getRequestHeaders()), body, System.nanoTime());
                requests.add(r);
                Scripted next = script.poll();
                if (next != null && next.delay() != null) sleep(next.delay());
                if (next != null && next.status() > 0) {
                    respond(exchange, next.status(), next.errorBody(), next.headers());
                    return;
                }
                handle(exchange, r);
            } catch (RuntimeException e) {
                // a bug in the fake must not look like a network failure to the client under test
                e.printStackTrace();
                throw e;
            }
        });
        server.start();
    }

    /** The service's normal behaviour. */
    abstract void handle(HttpExchange exchange, Received request) throws IOException;

    /** The error body the service documents for a message. */
    abstract String errorBody(String message);

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next request gets {@code status} with the service's error body for {@code message}. */
    FakeServerBase failNext(int status, String message, String... headers) {
        script.add(new Scripted(status, message == null ? "" : errorBody(message), null, headers));
        return this;
    }

    /** The next request is answered normally, but only after {@code delay}. */
    FakeServerBase delayNext(Duration delay) {
        script.add(new Scripted(0, null, delay, new String[0]));
        return this;
    }

    List<Received> requestsTo(String path) {
        List<Received> out = new ArrayList<>();
        for (Received r : requests) if (r.path().equals(path)) out.add(r);
        return out;
    }

    static void respond(HttpExchange ex, int status, String body, String... headerPairs) throws IOException {
        for (int i = 0; i + 1 < headerPairs.length; i += 2) ex.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0) ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /**
     * The fakes' "translation": text upper-cased, tags (and their attributes) left exactly as sent, which is
     * what both services promise for HTML input. Deterministic, so tests can predict every output.
     */
    static String fakeTranslate(String html) {
        StringBuilder out = new StringBuilder();
        Matcher m = TAG.matcher(html);
        int last = 0;
        while (m.find()) {
            out.append(html.substring(last, m.start()).toUpperCase(java.util.Locale.ROOT)).append(m.group());
            last = m.end();
        }
        return out.append(html.substring(last).toUpperCase(java.util.Locale.ROOT)).toString();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
