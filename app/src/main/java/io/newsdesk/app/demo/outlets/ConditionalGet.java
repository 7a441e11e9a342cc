package io.newsdesk.app.demo.outlets;

import com.sun.net.httpserver.Headers;
import io.newsdesk.app.util.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Validators of a response (a strong ETag over the bytes, Last-Modified) and the RFC 9110 decision whether a
 * conditional GET gets 304: If-None-Match wins when present; If-Modified-Since is only read without it.
 */
record ConditionalGet(String etag, Instant lastModified) {

    static ConditionalGet of(byte[] body, Instant lastModified) {
        return new ConditionalGet("\"" + Sha256.shortHex(12, body) + "\"", lastModified.truncatedTo(ChronoUnit.SECONDS));
    }

    String lastModifiedHeader() {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(lastModified, ZoneOffset.UTC));
    }

    void addTo(Headers headers) {
        headers.set("ETag", etag);
        headers.set("Last-Modified", lastModifiedHeader());
    }

    boolean notModified(Headers request) {
        String inm = request.getFirst("If-None-Match");
        if (inm != null) {
            for (String tag : inm.split(",")) {
                String t = tag.strip();
                if (t.startsWith("W/")) t = t.substring(2);
                if (t.equals("*") || t.equals(etag)) return true;
            }
            return false;
        }
        String ims = request.getFirst("If-Modified-Since");
        if (ims == null) return false;
        try {
            Instant since = ZonedDateTime.parse(ims.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false; // an invalid date is ignored (RFC 9110, 13.1.3)
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
