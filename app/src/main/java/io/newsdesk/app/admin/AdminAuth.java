package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.newsdesk.app.web.FormTokens;
import io.newsdesk.app.store.SettingStore;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The admin password (set with {@code ./newsdesk admin set-password}) and signed session cookies.
 * A session is "expiry.signature"; it needs no server state, so any app node accepts it, and it
 * ends when the password changes because the password hash is part of what is signed.
 */
public final class AdminAuth {
    public static final String PASSWORD_SETTING = "admin.password";
    static final String COOKIE = "newsdesk_admin";
    static final Duration SESSION = Duration.ofHours(12);

    private final SettingStore settings;
    private final FormTokens signer;
    private final Clock clock;

    public AdminAuth(SettingStore settings, FormTokens signer, Clock clock) {
        this.settings = settings;
        this.signer = signer;
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
        long expiry = clock.millis() + SESSION.toMillis();
        ctx.cookie(new Cookie(COOKIE, expiry + "." + signature(expiry), "/admin", (int) SESSION.toSeconds(),
                ctx.scheme().equals("https"), true, null, SameSite.STRICT));
    }

    public void endSession(Context ctx) {
        ctx.removeCookie(COOKIE, "/admin");
    }

    /** The session value when the request carries a valid, unexpired session. */
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
        if (session.isEmpty() && (reading || ctx.path().equals("/admin/logout"))) {
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

    public Optional<String> session(Context ctx) {
        String value = ctx.cookie(COOKIE);
        if (value == null) return Optional.empty();
        int dot = value.indexOf('.');
        if (dot < 1) return Optional.empty();
        long expiry;
        try {
            expiry = Long.parseLong(value.substring(0, dot));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (expiry < clock.millis()) return Optional.empty();
        byte[] given = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, signature(expiry).getBytes(StandardCharsets.US_ASCII)) ? Optional.of(value) : Optional.empty();
    }

    /** The CSRF token of the admin forms: bound to the session. */
    public String csrfToken(String session) {
        return signer.sign("admin-csrf|" + session);
    }

    public boolean validCsrf(String session, String token) {
        return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                csrfToken(session).getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(long expiry) {
        return signer.sign("admin-session|" + expiry + "|" + settings.get(PASSWORD_SETTING).orElse(""));
    }
}
