package io.newsdesk.app.ingest.feed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;

/**
 * Recovers a feed whose XML is broken inside some entries: every {@code <item>}/{@code <entry>} is checked on its
 * own between the feed's head and tail, and the document is rebuilt from the good ones. One bad entry then costs
 * that entry, not the whole fetch. Only text is cut and glued; parsing still goes through {@link SecureXml}.
 */
final class EntrySalvage {
    private static final Pattern OPEN = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?(item|entry)[\\s>/]");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z_][\\w.:-]*)[^>]*?(/?)>");

    private EntrySalvage() {
    }

    /** Returns the rebuilt document, or null when nothing could be recovered. */
    static Document salvage(String text, List<String> warnings) {
        List<int[]> chunks = new ArrayList<>();
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
            int end = text.indexOf(close, start);
            // An entry whose closing tag is missing ends where the next one starts; it will fail its own check.
            int stop = end >= 0 && end + close.length() <= limit ? end + close.length() : limit;
            chunks.add(new int[] {start, stop});
        }
        String head = text.substring(0, chunks.get(0)[0]);
        String tail = text.substring(chunks.get(chunks.size() - 1)[1]);
        if (!parses(head + tail)) {
            tail = closers(head);
            if (!parses(head + tail)) {
                return null;
            }
            warnings.add("the feed's end is broken or missing; closed its open elements");
        }
        StringBuilder good = new StringBuilder(head);
        int kept = 0;
        for (int k = 0; k < chunks.size(); k++) {
            int[] c = chunks.get(k);
            String chunk = text.substring(c[0], c[1]);
            // Trailing junk after the last closing tag belongs to no entry; it was cut away with the tail.
            try {
                SecureXml.parse(head + chunk + tail, new ArrayList<>());
                good.append(chunk).append('\n');
                kept++;
            } catch (FeedException e) {
                warnings.add("dropped broken entry " + (k + 1) + " starting at line " + lineOf(text, c[0])
                        + ": " + e.getMessage());
            }
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

    /** Closing tags for the elements the head leaves open, innermost first. */
    private static String closers(String head) {
        String stripped = head.replaceAll("(?s)<!--.*?-->|<!\\[CDATA\\[.*?]]>|<\\?.*?\\?>", "");
        Deque<String> open = new ArrayDeque<>();
        Matcher t = TAG.matcher(stripped);
        while (t.find()) {
            if (!t.group(3).isEmpty() || t.group(2).startsWith("!")) {
                continue;
            }
            if (t.group(1).isEmpty()) {
                open.push(t.group(2));
            } else if (!open.isEmpty() && open.peek().equals(t.group(2))) {
                open.pop();
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String name : open) {
            sb.append("</").append(name).append('>');
        }
        return sb.toString();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
