package io.newsdesk.app.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Who sent a request, for rate limits and view counting, and whether it came over TLS. Forwarded headers
 * ({@code X-Forwarded-For}, {@code Forwarded}, {@code X-Forwarded-Proto}) count only when the connection comes
 * from a trusted proxy; otherwise anyone could pick a fresh address for every request.
 */
public final class ClientAddress {
    private ClientAddress() {}

    /**
     * The client's address: the connection's peer, or, when that is a trusted proxy, the nearest forwarded hop
     * that is not itself a trusted proxy (read from the right, since a client may prepend anything it likes).
     */
    public static String of(Context ctx, TrustedProxies trusted) {
        String peer = ctx.req().getRemoteAddr();
        String address = TrustedProxies.normalise(peer);
        if (address == null) address = peer;
        if (!trusted.trusts(address)) return address;
        List<String> hops = forwardedFor(ctx);
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = TrustedProxies.normalise(hops.get(i));
            if (hop == null) return address; // "unknown" or an obfuscated name: the last address we can vouch for
            if (!trusted.trusts(hop)) return hop;
            address = hop;
        }
        return address;
    }

    /** Whether the client's connection used TLS: this request's own scheme, or a trusted proxy's word for it. */
    public static boolean https(Context ctx, TrustedProxies trusted) {
        if ("https".equalsIgnoreCase(ctx.scheme())) return true;
        String peer = TrustedProxies.normalise(ctx.req().getRemoteAddr());
        if (peer == null || !trusted.trusts(peer)) return false;
        String proto = ctx.header("X-Forwarded-Proto");
        if (proto != null) return "https".equalsIgnoreCase(proto.split(",")[0].strip());
        String forwarded = ctx.header("Forwarded");
        if (forwarded == null) return false;
        // the first element is the one the client-facing proxy wrote
        String proto2 = parameter(forwarded.split(",")[0], "proto");
        return "https".equalsIgnoreCase(proto2);
    }

    /** The forwarded chain, client first: X-Forwarded-For when present, else the for= of Forwarded (RFC 7239). */
    private static List<String> forwardedFor(Context ctx) {
        List<String> hops = new ArrayList<>();
        List<String> xff = Collections.list(ctx.req().getHeaders("X-Forwarded-For"));
        if (!xff.isEmpty()) {
            for (String header : xff) for (String hop : header.split(",")) hops.add(stripPort(hop.strip()));
            return hops;
        }
        for (String header : Collections.list(ctx.req().getHeaders("Forwarded"))) {
            for (String element : header.split(",")) {
                String node = parameter(element, "for");
                hops.add(node == null ? "unknown" : stripPort(node));
            }
        }
        return hops;
    }

    private static String parameter(String element, String name) {
        for (String pair : element.split(";")) {
            int eq = pair.indexOf('=');
            if (eq < 0 || !pair.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals(name)) continue;
            String value = pair.substring(eq + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) value = value.substring(1, value.length() - 1);
            return value;
        }
        return null;
    }

    /** "[2001:db8::1]:4711" → "2001:db8::1", "192.0.2.1:80" → "192.0.2.1"; a bare IPv6 address is left alone. */
    private static String stripPort(String node) {
        if (node.startsWith("[")) {
            int close = node.indexOf(']');
            return close > 0 ? node.substring(1, close) : node;
        }
        int colon = node.indexOf(':');
        return colon > 0 && colon == node.lastIndexOf(':') ? node.substring(0, colon) : node;
    }
}
