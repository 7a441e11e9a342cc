package io.newsdesk.app.admin;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
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
