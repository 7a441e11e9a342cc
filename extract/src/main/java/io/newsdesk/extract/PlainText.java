package io.newsdesk.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Plain text of an HTML tree with paragraph breaks: one blank line between blocks,
 * whitespace collapsed inside a block. Script, style and other data nodes never reach it,
 * because only {@link TextNode}s are read.
 */
public final class PlainText {
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
            "blockquote", "pre", "figure", "figcaption", "table", "tr", "thead", "tbody",
            "address", "hr", "form", "fieldset", "details", "summary", "caption", "center", "legend", "hgroup");
    /** Table cells: their texts are words apart, like cells in a browser's copied text. */
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "head", "iframe", "object", "svg", "math");

    private PlainText() {}

    /** The text of {@code root}: blocks separated by "\n\n", line breaks kept as "\n". */
    public static String of(Element root) {
        StringBuilder out = new StringBuilder();
        append(root, out);
        return tidy(out);
    }

    private static void append(Node node, StringBuilder out) {
        for (int i = 0, size = node.childNodeSize(); i < size; i++) {
            Node child = node.childNode(i);
            if (child instanceof TextNode text) {
                out.append(text.getWholeText());
            } else if (child instanceof Element el) {
                String tag = el.normalName();
                if (SKIPPED.contains(tag)) continue;
                if (tag.equals("br")) {
                    out.append('\u2028');
                } else if (CELLS.contains(tag)) {
                    out.append(' ');
                    append(el, out);
                    out.append(' ');
                } else if (BLOCKS.contains(tag)) {
                    out.append('\u2029');
                    append(el, out);
                    out.append('\u2029');
                } else {
                    append(el, out);
                }
            }
        }
    }

    /** Collapses whitespace, turns the block and line markers into newlines. */
    private static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        int pendingBreak = 0; // 0 none, 1 line, 2 paragraph
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u2029') {
                pendingBreak = 2;
            } else if (c == '\u2028') {
                pendingBreak = Math.max(pendingBreak, 1);
            } else if (TextLengths.isSpace(c)) {
                pendingSpace = true;
            } else {
                if (out.length() > 0) {
                    if (pendingBreak == 2) out.append("\n\n");
                    else if (pendingBreak == 1) out.append('\n');
                    else if (pendingSpace) out.append(' ');
                }
                pendingBreak = 0;
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
