package io.newsdesk.extract;

import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text and link-text lengths of subtrees, whitespace collapsed, counted from the text nodes
 * without building strings: for one subtree ({@link #textAndLinks}) or for every element of a
 * tree in one bottom-up pass ({@link #lengths}).
 */
final class TextLengths {
    private TextLengths() {}

    /** {text length, link text length} of a subtree, whitespace collapsed. */
    static int[] textAndLinks(Element el) {
        int[] r = new int[2];
        textAndLinks(el, false, r, 0);
        return r;
    }

    private static void textAndLinks(Element el, boolean inLink, int[] r, int depth) {
        if (depth > 600) return;
        for (int i = 0, size = el.childNodeSize(); i < size; i++) {
            Node c = el.childNode(i);
            if (c instanceof TextNode t) {
                int len = trimmedLength(t.getWholeText());
                r[0] += len;
                if (inLink) r[1] += len;
            } else if (c instanceof Element e) {
                textAndLinks(e, inLink || e.normalName().equals("a"), r, depth + 1);
            }
        }
    }

    /** Whether the subtree holds more than {@code limit} characters of text; stops counting once it does. */
    static boolean exceeds(Element el, int limit) {
        return countUpTo(el, limit, 0, 0) > limit;
    }

    private static int countUpTo(Element el, int limit, int n, int depth) {
        if (depth > 600) return n;
        for (int i = 0, size = el.childNodeSize(); i < size; i++) {
            Node c = el.childNode(i);
            if (n > limit) return n;
            if (c instanceof TextNode t) n += trimmedLength(t.getWholeText());
            else if (c instanceof Element e) n = countUpTo(e, limit, n, depth + 1);
        }
        return n;
    }

    static int trimmedLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (isSpace(ch)) {
                if (!space) n++;
                space = true;
            } else {
                n++;
                space = false;
            }
        }
        return n;
    }

    /** Whitespace ({@link Character#isWhitespace}) or a no-break space, without the Unicode tables for most characters. */
    static boolean isSpace(char ch) {
        if (ch < 128) return ch == ' ' || (ch >= '\t' && ch <= '\r') || (ch >= '\u001c' && ch <= '\u001f');
        // no character below U+1680 but the no-break space is whitespace outside ASCII
        return ch == '\u00a0' || (ch >= '\u1680' && Character.isWhitespace(ch));
    }

    static final int[] ZERO = {0, 0};
    /** Fills {text length, link text length} for every element of the subtree; returns the root's. */
    static int[] lengths(Element el, Map<Element, int[]> out, int depth) {
        int[] r = new int[2];
        out.put(el, r);
        if (depth > 600) return r;
        boolean link = el.normalName().equals("a");
        for (int i = 0, size = el.childNodeSize(); i < size; i++) {
            Node c = el.childNode(i);
            if (c instanceof TextNode t) {
                int len = trimmedLength(t.getWholeText());
                r[0] += len;
                if (link) r[1] += len;
            } else if (c instanceof Element e) {
                int[] cr = lengths(e, out, depth + 1);
                r[0] += cr[0];
                r[1] += link ? cr[0] : cr[1];
            }
        }
        return r;
    }
}
