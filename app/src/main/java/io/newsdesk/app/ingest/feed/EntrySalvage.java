package io.newsdesk.app.ingest.feed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import org.w3c.dom.Document;

/**
 * Recovers a feed whose XML is broken inside some entries: every {@code <item>}/{@code <entry>} is checked on its
 * own inside the start tags the feed's head leaves open (so its namespace prefixes are declared), and the document
 * is rebuilt from the good ones. One bad entry then costs that entry, not the whole fetch. Only text is cut and
 * glued; parsing still goes through {@link SecureXml}. Linear in the text: no pattern or search runs past the next
 * entry or tag, and an entry is never checked with the whole head around it.
 */
final class EntrySalvage {
    private static final Pattern OPEN = Pattern.compile("<(?:[A-Za-z_][\\w.-]*+:)?(item|entry)[\\s>/]");
    /** A start, end or empty tag; no '<' inside, so an unclosed one costs only the text up to the next '<'. */
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z_][\\w.:-]*+)([^<>]*+)>");

    /** One entry's text: [start, stop); {@code closed} when its end tag was found before the next entry (or it closes itself). */
    private record Chunk(int start, int stop, boolean closed) {
    }

    private EntrySalvage() {
    }

    /** Returns the rebuilt document, or null when nothing could be recovered. */
    static Document salvage(String text, List<String> warnings) {
        List<Chunk> chunks = new ArrayList<>();
        Matcher m = OPEN.matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
            names.add(text.substring(m.start() + 1, m.end() - 1));
        }
        if (starts.isEmpty()) {
            return null;
        }
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int limit = k + 1 < starts.size() ? starts.get(k + 1) : text.length();
            String close = "</" + names.get(k) + ">";
            int end = text.indexOf(close, start, limit);
            // An entry whose closing tag is missing ends where the next one starts, and is dropped without a parse.
            int stop = end >= 0 && end + close.length() <= limit ? end + close.length() : limit;
            chunks.add(new Chunk(start, stop, end >= 0 || selfClosing(text, start, limit)));
        }
        String head = text.substring(0, chunks.get(0).start());
        String tail = text.substring(chunks.get(chunks.size() - 1).stop());
        List<String> open = openStartTags(head);
        StringBuilder frameOpen = new StringBuilder(), frameClose = new StringBuilder();
        for (String tag : open) {
            frameOpen.append(tag);
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            frameClose.append("</").append(name(open.get(i))).append('>');
        }
        if (!parses(head + tail)) {
            tail = frameClose.toString();
            if (!parses(head + tail)) {
                return null;
            }
            warnings.add("the feed's end is broken or missing; closed its open elements");
        }
        StringBuilder good = new StringBuilder(head);
        DocumentBuilder builder = SecureXml.newBuilder();
        int kept = 0, line = 1, lineCountedTo = 0;
        for (int k = 0; k < chunks.size(); k++) {
            Chunk c = chunks.get(k);
            String chunk = text.substring(c.start(), c.stop());
            // Trailing junk after the last closing tag belongs to no entry; it was cut away with the tail.
            String broken;
            if (!c.closed()) {
                broken = "no </" + names.get(k) + "> before the next entry"; // no parse needed to know
            } else {
                try {
                    SecureXml.parse(frameOpen + chunk + frameClose, new ArrayList<>(), builder);
                    good.append(chunk).append('\n');
                    kept++;
                    continue;
                } catch (FeedException e) {
                    broken = e.getMessage();
                }
            }
            line += newlines(text, lineCountedTo, c.start());
            lineCountedTo = c.start();
            warnings.add("dropped broken entry " + (k + 1) + " starting at line " + line + ": " + broken);
        }
        if (kept == 0) {
            return null;
        }
        try {
            return SecureXml.parse(good.append(tail).toString(), new ArrayList<>());
        } catch (FeedException e) {
            return null;
        }
    }

    private static boolean parses(String xml) {
        try {
            SecureXml.parse(xml, new ArrayList<>());
            return true;
        } catch (FeedException e) {
            return false;
        }
    }

    /** The start tags of the elements the head leaves open, outermost first (with their namespace declarations). */
    private static List<String> openStartTags(String head) {
        Deque<String> open = new ArrayDeque<>();
        Matcher t = TAG.matcher(withoutCommentsCdataAndInstructions(head));
        while (t.find()) {
            if (t.group(3).endsWith("/")) {
                continue;
            }
            if (t.group(1).isEmpty()) {
                open.push(t.group());
            } else if (!open.isEmpty() && name(open.peek()).equals(t.group(2))) {
                open.pop();
            }
        }
        List<String> outermostFirst = new ArrayList<>(open);
        Collections.reverse(outermostFirst);
        return outermostFirst;
    }

    private static String name(String startTag) {
        int end = 1;
        while (end < startTag.length() && !Character.isWhitespace(startTag.charAt(end)) && startTag.charAt(end) != '>'
                && startTag.charAt(end) != '/') {
            end++;
        }
        return startTag.substring(1, end);
    }

    /**
     * The text without comments, CDATA sections and processing instructions, by one scan (the lazy patterns used
     * before went to the end of the text from every unclosed opener: quadratic). An unclosed one runs to the end.
     */
    private static String withoutCommentsCdataAndInstructions(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int lt = text.indexOf('<', i);
            if (lt < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, lt);
            String opener = text.startsWith("<!--", lt) ? "<!--" : text.startsWith("<![CDATA[", lt) ? "<![CDATA[" : text.startsWith("<?", lt) ? "<?" : null;
            if (opener == null) {
                out.append('<');
                i = lt + 1;
                continue;
            }
            String closer = opener.equals("<!--") ? "-->" : opener.equals("<?") ? "?>" : "]]>";
            int end = text.indexOf(closer, lt + opener.length());
            if (end < 0) {
                break;
            }
            i = end + closer.length();
        }
        return out.toString();
    }

    /** Whether the entry's start tag closes itself ({@code <item/>}): such an entry needs no end tag. */
    private static boolean selfClosing(String text, int start, int limit) {
        int gt = text.indexOf('>', start, limit);
        return gt > start && text.charAt(gt - 1) == '/';
    }

    private static int newlines(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
