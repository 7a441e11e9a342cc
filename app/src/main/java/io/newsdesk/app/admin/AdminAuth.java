package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.newsdesk.app.store.AdminSessionStore;
import io.newsdesk.app.store.SettingStore;
import io.newsdesk.app.util.Sha256;
import io.newsdesk.app.web.ClientAddress;
import io.newsdesk.app.web.FormTokens;
import io.newsdesk.app.web.TrustedProxies;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The admin password (set with {@code ./newsdesk admin set-password}) and sessions. A session cookie is
 * "token.signature": the token is random and lives in {@code admin_sessions} (by its hash) until it expires, the
 * admin logs out, or someone logs out everywhere; the signature covers the password hash, so a new password ends
 * every session too, and a forged cookie is refused without a database read.
 */
public final class AdminAuth {
    public static final String PASSWORD_SETTING = "admin.password";
    static final String COOKIE = "newsdesk_admin";
    static final Duration SESSION = Duration.ofHours(12);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SettingStore settings;
    private final AdminSessionStore sessions;
    private final FormTokens signer;
    private final TrustedProxies proxies;
    private final boolean httpsSite;
    private final Clock clock;

    /** {@code httpsSite}: the public base URL is https, so cookies are Secure even when a proxy speaks plain HTTP to us. */
    public AdminAuth(SettingStore settings, AdminSessionStore sessions, FormTokens signer, TrustedProxies proxies,
                     boolean httpsSite, Clock clock) {
        this.settings = settings;
        this.sessions = sessions;
        this.signer = signer;
        this.proxies = proxies;
        this.httpsSite = httpsSite;
        this.clock = clock;
    }

    public static void setPassword(SettingStore settings, char[] password) {
        if (password.length < 8) throw new IllegalArgumentException("the password needs at least 8 characters");
        settings.put(PASSWORD_SETTING, PasswordHash.hash(password));
    }

    public boolean passwordSet() {
        return settings.get(PASSWORD_SETTING).isPresent();
    }

    public boolean checkPassword(String password) {
        Optional<String> stored = settings.get(PASSWORD_SETTING);
        return password != null && stored.isPresent() && PasswordHash.matches(password.toCharArray(), stored.get());
    }

    public void startSession(Context ctx) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        sessions.start(Sha256.hex(token), now, now.plus(SESSION));
        ctx.cookie(new Cookie(COOKIE, token + "." + signature(token), "/admin", (int) SESSION.toSeconds(),
                httpsSite || ClientAddress.https(ctx, proxies), true, null, SameSite.STRICT));
    }

    /** Logs this browser out: its session ends on the server, so a copy of the cookie is worthless too. */
    public void endSession(Context ctx) {
        sessionToken(ctx).ifPresent(token -> sessions.end(Sha256.hex(token)));
        ctx.removeCookie(COOKIE, "/admin");
    }

    /** Logs every browser out, this one included. */
    public void endAllSessions(Context ctx) {
        sessions.endAll();
        ctx.removeCookie(COOKIE, "/admin");
    }

    private static final String SESSION_ATTRIBUTE = "newsdesk.admin.session";

    /**
     * The one check in front of every {@code /admin/} path but the login page: a reader without a session is sent
     * to log in (a page) or refused (a change), and every change carries the session's form token (CSRF).
     * Handlers then read the session with {@link #sessionOf}.
     */
    public void filter(Context ctx) {
        if (ctx.path().equals("/admin/login")) return;
        // no admin route takes another method: let the router answer 405 (or 404), not a login page
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && ctx.method() != HandlerType.POST) return;
        boolean reading = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
        Optional<String> session = session(ctx);
        if (session.isEmpty() && (reading || ctx.path().startsWith("/admin/logout"))) {
            ctx.redirect("/admin/login", HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        if (session.isEmpty()) throw new ForbiddenResponse("Please log in.");
        if (!reading && !validCsrf(session.get(), ctx.formParam("csrf"))) throw new ForbiddenResponse("This form has expired.");
        ctx.attribute(SESSION_ATTRIBUTE, session.get());
    }

    /** The session {@link #filter} found for this request. */
    public static String sessionOf(Context ctx) {
        String s = ctx.attribute(SESSION_ATTRIBUTE);
        if (s == null) throw new IllegalStateException("no admin session: is the path under /admin/?");
        return s;
    }

    /** The session cookie's value when it is signed for the current password and its session is still live. */
    public Optional<String> session(Context ctx) {
        Optional<String> token = sessionToken(ctx);
        if (token.isEmpty() || !sessions.live(Sha256.hex(token.get()), clock.instant())) return Optional.empty();
        return Optional.of(ctx.cookie(COOKIE));
    }

    /** The token of a correctly signed session cookie, live or not. */
    private Optional<String> sessionToken(Context ctx) {
        String value = ctx.cookie(COOKIE);
        if (value == null) return Optional.empty();
        int dot = value.indexOf('.');
        if (dot < 1) return Optional.empty();
        String token = value.substring(0, dot);
        byte[] given = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, signature(token).getBytes(StandardCharsets.US_ASCII)) ? Optional.of(token) : Optional.empty();
    }

    /** The CSRF token of the admin forms: bound to the session. */
    public String csrfToken(String session) {
        return signer.sign("admin-csrf|" + session);
    }

    public boolean validCsrf(String session, String token) {
        return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                csrfToken(session).getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String token) {
        return signer.sign("admin-session|" + token + "|" + settings.get(PASSWORD_SETTING).orElse(""));
    }
}
