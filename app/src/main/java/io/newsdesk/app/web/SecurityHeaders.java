package io.newsdesk.app.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers on every response. The policy allows no inline script at all; scripts of ad networks
 * are allowed only from the hosts an operator lists ({@code NEWSDESK_AD_SCRIPT_HOSTS}). A site whose public
 * address is https also tells browsers to use nothing else (HSTS), even when TLS ends at a proxy in front.
 */
public final class SecurityHeaders {
    private final Map<String, String> headers = new LinkedHashMap<>();

    public SecurityHeaders(String adScriptHosts, boolean httpsSite) {
        String extra = adScriptHosts == null || adScriptHosts.isBlank() ? "" : " " + adScriptHosts.strip();
        headers.put("Content-Security-Policy", "default-src 'self'; script-src 'self'" + extra + "; style-src 'self'; "
                + "img-src 'self' data: https:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("X-Frame-Options", "DENY");
        if (httpsSite) headers.put("Strict-Transport-Security", "max-age=31536000");
    }

    public Map<String, String> headers() {
        return headers;
    }

    public void apply(Context ctx) {
        headers.forEach(ctx::header);
    }
}
