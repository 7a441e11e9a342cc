package io.newsdesk.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Clean body HTML to Markdown: paragraphs, ## subheadings, lists, > quotes, [links](u), emphasis. */
final class Markdown {
    private final StringBuilder out = new StringBuilder();
    private String title;

    /** Escapes the characters Markdown would read as formatting. */
    static String escape(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]])", "\\\\$1");
    }

    /** The Markdown of {@code html}; a heading repeating {@code title} at the very start is left out. */
    static String of(String html, String baseUrl, String title) {
        Element body = Jsoup.parseBodyFragment(html, baseUrl == null ? "" : baseUrl).body();
        Markdown md = new Markdown();
        md.title = title == null ? null : title.strip().replaceAll("\\s+", " ");
        md.blocks(body, "");
        return md.out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    /** Writes the block children of {@code el}; loose inline content becomes a paragraph. */
    private void blocks(Element el, String prefix) {
        StringBuilder inline = new StringBuilder();
        for (Node child : el.childNodes()) {
            if (child instanceof Element e && isBlock(e)) {
                flush(inline, prefix);
                block(e, prefix);
            } else {
                inline(child, inline);
            }
        }
        flush(inline, prefix);
    }

    private void flush(StringBuilder inline, String prefix) {
        String text = inline.toString().replaceAll("[ \\t\\x0B\\f\\r\\n]+", " ").replaceAll(" ?\u2028 ?", "\u2028").strip();
        inline.setLength(0);
        if (text.isEmpty()) return;
        paragraph(text.replace("\u2028", "  \n"), prefix);
    }

    private void paragraph(String text, String prefix) {
        for (String line : text.split("\n", -1)) out.append(prefix).append(line.replace("\u2028", "")).append('\n');
        out.append(prefix.stripTrailing()).append('\n');
    }

    private void block(Element e, String prefix) {
        switch (e.normalName()) {
            case "h1", "h2" -> heading(e, "## ", prefix);
            case "h3" -> heading(e, "### ", prefix);
            case "h4", "h5", "h6" -> heading(e, "#### ", prefix);
            case "ul", "ol" -> list(e, prefix);
            case "blockquote" -> {
                String inner = prefix + "> ";
                blocks(e, inner);
                String innerBlank = inner.stripTrailing() + "\n";
                if (out.toString().endsWith(innerBlank)) out.setLength(out.length() - innerBlank.length());
                out.append(prefix.stripTrailing()).append('\n');
            }
            case "hr" -> paragraph("---", prefix);
            case "pre" -> {
                out.append(prefix).append("```\n");
                for (String line : e.wholeText().strip().split("\n", -1)) out.append(prefix).append(line).append('\n');
                out.append(prefix).append("```\n").append(prefix.stripTrailing()).append('\n');
            }
            case "table" -> table(e, prefix);
            default -> blocks(e, prefix); // p, div, figure, figcaption, section, li content...
        }
    }

    private void heading(Element e, String marks, String prefix) {
        StringBuilder text = new StringBuilder();
        for (Node child : e.childNodes()) inline(child, text);
        String t = text.toString().replace("\u2028", " ").replaceAll("\\s+", " ").strip();
        if (t.isEmpty()) return;
        if (out.isEmpty() && prefix.isEmpty() && t.equals(title == null ? null : escape(title))) return;
        paragraph(marks + t, prefix);
    }

    private void list(Element e, String prefix) {
        boolean ordered = e.normalName().equals("ol");
        int n = 1;
        for (Element item : e.children()) {
            if (!item.normalName().equals("li")) continue;
            String marker = ordered ? (n++) + ". " : "- ";
            Markdown inner = new Markdown();
            inner.blocks(item, "");
            String[] lines = inner.out.toString().strip().split("\n", -1);
            String indent = " ".repeat(marker.length());
            for (int i = 0; i < lines.length; i++) {
                if (i == 0) out.append(prefix).append(marker).append(lines[i]).append('\n');
                else if (lines[i].isBlank()) continue;
                else out.append(prefix).append(indent).append(lines[i]).append('\n');
            }
        }
        out.append(prefix.stripTrailing()).append('\n');
    }

    private void table(Element table, String prefix) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            List<String> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) continue;
                StringBuilder text = new StringBuilder();
                for (Node child : cell.childNodes()) inline(child, text);
                cells.add(text.toString().replace("\u2028", " ").replaceAll("\\s+", " ").strip().replace("|", "\\|"));
            }
            if (!cells.isEmpty()) rows.add(cells);
        }
        if (rows.isEmpty()) return;
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = new ArrayList<>(rows.get(r));
            while (row.size() < width) row.add("");
            out.append(prefix).append("| ").append(String.join(" | ", row)).append(" |\n");
            if (r == 0) out.append(prefix).append("|").append(" --- |".repeat(width)).append('\n');
        }
        out.append(prefix.stripTrailing()).append('\n');
    }

    private void inline(Node node, StringBuilder out) {
        if (node instanceof TextNode t) {
            out.append(escape(t.getWholeText()));
            return;
        }
        if (!(node instanceof Element e)) return;
        switch (e.normalName()) {
            case "br" -> out.append('\u2028');
            case "script", "style", "noscript", "template" -> { }
            case "a" -> {
                StringBuilder label = new StringBuilder();
                for (Node c : e.childNodes()) inline(c, label);
                String href = e.absUrl("href").isEmpty() ? e.attr("href") : e.absUrl("href");
                String text = label.toString().strip();
                if (href.isEmpty() || href.startsWith("javascript:")) out.append(text);
                else out.append('[').append(text.isEmpty() ? href : text).append("](").append(href.replace(" ", "%20").replace(")", "%29")).append(')');
            }
            case "em", "i" -> wrap(e, "*", out);
            case "strong", "b" -> wrap(e, "**", out);
            case "code" -> out.append('`').append(e.text()).append('`');
            case "img" -> {
                String src = e.absUrl("src").isEmpty() ? e.attr("src") : e.absUrl("src");
                if (!src.isEmpty()) out.append("![").append(escape(e.attr("alt"))).append("](").append(src.replace(" ", "%20")).append(')');
            }
            default -> {
                for (Node c : e.childNodes()) inline(c, out);
            }
        }
    }

    private void wrap(Element e, String mark, StringBuilder out) {
        StringBuilder inner = new StringBuilder();
        for (Node c : e.childNodes()) inline(c, inner);
        String text = inner.toString();
        if (text.isBlank()) {
            out.append(text);
            return;
        }
        // keep surrounding spaces outside the marks
        String lead = text.substring(0, text.length() - text.stripLeading().length());
        String trail = text.substring(text.stripTrailing().length());
        out.append(lead).append(mark).append(text.strip()).append(mark).append(trail);
    }

    private static boolean isBlock(Element e) {
        return switch (e.normalName()) {
            case "p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
                 "ul", "ol", "li", "blockquote", "pre", "figure", "figcaption", "table", "hr", "dl", "dt", "dd", "address",
                 "details", "summary" -> true;
            default -> false;
        };
    }
}
