package io.newsdesk.extract;

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
 * Bytes of a page or a feed to text, as a browser would, the one decoder for both: byte-order mark
 * first (and UTF-16 XML without one), then the XML declaration of a document that starts with one,
 * then the HTTP Content-Type charset, then {@code <meta charset>} / http-equiv in the first bytes.
 * The declared charset is checked against the bytes and replaced by a detected one when it is
 * missing or plainly wrong (invalid UTF-8, or Cyrillic single-byte text declared as Latin-1 or as
 * the other Cyrillic code page); each replacement is reported in the warnings.
 */
public final class BodyDecoder {
    static final Charset CP1251 = Charset.forName("windows-1251");
    static final Charset CP1252 = Charset.forName("windows-1252");
    static final Charset KOI8R = Charset.forName("KOI8-R");
    static final Charset KOI8U = Charset.forName("KOI8-U");
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META = Pattern.compile("<meta[^>]{0,400}>", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private BodyDecoder() {}

    public record Decoded(String text, Charset charset) {}

    /** The text of {@code b}; what was detected against a declaration goes to {@code warnings}. */
    public static Decoded decode(byte[] b, String contentType, List<String> warnings) {
        Charset bom = bom(b);
        if (bom != null) {
            int off = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF) ? 2 : 0;
            return new Decoded(new String(b, off, b.length - off, bom), bom);
        }
        Charset declared = declared(b, contentType, warnings);
        if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
            // fast path for the common case: the JDK's UTF-8 decoder is intrinsified; a page without
            // U+FFFD after decoding was valid UTF-8 (or ASCII), which is the answer the checks below give
            // (measured: cheaper than a byte-level validation before decoding)
            String s = new String(b, StandardCharsets.UTF_8);
            if (s.indexOf('\uFFFD') < 0) return new Decoded(s, StandardCharsets.UTF_8);
        }
        Stats st = Stats.of(b);
        Charset chosen;
        if (st.high == 0) {
            chosen = declared != null ? declared : StandardCharsets.UTF_8;
        } else if (st.validUtf8) {
            // valid multi-byte UTF-8 is almost never produced by accident by single-byte text
            chosen = StandardCharsets.UTF_8;
            if (declared != null && !declared.equals(StandardCharsets.UTF_8) && st.multibyte > 2)
                warnings.add("charset: declared " + declared.name() + " but the bytes are UTF-8");
            else if (declared != null && !declared.equals(StandardCharsets.UTF_8)) chosen = declared;
        } else {
            Charset guess = st.guessSingleByte();
            if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
                chosen = guess;
                if (declared != null) warnings.add("charset: declared UTF-8 but detected " + guess.name());
            } else if (isCyrillic(guess) && !sameFamily(declared, guess) && !multiByte(declared)) {
                chosen = guess;
                warnings.add("charset: declared " + declared.name() + " but detected " + guess.name());
            } else {
                chosen = declared;
            }
        }
        if (chosen.equals(StandardCharsets.UTF_8) && st.utf8Text != null) return new Decoded(st.utf8Text, chosen);
        return new Decoded(new String(b, chosen), chosen);
    }

    /**
     * Whether the page is UTF-8 as long as its bytes are valid UTF-8: no byte-order mark, and UTF-8 or nothing
     * declared ({@link #decode} answers UTF-8 for such a page then). Lets a caller decode while it reads
     * ({@link StrictUtf8Reader}) and come back to {@link #decode} only for the rare page that is not.
     */
    public static boolean utf8IfValid(byte[] b, String contentType, List<String> warnings) {
        if (bom(b) != null) return false;
        Charset declared = declared(b, contentType, warnings);
        return declared == null || declared.equals(StandardCharsets.UTF_8);
    }

    /** The charset a byte-order mark (or UTF-16 XML without one) names, else null. */
    private static Charset bom(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) return StandardCharsets.UTF_8;
        if (startsWith(b, 0xFF, 0xFE)) return StandardCharsets.UTF_16LE;
        if (startsWith(b, 0xFE, 0xFF)) return StandardCharsets.UTF_16BE;
        if (startsWith(b, 0x3C, 0x00, 0x3F, 0x00)) return StandardCharsets.UTF_16LE; // "<?" of an XML declaration in UTF-16 without a mark
        if (startsWith(b, 0x00, 0x3C, 0x00, 0x3F)) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** The charset the page declares: XML declaration, then the HTTP Content-Type, then a meta tag in the first 4 KB. */
    private static Charset declared(byte[] b, String contentType, List<String> warnings) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Charset declared = null;
        // the document's own XML declaration, when it has one, is more often right than a server default
        Matcher x = XML_ENCODING.matcher(head);
        if (x.find()) declared = lookup(x.group(1), "XML declaration", warnings);
        if (declared == null && contentType != null) {
            Matcher m = CHARSET.matcher(contentType);
            if (m.find()) declared = lookup(m.group(1), "Content-Type", warnings);
        }
        if (declared == null) declared = fromMeta(head, warnings);
        if (declared != null && (declared.name().startsWith("UTF-16") || declared.name().startsWith("UTF-32"))) {
            declared = StandardCharsets.UTF_8; // a page read as bytes that declares UTF-16 in ASCII is not UTF-16 (HTML spec)
        }
        return declared;
    }

    /**
     * A declared multi-byte charset (GB2312, Big5, Shift_JIS, EUC-KR …): its bytes are not valid UTF-8 and
     * look like high single-byte letters, so the single-byte guess is no evidence against it.
     */
    private static boolean multiByte(Charset c) {
        try {
            return c.canEncode() && c.newEncoder().maxBytesPerChar() > 1.5f;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean isCyrillic(Charset c) {
        return c.equals(CP1251) || c.equals(KOI8R) || c.equals(KOI8U);
    }

    private static boolean sameFamily(Charset declared, Charset guess) {
        if (declared.equals(guess)) return true;
        String d = declared.name().toUpperCase(Locale.ROOT);
        if (guess.equals(KOI8R)) return d.startsWith("KOI8");
        if (guess.equals(CP1251)) return d.equals("WINDOWS-1251") || d.equals("X-MAC-CYRILLIC");
        return false;
    }

    private static Charset lookup(String name, String where, List<String> warnings) {
        Charset c = lookup(name);
        if (c == null) warnings.add("charset: unknown charset '" + name + "' in the " + where + ", ignored");
        return c;
    }

    static Charset lookup(String name) {
        if (name == null) return null;
        String n = name.trim().toLowerCase(Locale.ROOT);
        // the WHATWG encoding standard maps these labels to windows-1252
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")
                || n.equals("iso8859-1") || n.equals("l1")) return CP1252;
        if (n.equals("utf8")) return StandardCharsets.UTF_8;
        if (n.equals("cp1251") || n.equals("win-1251")) return CP1251;
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The charset of the first {@code <meta charset>} or http-equiv Content-Type in the first 4 KB. */
    private static Charset fromMeta(String head, List<String> warnings) {
        Matcher m = META.matcher(head);
        while (m.find()) {
            Matcher c = CHARSET.matcher(m.group());
            if (c.find()) {
                Charset cs = lookup(c.group(1), "meta charset", warnings);
                if (cs != null) return cs;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xff) != prefix[i]) return false;
        return true;
    }

    /** Byte statistics used to check a declared charset and to guess a missing one. */
    static final class Stats {
        int high, multibyte, runs, lowerKoi, lowerWin, pairs;
        boolean validUtf8;
        String utf8Text;

        static Stats of(byte[] b) {
            Stats s = new Stats();
            int n = b.length;
            boolean prevHigh = false;
            for (int i = 0; i < n; i++) {
                int c = b[i] & 0xff;
                if (c >= 0x80) {
                    s.high++;
                    if (c >= 0xC0 && c <= 0xDF) s.lowerKoi++;
                    else if (c >= 0xE0) s.lowerWin++;
                    if (prevHigh) s.pairs++;
                    prevHigh = true;
                } else {
                    prevHigh = false;
                }
            }
            if (s.high > 0) s.validUtf8 = utf8(b, s);
            return s;
        }

        private static boolean utf8(byte[] b, Stats s) {
            try {
                s.utf8Text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                // a page cut at a size limit may end in the middle of a character: ignore the last bytes
                if (b.length > 8) {
                    try {
                        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                .decode(ByteBuffer.wrap(b, 0, lastCharStart(b)));
                    } catch (CharacterCodingException e2) {
                        return false;
                    }
                } else {
                    return false;
                }
            }
            s.multibyte = s.high / 2;
            return true;
        }

        private static int lastCharStart(byte[] b) {
            int i = b.length - 1;
            while (i > 0 && b.length - i < 4 && (b[i] & 0xC0) == 0x80) i--;
            return i;
        }

        /**
         * Cyrillic single-byte text has runs of consecutive high bytes (whole words), mostly lower
         * case: lower case is 0xE0-0xFF in windows-1251 and 0xC0-0xDF in KOI8-R. Latin text has
         * isolated accented letters instead.
         */
        Charset guessSingleByte() {
            boolean cyrillic = high >= 8 && pairs * 2 >= high;
            if (!cyrillic) return CP1252;
            return lowerKoi > lowerWin ? KOI8R : CP1251;
        }
    }
}
