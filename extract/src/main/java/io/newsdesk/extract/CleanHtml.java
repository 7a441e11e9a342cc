package io.newsdesk.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Rewrites the chosen article container as clean semantic HTML with absolute links. */
final class CleanHtml {
    private static final Set<String> KEEP = Set.of("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre",
            "code", "figure", "figcaption", "img", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "dl", "dt",
            "dd", "a", "em", "i", "strong", "b", "u", "s", "sub", "sup", "br", "hr", "q", "cite", "mark", "small", "abbr");
    private static final Set<String> INLINE = Set.of("a", "code", "em", "i", "strong", "b", "u", "s", "sub", "sup", "q",
            "cite", "mark", "small", "abbr");
    private static final Set<String> BLOCKY = Set.of("div", "section", "article", "main", "header", "footer", "aside",
            "center", "details", "summary", "address", "form", "fieldset", "body", "html", "nav");

    private CleanHtml() {}

    static String of(Element root) {
        org.jsoup.nodes.Document shell = org.jsoup.nodes.Document.createShell(root.baseUri());
        shell.outputSettings().prettyPrint(false);
        Element out = shell.body().appendElement("div");
        copy(root, out, 0);
        StringBuilder sb = new StringBuilder();
        for (Node n : out.childNodes()) sb.append(n.outerHtml());
        return sb.toString().trim();
    }

    private static void copy(Element from, Element to, int depth) {
        if (depth > 200) return;
        for (int i = 0, size = from.childNodeSize(); i < size; i++) {
            Node c = from.childNode(i);
            if (c instanceof TextNode t) {
                // a space at the start of a block says nothing; in a link or an emphasis it parts two
                // words ("管理ソフト<a> KeePass</a>"), like any space after other content
                if (!t.isBlank() || to.childNodeSize() > 0 || INLINE.contains(to.normalName())) to.appendText(t.getWholeText());
            } else if (c instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("h1")) tag = "h2";
                if (KEEP.contains(tag)) {
                    Element copy = new Element(tag);
                    switch (tag) {
                        case "a" -> {
                            String href = AbsoluteUrl.of(e, "href");
                            if (!href.isEmpty() && !href.startsWith("javascript:")) copy.attr("href", href);
                        }
                        case "img" -> {
                            String src = AbsoluteUrl.of(e, "src");
                            if (src.isEmpty()) src = AbsoluteUrl.of(e, "data-src");
                            if (src.isEmpty()) continue;
                            copy.attr("src", src);
                            if (e.hasAttr("alt")) copy.attr("alt", e.attr("alt"));
                        }
                        case "td", "th" -> {
                            if (e.hasAttr("colspan")) copy.attr("colspan", e.attr("colspan"));
                            if (e.hasAttr("rowspan")) copy.attr("rowspan", e.attr("rowspan"));
                        }
                        default -> { }
                    }
                    to.appendChild(copy);
                    copy(e, copy, depth + 1);
                } else if (BLOCKY.contains(tag)) {
                    // a container with loose text becomes a paragraph; otherwise it is unwrapped
                    boolean looseText = false;
                    for (Node k : e.childNodes()) if (k instanceof TextNode t && !t.isBlank()) { looseText = true; break; }
                    if (looseText) {
                        Element p = new Element("p");
                        to.appendChild(p);
                        copy(e, p, depth + 1);
                    } else {
                        copy(e, to, depth + 1);
                    }
                } else {
                    copy(e, to, depth + 1); // span, font and unknown inline tags: keep their content
                }
            }
        }
    }
}
