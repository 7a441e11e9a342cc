package io.newsdesk.app.ingest.sources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import io.newsdesk.app.ingest.feed.SecureXml;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * OPML 2.0 import and export of sources. Subscriptions are {@code outline} elements with {@code xmlUrl}
 * (nested folders are walked); {@code text}/{@code title} name the outlet, {@code htmlUrl} is its site and
 * {@code language} the source's language. What OPML has no attribute for (kind, policy, interval, translation,
 * section, extraction hints, pause) travels in the {@value #NS} namespace, so an export re-imports to the same sources.
 * Parsing refuses any DOCTYPE and never resolves external entities.
 */
public final class Opml {
    public static final String NS = "https://newsdesk.io/ns/opml";
    private static final String PREFIX = "newsdesk:";

    /** One subscription read from, or written to, an OPML document. Null fields were absent. */
    public record Entry(String xmlUrl, String htmlUrl, String text, String title, String language, String type,
                        String kind, String policy, Integer interval, Boolean translate, String section,
                        String sectionRules, String bodySelector, String removeSelectors, String linkSelector, String status,
                        String pauseReason) {
    }

    /** What an import did: the sources added and the entries skipped, each with its reason. */
    public record ImportResult(List<Source> added, List<String> skipped) {
    }

    private Opml() {
    }

    /**
     * @throws IllegalArgumentException with a one-line reason when the document is not acceptable OPML
     */
    public static List<Entry> parse(byte[] xml) {
        Document doc;
        try {
            DocumentBuilder builder = SecureXml.factory().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            builder.setErrorHandler(new org.xml.sax.ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            doc = builder.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("DOCTYPE")) {
                throw new IllegalArgumentException("refused: the OPML document declares a DOCTYPE; DTDs and entities are not allowed");
            }
            throw new IllegalArgumentException("invalid OPML at line " + e.getLineNumber() + ": " + msg);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("invalid OPML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be secured", e);
        }
        Element root = doc.getDocumentElement();
        if (!"opml".equals(localName(root))) {
            throw new IllegalArgumentException("not OPML: the root element is <" + root.getTagName() + ">");
        }
        List<Entry> entries = new ArrayList<>();
        NodeList outlines = root.getElementsByTagNameNS("*", "outline");
        for (int i = 0; i < outlines.getLength(); i++) {
            Element o = (Element) outlines.item(i);
            String xmlUrl = attr(o, "xmlUrl");
            if (xmlUrl == null) continue; // a folder
            String interval = ns(o, "interval"), translate = ns(o, "translate");
            Integer seconds = null;
            if (interval != null) {
                try {
                    seconds = Integer.valueOf(interval);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("invalid OPML: " + PREFIX + "interval is not a number: " + interval);
                }
            }
            entries.add(new Entry(xmlUrl, attr(o, "htmlUrl"), attr(o, "text"), attr(o, "title"), attr(o, "language"),
                    attr(o, "type"), ns(o, "kind"), ns(o, "policy"), seconds,
                    translate == null ? null : Boolean.valueOf(translate.strip().toLowerCase(Locale.ROOT).equals("true")),
                    ns(o, "section"), ns(o, "sectionRules"), ns(o, "bodySelector"), ns(o, "removeSelectors"),
                    ns(o, "linkSelector"),
                    ns(o, "status"), ns(o, "pauseReason")));
        }
        return entries;
    }

    /** Adds every subscription of the document that is not already a source; nothing is fetched. */
    public static ImportResult importInto(SourceStore store, byte[] xml) {
        List<Source> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Entry e : parse(xml)) {
            try {
                added.add(importOne(store, e));
            } catch (IllegalArgumentException ex) {
                skipped.add(e.xmlUrl() + ": " + ex.getMessage());
            }
        }
        return new ImportResult(added, skipped);
    }

    private static Source importOne(SourceStore store, Entry e) {
        SourceKind kind = e.kind() != null ? SourceKind.parse(e.kind()) : kindFromType(e.type());
        String name = e.text() != null ? e.text() : e.title();
        String language = e.language() == null ? null : e.language().strip();
        String outletLanguage = language == null || language.equals(Source.AUTO_LANGUAGE) ? null : language;
        Source s = store.add(new NewSource(e.xmlUrl(), kind, name, e.htmlUrl(), outletLanguage, language, e.section(),
                e.sectionRules(), e.interval(), e.policy() == null ? null : ContentPolicy.parse(e.policy()), e.translate(),
                e.bodySelector(), e.removeSelectors(), e.linkSelector()));
        if (e.status() != null && SourceStatus.parse(e.status()) == SourceStatus.PAUSED) {
            store.pause(s.id(), e.pauseReason());
            s = store.byId(s.id()).orElseThrow();
        }
        return s;
    }

    /** OPML's {@code type} is "rss" for any feed; a kind name there is taken, anything else reads as RSS. */
    private static SourceKind kindFromType(String type) {
        if (type == null) return SourceKind.RSS;
        try {
            return SourceKind.parse(type);
        } catch (IllegalArgumentException e) {
            return SourceKind.RSS;
        }
    }

    /** A valid OPML 2.0 document listing every source. */
    public static String export(SourceStore store) {
        List<Entry> entries = new ArrayList<>();
        for (Source s : store.all()) {
            String name = store.outletName(s.outletId());
            entries.add(new Entry(s.url(), store.outletSiteUrl(s.outletId()), name, name, s.language(), "rss",
                    s.kind().label(), s.policy().label(), s.fetchIntervalSeconds(), s.translate(),
                    store.sectionSlug(s.defaultSectionId()), s.sectionRules(), s.bodySelector(), s.removeSelectors(),
                    s.linkSelector(), s.status().label(), s.pauseReason()));
        }
        return write(entries, ZonedDateTime.now(ZoneOffset.UTC));
    }

    /** Writes the entries as OPML 2.0; every value is escaped by the XML serializer. */
    public static String write(List<Entry> entries, ZonedDateTime created) {
        try {
            Document doc = SecureXml.factory().newDocumentBuilder().newDocument();
            Element opml = doc.createElement("opml");
            opml.setAttribute("version", "2.0");
            opml.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:newsdesk", NS);
            doc.appendChild(opml);
            Element head = doc.createElement("head");
            opml.appendChild(head);
            text(doc, head, "title", "Newsdesk sources");
            text(doc, head, "dateCreated", DateTimeFormatter.RFC_1123_DATE_TIME.format(created));
            text(doc, head, "docs", "http://opml.org/spec2.opml");
            Element body = doc.createElement("body");
            opml.appendChild(body);
            for (Entry e : entries) {
                Element o = doc.createElement("outline");
                o.setAttribute("text", e.text() == null ? e.xmlUrl() : e.text());
                set(o, "title", e.title());
                o.setAttribute("type", e.type() == null ? "rss" : e.type());
                o.setAttribute("xmlUrl", e.xmlUrl());
                set(o, "htmlUrl", e.htmlUrl());
                set(o, "language", e.language());
                setNs(o, "kind", e.kind());
                setNs(o, "policy", e.policy());
                setNs(o, "interval", e.interval() == null ? null : e.interval().toString());
                setNs(o, "translate", e.translate() == null ? null : e.translate().toString());
                setNs(o, "section", e.section());
                setNs(o, "sectionRules", e.sectionRules());
                setNs(o, "bodySelector", e.bodySelector());
                setNs(o, "removeSelectors", e.removeSelectors());
                setNs(o, "linkSelector", e.linkSelector());
                setNs(o, "status", e.status());
                setNs(o, "pauseReason", e.pauseReason());
                body.appendChild(o);
            }
            TransformerFactory tf = TransformerFactory.newDefaultInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("cannot write OPML", e);
        }
    }

    private static void text(Document doc, Element parent, String name, String value) {
        Element e = doc.createElement(name);
        e.setTextContent(value);
        parent.appendChild(e);
    }

    private static void set(Element e, String name, String value) {
        if (value != null) e.setAttribute(name, value);
    }

    private static void setNs(Element e, String name, String value) {
        if (value != null) e.setAttributeNS(NS, PREFIX + name, value);
    }

    private static String attr(Element e, String name) {
        String v = e.getAttribute(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String ns(Element e, String name) {
        String v = e.getAttributeNS(NS, name);
        return v == null || v.isBlank() ? null : v;
    }

    private static String localName(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }
}
