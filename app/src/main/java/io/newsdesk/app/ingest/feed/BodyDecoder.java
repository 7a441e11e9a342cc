package io.newsdesk.app.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a fetched body into text. Order: byte order mark, then the XML declaration, then the HTTP charset,
 * then an HTML meta charset, then UTF-8. Bytes that are not valid in the chosen UTF-8 are never decoded
 * silently: Cyrillic sites that declare UTF-8 but send windows-1251 are common enough to detect and repair.
 * Not the extract module's PageDecoder, whose browser rules would change feed text: it reads ISO-8859-1 as
 * windows-1252, guesses a single-byte charset for invalid UTF-8 instead of reporting it, and switches to
 * UTF-8 when bytes declared as another charset are plainly UTF-8.
 */
final class BodyDecoder {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Pattern XML_ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern CT_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private BodyDecoder() {
    }

    static String decode(byte[] body, String contentType, List<String> warnings) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return strict(body, 3, StandardCharsets.UTF_8, "byte order mark", warnings);
        }
        if (startsWith(body, 0xFE, 0xFF) || startsWith(body, 0x00, 0x3C, 0x00, 0x3F)) {
            return stripBom(new String(body, StandardCharsets.UTF_16BE));
        }
        if (startsWith(body, 0xFF, 0xFE) || startsWith(body, 0x3C, 0x00, 0x3F, 0x00)) {
            return stripBom(new String(body, StandardCharsets.UTF_16LE));
        }
        // Only ASCII matters for sniffing; ISO-8859-1 maps every byte to one char without failing.
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
        String declared = null;
        String origin = null;
        Matcher m = XML_ENCODING.matcher(head.stripLeading());
        if (m.find()) {
            declared = m.group(1);
            origin = "XML declaration";
        } else if (contentType != null && (m = CT_CHARSET.matcher(contentType)).find()) {
            declared = m.group(1);
            origin = "Content-Type";
        } else if ((m = META_CHARSET.matcher(head)).find()) {
            declared = m.group(1);
            origin = "meta charset";
        }
        Charset charset = StandardCharsets.UTF_8;
        if (declared != null) {
            try {
                charset = Charset.forName(declared);
            } catch (IllegalArgumentException e) {
                warnings.add("unknown charset '" + declared + "' in " + origin + "; decoded as UTF-8");
                origin = null;
            }
        }
        if (!charset.equals(StandardCharsets.UTF_8)) {
            return new String(body, charset);
        }
        return strict(body, 0, StandardCharsets.UTF_8, origin == null ? "default" : origin, warnings);
    }

    private static String strict(byte[] body, int offset, Charset utf8, String origin, List<String> warnings) {
        ByteBuffer buf = ByteBuffer.wrap(body, offset, body.length - offset);
        try {
            return utf8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buf).toString();
        } catch (CharacterCodingException e) {
            String cyrillic = new String(body, offset, body.length - offset, CP1251);
            if (mostlyCyrillic(cyrillic)) {
                warnings.add("body is not valid UTF-8 (UTF-8 from " + origin + "); its bytes look like windows-1251 Cyrillic, decoded as windows-1251");
                return cyrillic;
            }
            warnings.add("body is not valid UTF-8 (UTF-8 from " + origin + "); invalid bytes replaced with U+FFFD");
            return new String(body, offset, body.length - offset, utf8);
        }
    }

    /**
     * True when the non-ASCII characters are Cyrillic letters standing in words (runs of two or more), as in real
     * windows-1251 text. Latin-1 text has lone accented letters between ASCII ones; those map to lone Cyrillic
     * letters and must not be mistaken for Russian.
     */
    static boolean mostlyCyrillic(String s) {
        int nonAscii = 0;
        int inRuns = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            if (isCyrillic(c) && ((i > 0 && isCyrillic(s.charAt(i - 1))) || (i + 1 < s.length() && isCyrillic(s.charAt(i + 1))))) {
                inRuns++;
            }
        }
        return nonAscii > 0 && inRuns >= nonAscii * 0.8;
    }

    private static boolean isCyrillic(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
