package io.newsdesk.app.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.newsdesk.app.util.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Static assets from {@code /assets} on the classpath, served under a name that holds a hash of
 * their content ({@code site.3fa1c2.css}), so browsers may keep them forever. A stylesheet's
 * {@code url(name)} of an asset named before it is rewritten to that asset's fingerprinted URL
 * (the self-hosted fonts), so a changed font also changes the stylesheet's name.
 */
public final class Assets {
    private record Asset(String fingerprintedName, byte[] bytes, byte[] gzip, String contentType) {}

    private final Map<String, Asset> byName = new ConcurrentHashMap<>();
    private final Map<String, Asset> byFingerprint = new ConcurrentHashMap<>();

    public Assets(String... names) {
        for (String name : names) {
            byte[] bytes = load(name);
            if (name.endsWith(".css")) bytes = linkAssets(bytes);
            String hash = Sha256.shortHex(5, bytes);
            int dot = name.lastIndexOf('.');
            // fonts are compressed already: served as they are
            byte[] gzip = name.endsWith(".woff2") ? null : Gzip.of(bytes);
            Asset a = new Asset(name.substring(0, dot) + "." + hash + name.substring(dot), bytes, gzip, contentType(name));
            byName.put(name, a);
            byFingerprint.put(a.fingerprintedName(), a);
        }
    }

    /** The URL path of an asset, e.g. {@code /assets/site.3fa1c2.css}. */
    public String url(String name) {
        return "/assets/" + byName.get(name).fingerprintedName();
    }

    public void serve(Context ctx) {
        Asset a = byFingerprint.get(ctx.pathParam("name"));
        if (a == null) throw new NotFoundResponse();
        ctx.header("Cache-Control", HttpCaching.IMMUTABLE);
        ctx.header("Vary", "Accept-Encoding");
        ctx.contentType(a.contentType());
        if (a.gzip() != null && HttpCaching.acceptsGzip(ctx.header("Accept-Encoding"))) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(a.gzip());
        } else {
            ctx.result(a.bytes());
        }
    }

    private byte[] linkAssets(byte[] css) {
        String text = new String(css, java.nio.charset.StandardCharsets.UTF_8);
        for (var e : byName.entrySet()) text = text.replace("url(" + e.getKey() + ")", "url(" + url(e.getKey()) + ")");
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] load(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("/assets/" + name)) {
            if (in == null) throw new IllegalStateException("missing asset " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".css")) return "text/css; charset=utf-8";
        if (name.endsWith(".svg")) return "image/svg+xml";
        if (name.endsWith(".gif")) return "image/gif";
        if (name.endsWith(".ico")) return "image/x-icon";
        if (name.endsWith(".woff2")) return "font/woff2";
        return "application/octet-stream";
    }
}
