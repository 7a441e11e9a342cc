package io.newsdesk.app.distribute.sitemaps;

import io.newsdesk.app.distribute.XmlChars;
import io.newsdesk.app.web.Format;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one sitemap document as it goes (StAX escapes the text); rows are written as they are read.
 * {@code lastmod} is a W3C datetime in UTC, to the second.
 */
final class SitemapXml implements AutoCloseable {
    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    private final XMLStreamWriter xml;

    private SitemapXml(String root, boolean news) {
        try {
            xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(SITEMAP_NS);
            if (news) xml.writeNamespace("news", NEWS_NS);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    static SitemapXml index() {
        return new SitemapXml("sitemapindex", false);
    }

    static SitemapXml urlSet() {
        return new SitemapXml("urlset", false);
    }

    static SitemapXml newsUrlSet() {
        return new SitemapXml("urlset", true);
    }

    /** A {@code <sitemap>} of an index. */
    void sitemap(String loc, Instant lastModified) {
        entry("sitemap", loc, lastModified);
    }

    /** A {@code <url>} of a url set. */
    void url(String loc, Instant lastModified) {
        entry("url", loc, lastModified);
    }

    /** A {@code <url>} of a news sitemap with its {@code <news:news>} block. */
    void newsUrl(String loc, String publication, String language, Instant published, String title) {
        try {
            xml.writeStartElement("url");
            element("loc", loc);
            xml.writeStartElement("news", "news", NEWS_NS);
            xml.writeStartElement("news", "publication", NEWS_NS);
            newsElement("name", publication);
            newsElement("language", language);
            xml.writeEndElement();
            newsElement("publication_date", Format.iso(published));
            newsElement("title", title);
            xml.writeEndElement();
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void entry(String name, String loc, Instant lastModified) {
        try {
            xml.writeStartElement(name);
            element("loc", loc);
            if (lastModified != null && lastModified.isAfter(Instant.EPOCH)) element("lastmod", Format.iso(lastModified));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlChars.clean(text));
        xml.writeEndElement();
    }

    private void newsElement(String name, String text) throws XMLStreamException {
        xml.writeStartElement("news", name, NEWS_NS);
        xml.writeCharacters(XmlChars.clean(text));
        xml.writeEndElement();
    }

    /** Closes the document and returns its bytes. */
    byte[] finish() {
        try {
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
