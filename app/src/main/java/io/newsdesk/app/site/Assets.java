package io.newsdesk.app.site;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Static assets from {@code /assets} on the classpath, served under a name that holds a hash of
 * their content ({@code site.3fa1c2.css}), so browsers may keep them forever.
 */
public final class Assets {
    private record Asset(String fingerprintedName, byte[] bytes, byte[] gzip, String contentType) {}

    private final Map<String, Asset> byName = new ConcurrentHashMap<>();
    private final Map<String, Asset> byFingerprint = new ConcurrentHashMap<>();

    public Assets(String... names) {
        for (String name : names) {
            byte[] bytes = load(name);
            String hash = HexFormat.of().formatHex(Etags.sha256(bytes), 0, 5);
            int dot = name.lastIndexOf('.');
            Asset a = new Asset(name.substring(0, dot) + "." + hash + name.substring(dot), bytes, RenderedPage.gzip(bytes), contentType(name));
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
        if (HttpCaching.acceptsGzip(ctx.header("Accept-Encoding"))) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(a.gzip());
        } else {
            ctx.result(a.bytes());
        }
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
        return "application/octet-stream";
    }
}
