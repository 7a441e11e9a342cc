package io.newsdesk.app.site;

import io.javalin.http.Context;

/**
 * Headers on every response. The policy allows no inline script at all; scripts of ad networks
 * are allowed only from the hosts an operator lists ({@code NEWSDESK_AD_SCRIPT_HOSTS}).
 */
public final class SecurityHeaders {
    private final String policy;

    public SecurityHeaders(String adScriptHosts) {
        String extra = adScriptHosts == null || adScriptHosts.isBlank() ? "" : " " + adScriptHosts.strip();
        this.policy = "default-src 'self'; script-src 'self'" + extra + "; style-src 'self'; img-src 'self' data: https:; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    public void apply(Context ctx) {
        ctx.header("Content-Security-Policy", policy);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("X-Frame-Options", "DENY");
    }
}
