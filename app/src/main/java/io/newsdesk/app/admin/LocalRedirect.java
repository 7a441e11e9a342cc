package io.newsdesk.app.admin;

/**
 * Where to go after logging in: only a path of this site's admin ("/admin…"), never another site. Browsers read
 * "//host", "/\host" and "/admin@host"-like tricks as addresses elsewhere, so anything but plain path and query
 * characters is refused rather than repaired.
 */
final class LocalRedirect {
    static final String HOME = "/admin";

    private LocalRedirect() {}

    static boolean safe(String next) {
        return next != null && next.length() <= 500 && (next.equals(HOME) || next.startsWith(HOME + "/") || next.startsWith(HOME + "?"))
                && !next.contains("//") && !next.contains("\\") && !next.contains("/..") && next.matches("[A-Za-z0-9/_.~%?=&+-]*");
    }

    /** {@code next} when it is safe, else the dashboard. */
    static String or(String next) {
        return safe(next) ? next : HOME;
    }
}
