package io.newsdesk.app.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A real HTTP server on 127.0.0.1 that records every request it receives. */
final class TestServer implements AutoCloseable {
    record Hit(String path, Map<String, List<String>> headers, long nanos) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    final List<Hit> hits = new CopyOnWriteArrayList<>();

    TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // the default executor is a single thread, which would serialize requests on the server side
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    TestServer on(String pathPrefix, HttpHandler handler) {
        server.createContext(pathPrefix, exchange -> {
            hits.add(new Hit(exchange.getRequestURI().toString(), Map.copyOf(exchange.getRequestHeaders()), System.nanoTime()));
            try (exchange) {
                handler.handle(exchange);
            }
        });
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    long count(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).count();
    }

    static void respond(HttpExchange ex, int status, byte[] body, String... headerPairs) throws IOException {
        for (int i = 0; i < headerPairs.length; i += 2) {
            ex.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
        }
        boolean noBody = status == 304 || body.length == 0;
        ex.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
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
