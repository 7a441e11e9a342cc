package io.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one decoder of pages and feeds: a charset declared in a page's meta and in a feed's XML declaration means the same. */
class BodyDecoderTest {

    /** ASCII text with the bytes 0x93 0x94 0x96 0x80 (curly quotes, an en dash and the euro in windows-1252). */
    private static byte[] with1252Bytes(String before, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {(byte) 0x93, 'Q', (byte) 0x94, ' ', (byte) 0x96, ' ', '5', (byte) 0x80});
        out.writeBytes(after.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void aDeclaredIso88591IsReadAsWindows1252InAPageAndInAFeed() {
        List<String> warnings = new ArrayList<>();
        String page = BodyDecoder.decode(with1252Bytes("<html><head><meta charset=\"iso-8859-1\"><title>", "</title>"),
                null, warnings).text();
        String feed = BodyDecoder.decode(with1252Bytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>",
                "</title></channel></rss>"), null, warnings).text();
        String header = BodyDecoder.decode(with1252Bytes("<html><title>", "</title>"), "text/html; charset=latin1", warnings).text();

        for (String text : List.of(page, feed, header)) assertThat(text).contains("\u201cQ\u201d \u2013 5\u20ac");
        assertThat(warnings).isEmpty();
    }
}
