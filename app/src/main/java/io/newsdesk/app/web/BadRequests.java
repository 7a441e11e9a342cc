package io.newsdesk.app.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Input no route could make sense of is the client's error, found before any route reads it: an address
 * whose %-escapes do not decode (IIS-style {@code %u0041}, a lone {@code %}), a form in a charset this JVM
 * does not know, a form that does not parse, a multipart body anywhere but on the upload routes named to
 * {@link #allowingMultipartOn} (which read it with {@link MultipartForm}). Each is a 400 and one log line, where
 * the framework would have thrown deep inside a route (a 500 with a stack trace: a way to flood the log).
 */
public final class BadRequests {
    private static final Logger log = LoggerFactory.getLogger(BadRequests.class);

    private BadRequests() {}

    /** A before-handler for every path; throws {@link BadRequestResponse} (rendered by the site's error page). */
    public static void check(Context ctx) {
        check(ctx, path -> false);
    }

    /** As {@link #check}, but a multipart body is left to the route on the paths {@code uploads} accepts. */
    public static Handler allowingMultipartOn(Predicate<String> uploads) {
        return ctx -> check(ctx, uploads);
    }

    private static void check(Context ctx, Predicate<String> uploads) {
        if (!decodable(ctx.req().getRequestURI()) || !decodable(ctx.queryString())) {
            throw reject(ctx, "This address has an invalid %-escape.");
        }
        String type = ctx.header("Content-Type");
        if (type == null || !"POST".equals(ctx.method().name())) return;
        String charset = parameter(type, "charset");
        if (charset != null && !supported(charset)) {
            throw reject(ctx, "This form's character set (" + shortened(charset) + ") is not one we can read.");
        }
        String mime = type.toLowerCase(Locale.ROOT).strip();
        if (mime.startsWith("multipart/") && uploads.test(ctx.path())) return; // read by the route (MultipartForm)
        if (mime.startsWith("multipart/")) {
            // No form of the site is multipart, and a broken one upsets the servlet layer's parser even after
            // the answer (it fails while completing the request): the body is read (bounded) and refused.
            readWhole(ctx);
            throw reject(ctx, "Forms on this site are sent as application/x-www-form-urlencoded, not multipart.");
        }
        if (mime.startsWith("application/x-www-form-urlencoded")) {
            try {
                ctx.formParamMap(); // parsed once here and kept by the context for the route
            } catch (HttpResponseException e) {
                throw e; // too large (413) and the like already say what went wrong
            } catch (Exception e) { // a body cut short, bad escapes; checked ones come through the framework unchecked
                throw reject(ctx, "This form could not be read.");
            }
        }
    }

    private static void readWhole(Context ctx) {
        try {
            ctx.bodyAsBytes(); // bounded by the server's request size (413 past it)
        } catch (HttpResponseException e) {
            throw e;
        } catch (Exception e) {
            throw reject(ctx, "The request body ended early.");
        }
    }

    /** Whether every {@code %} starts an escape of two hexadecimal digits (what URL decoding accepts). */
    static boolean decodable(String raw) {
        if (raw == null) return true;
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A parameter of a header value such as {@code text/html; charset=utf-8}, unquoted; null when absent. */
    static String parameter(String headerValue, String name) {
        for (String part : headerValue.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).strip().equalsIgnoreCase(name)) {
                String v = part.substring(eq + 1).strip();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) v = v.substring(1, v.length() - 1);
                return v;
            }
        }
        return null;
    }

    private static boolean supported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException e) { // an illegal name
            return false;
        }
    }

    private static BadRequestResponse reject(Context ctx, String reason) {
        log.info("400 for {} {}: {}", ctx.method(), shortened(ctx.req().getRequestURI()), reason);
        return new BadRequestResponse(reason);
    }

    /** Client text in a log line or a message: bounded, one line. */
    private static String shortened(String s) {
        String one = s == null ? "" : s.replaceAll("[\\p{Cntrl}]", "?");
        return one.length() > 120 ? one.substring(0, 120) + "…" : one;
    }
}
