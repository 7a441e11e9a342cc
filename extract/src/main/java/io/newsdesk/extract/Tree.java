package io.newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** Walks of the parsed page that jsoup's own collectors make slower (a stream and a filter per call). */
final class Tree {
    private Tree() {}

    /** The element and every element inside it, in document order (as {@code getAllElements}). */
    static List<Element> elements(Element root) {
        List<Element> out = new ArrayList<>();
        for (Element el = root; el != null; el = next(el, root)) out.add(el);
        return out;
    }

    /** The element after {@code el} in document order, staying inside {@code root}; null after the last. */
    static Element next(Element el, Element root) {
        Element child = el.firstElementChild();
        if (child != null) return child;
        for (Element p = el; p != root && p != null; p = p.parent()) {
            Element sibling = p.nextElementSibling();
            if (sibling != null) return sibling;
        }
        return null;
    }
}
