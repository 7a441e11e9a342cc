package io.newsdesk.extract;

import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Page bytes as characters for the parser, decoded as it reads them: no copy of the whole page as a
 * string first (a third of the extractor's allocation went there). Bytes that are not UTF-8 end the
 * reading with a {@link MalformedInputException}, after which the caller decodes the page another way.
 */
final class StrictUtf8Reader extends Reader {
    private final ByteBuffer in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    /** The second half of a surrogate pair that did not fit the caller's one-char buffer, or -1. */
    private int pending = -1;

    StrictUtf8Reader(byte[] bytes) {
        in = ByteBuffer.wrap(bytes);
    }

    @Override
    public int read(char[] buf, int off, int len) throws MalformedInputException {
        if (len == 0) return 0;
        if (pending >= 0) {
            buf[off] = (char) pending;
            pending = -1;
            return 1;
        }
        if (!in.hasRemaining()) return -1;
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        // the whole input is there, so the end counts: a sequence cut short at the end is an error too
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) throw new MalformedInputException(r.length());
        if (out.position() == off && r.isOverflow()) {
            // a character outside the BMP needs two chars and the caller asked for one
            CharBuffer pair = CharBuffer.allocate(2);
            r = decoder.decode(in, pair, true);
            if (r.isError()) throw new MalformedInputException(r.length());
            buf[off] = pair.get(0);
            pending = pair.get(1);
            return 1;
        }
        return out.position() - off;
    }

    @Override
    public void close() {}
}
