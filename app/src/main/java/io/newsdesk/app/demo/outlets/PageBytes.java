package io.newsdesk.app.demo.outlets;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/** HTML text to bytes in a page's charset; characters the charset lacks become numeric references, as browsers expect. */
final class PageBytes {
    private PageBytes() {}

    static byte[] encode(String html, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) return html.getBytes(StandardCharsets.UTF_8);
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder safe = new StringBuilder(html.length() + 64);
        html.codePoints().forEach(cp -> {
            if (Character.isBmpCodePoint(cp) && encoder.canEncode((char) cp)) safe.append((char) cp);
            else safe.append("&#").append(cp).append(';');
        });
        return safe.toString().getBytes(charset);
    }
}
