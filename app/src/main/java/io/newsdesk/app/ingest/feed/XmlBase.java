package io.newsdesk.app.ingest.feed;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Atom links may be relative to {@code xml:base} on any ancestor, itself relative to the document URL.
 * Resolving them on the DOM before Rome sees it gives absolute links whatever Rome does with xml:base.
 */
final class XmlBase {
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    private XmlBase() {
    }

    static void absolutize(org.w3c.dom.Document doc, String documentUrl) {
        walk(doc.getDocumentElement(), documentUrl);
    }

    private static void walk(Element el, String inheritedBase) {
        String base = inheritedBase;
        if (el.hasAttributeNS(XML_NS, "base")) {
            String resolved = Texts.absolute(inheritedBase, el.getAttributeNS(XML_NS, "base"));
            if (resolved != null) {
                base = resolved;
            }
            el.removeAttributeNS(XML_NS, "base");
        }
        if (ATOM_NS.equals(el.getNamespaceURI()) && base != null) {
            rewrite(el, "href", base);
            if ("content".equals(el.getLocalName())) {
                rewrite(el, "src", base);
            }
        }
        for (Node c = el.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                walk(child, base);
            }
        }
    }

    private static void rewrite(Element el, String attr, String base) {
        if (el.hasAttribute(attr)) {
            String abs = Texts.absolute(base, el.getAttribute(attr));
            if (abs != null) {
                el.setAttribute(attr, abs);
            }
        }
    }
}
