package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.newsdesk.app.accounts.User;
import io.newsdesk.app.accounts.UserStore;
import io.newsdesk.app.admin.AdminViews.AdminNav;
import io.newsdesk.app.audit.AuditLog.Actor;
import io.newsdesk.app.store.AdminSessionStore;
import io.newsdesk.app.util.Sha256;
import io.newsdesk.app.web.ClientAddress;
import io.newsdesk.app.web.FormTokens;
import io.newsdesk.app.web.MultipartForm;
import io.newsdesk.app.web.TrustedProxies;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Admin sessions and the one check in front of {@code /admin/*}. A session cookie is "token.signature": the token
 * is random and lives in {@code admin_sessions} (by its hash, with its user) until it expires, its user logs out
 * (here or everywhere), changes the password or is disabled; a forged cookie is refused without a database read.
 */
public final class AdminAuth {
    static final String COOKIE = "newsdesk_admin";
    static final Duration SESSION = Duration.ofHours(12);
    private static final String SESSION_ATTRIBUTE = "newsdesk.admin.session";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Who is logged in on this request, and the form token of their session. */
    public record Session(User user, String csrf) {}

    private final UserStore users;
    private final AdminSessionStore sessions;
    private final FormTokens signer;
    private final TrustedProxies proxies;
    private final boolean httpsSite;
    private final Clock clock;

    /** {@code httpsSite}: the public base URL is https, so cookies are Secure even when a proxy speaks plain HTTP to us. */
    public AdminAuth(UserStore users, AdminSessionStore sessions, FormTokens signer, TrustedProxies proxies,
                     boolean httpsSite, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.signer = signer;
        this.proxies = proxies;
        this.httpsSite = httpsSite;
        this.clock = clock;
    }

    /** A new session for {@code user} with a new token (a cookie set before logging in is never reused). */
    public void startSession(Context ctx, User user) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        sessions.start(Sha256.hex(token), user.id(), now, now.plus(SESSION));
        ctx.cookie(new Cookie(COOKIE, token + "." + signature(token), "/admin", (int) SESSION.toSeconds(),
                httpsSite || ClientAddress.https(ctx, proxies), true, null, SameSite.STRICT));
    }

    /** Logs this browser out: its session ends on the server, so a copy of the cookie is worthless too. */
    public void endSession(Context ctx) {
        sessionToken(ctx).ifPresent(token -> sessions.end(Sha256.hex(token)));
        ctx.removeCookie(COOKIE, "/admin");
    }

    /**
     * The one check in front of every {@code /admin/} path but the public ones: a reader without a session is sent
     * to log in (a page, coming back to it afterwards) or refused (a change); every change carries the session's
     * form token (CSRF); and the user's role must open the path ({@link AdminAccess}). Handlers then read the
     * session with {@link #sessionOf}.
     */
    public void filter(Context ctx) {
        String path = ctx.path();
        if (AdminAccess.isPublic(path)) return;
        // no admin route takes another method: let the router answer 405 (or 404), not a login page
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && ctx.method() != HandlerType.POST) return;
        boolean reading = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
        Optional<Session> session = session(ctx);
        if (session.isEmpty() && (reading || path.startsWith("/admin/logout"))) {
            String here = path + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            boolean back = reading && !path.equals("/admin") && LocalRedirect.safe(here);
            ctx.redirect("/admin/login" + (back ? "?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8) : ""), HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        if (session.isEmpty()) throw new ForbiddenResponse("Please log in.");
        if (!reading && !validCsrf(session.get().csrf(), formToken(ctx))) throw new ForbiddenResponse("This form has expired.");
        if (!AdminAccess.allows(session.get().user().role(), path)) {
            throw new ForbiddenResponse("Your role (" + session.get().user().role().label() + ") does not open this page.");
        }
        ctx.attribute(SESSION_ATTRIBUTE, session.get());
    }

    /** The form's CSRF token; an upload form (multipart, let through only on upload routes) is read by our own parser. */
    private static String formToken(Context ctx) {
        return MultipartForm.isMultipart(ctx) ? MultipartForm.of(ctx).field("csrf") : ctx.formParam("csrf");
    }

    /** The session {@link #filter} found for this request. */
    public static Session sessionOf(Context ctx) {
        Session s = ctx.attribute(SESSION_ATTRIBUTE);
        if (s == null) throw new IllegalStateException("no admin session: is the path under /admin/?");
        return s;
    }

    /** The logged-in user as the audit log names them. */
    public Actor actor(Context ctx) {
        User u = sessionOf(ctx).user();
        return new Actor(u.id(), u.name(), ClientAddress.of(ctx, proxies));
    }

    /** The menu of this request's page, for its user. */
    public static AdminNav nav(Context ctx) {
        Session s = sessionOf(ctx);
        return new AdminNav(s.user().name(), s.user().role().label(), AdminAccess.menu(s.user().role(), ctx.path()), s.csrf());
    }

    /** The session of a correctly signed cookie that is live on the server, with its user if not disabled. */
    public Optional<Session> session(Context ctx) {
        Optional<String> token = sessionToken(ctx);
        if (token.isEmpty()) return Optional.empty();
        return sessions.live(Sha256.hex(token.get()), clock.instant())
                .flatMap(users::byId)
                .filter(u -> !u.disabled())
                .map(u -> new Session(u, csrfToken(ctx.cookie(COOKIE))));
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
    private String csrfToken(String cookie) {
        return signer.sign("admin-csrf|" + cookie);
    }

    private static boolean validCsrf(String expected, String given) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String token) {
        return signer.sign("admin-session|" + token);
    }
}
