package io.newsdesk.app.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ContentTooLargeResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code multipart/form-data} body (an upload form) read by our own bounded parser, not the servlet layer's:
 * the size is refused from {@code Content-Length} before a byte is read (413), a body without one is read only up
 * to the limit, and anything malformed (no boundary, no closing delimiter, a header line without a colon, a part
 * without a name, too many parts) is a 400 with a reason, never an exception deep in the server. Only the upload
 * routes named to {@link BadRequests} may be multipart. A file's name and type as the client sent them are not
 * kept: the bytes are all there is.
 */
public final class MultipartForm {
    private static final String ATTRIBUTE = "newsdesk.multipart";
    static final int MAX_PARTS = 20;
    static final int MAX_HEADER_BYTES = 8 * 1024;
    static final int MAX_FIELD_BYTES = 64 * 1024;

    private final Map<String, String> fields;
    private final Map<String, byte[]> files;

    private MultipartForm(Map<String, String> fields, Map<String, byte[]> files) {
        this.fields = fields;
        this.files = files;
    }

    public static boolean isMultipart(Context ctx) {
        String type = ctx.header("Content-Type");
        return type != null && type.strip().toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The largest upload body: a 10 MB picture and its form fields. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** The request's form, read once (later calls get the same); at most {@link #MAX_BYTES} of body. */
    public static MultipartForm of(Context ctx) {
        return of(ctx, MAX_BYTES);
    }

    /** As {@link #of(Context)} with another limit. */
    public static MultipartForm of(Context ctx, long maxBytes) {
        MultipartForm cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) return cached;
        String type = ctx.header("Content-Type");
        String boundary = type == null ? null : BadRequests.parameter(type, "boundary");
        if (type == null || !type.strip().toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new BadRequestResponse("This form must be sent as multipart/form-data.");
        }
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw new BadRequestResponse("This multipart form has no usable boundary.");
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) throw tooLarge(maxBytes);
        MultipartForm form;
        try {
            form = parse(readLimited(ctx.req().getInputStream(), maxBytes), boundary);
        } catch (IOException e) {
            throw new BadRequestResponse("The request body ended early.");
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("This multipart form could not be read: " + e.getMessage() + ".");
        }
        ctx.attribute(ATTRIBUTE, form);
        return form;
    }

    /** A text field's value (UTF-8), or null. */
    public String field(String name) {
        return fields.get(name);
    }

    /** A file part's bytes; empty when absent or when no file was chosen (an empty part). */
    public Optional<byte[]> file(String name) {
        byte[] b = files.get(name);
        return b == null || b.length == 0 ? Optional.empty() : Optional.of(b);
    }

    private static ContentTooLargeResponse tooLarge(long maxBytes) {
        return new ContentTooLargeResponse("The upload is larger than " + maxBytes / (1024 * 1024) + " MB.");
    }

    private static byte[] readLimited(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > maxBytes) throw tooLarge(maxBytes);
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Parses a whole body; {@link IllegalArgumentException} says what is wrong with it. */
    static MultipartForm parse(byte[] body, String boundary) {
        byte[] dash = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos;
        if (startsAt(body, 0, dash)) pos = dash.length;
        else {
            int found = indexOf(body, delimiter, 0); // a preamble before the first delimiter is allowed and ignored
            if (found < 0) throw new IllegalArgumentException("no delimiter");
            pos = found + delimiter.length;
        }
        Map<String, String> fields = new HashMap<>();
        Map<String, byte[]> files = new HashMap<>();
        for (int parts = 0; ; parts++) {
            if (startsAt(body, pos, new byte[] {'-', '-'})) return new MultipartForm(fields, files); // the closing delimiter
            if (parts >= MAX_PARTS) throw new IllegalArgumentException("more than " + MAX_PARTS + " parts");
            while (pos < body.length && (body[pos] == ' ' || body[pos] == '\t')) pos++; // transport padding
            if (!startsAt(body, pos, new byte[] {'\r', '\n'})) throw new IllegalArgumentException("no line break after a delimiter");
            pos += 2;
            int headersEnd = indexOf(body, new byte[] {'\r', '\n', '\r', '\n'}, pos);
            if (headersEnd < 0 || headersEnd - pos > MAX_HEADER_BYTES) throw new IllegalArgumentException("a part's headers do not end");
            Disposition d = disposition(new String(body, pos, headersEnd - pos, StandardCharsets.UTF_8));
            int start = headersEnd + 4;
            int end = indexOf(body, delimiter, start);
            if (end < 0) throw new IllegalArgumentException("a part does not end (no closing delimiter)");
            byte[] content = java.util.Arrays.copyOfRange(body, start, end);
            if (d.file()) files.put(d.name(), content);
            else {
                if (content.length > MAX_FIELD_BYTES) throw new IllegalArgumentException("a field is too long");
                fields.put(d.name(), new String(content, StandardCharsets.UTF_8));
            }
            pos = end + delimiter.length;
        }
    }

    private record Disposition(String name, boolean file) {}

    private static Disposition disposition(String headers) {
        String name = null;
        boolean file = false;
        for (String line : headers.split("\r\n", -1)) {
            int colon = line.indexOf(':');
            if (colon < 1) throw new IllegalArgumentException("a header line without a name");
            if (!line.substring(0, colon).strip().equalsIgnoreCase("Content-Disposition")) continue;
            String value = line.substring(colon + 1);
            if (!value.strip().toLowerCase(Locale.ROOT).startsWith("form-data")) throw new IllegalArgumentException("a part that is not form-data");
            name = BadRequests.parameter(value, "name");
            file = BadRequests.parameter(value, "filename") != null; // a file part; its name is not kept
        }
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("a part without a name");
        return new Disposition(name, file);
    }

    private static boolean startsAt(byte[] b, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > b.length) return false;
        for (int i = 0; i < prefix.length; i++) if (b[at + i] != prefix[i]) return false;
        return true;
    }

    private static int indexOf(byte[] b, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= b.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (b[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
