package io.newsdesk.app.ingest.feed;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The only way this package parses XML: no DTDs at all, no external entities, no entity expansion, no XInclude.
 * XXE and billion-laughs documents are refused before the parser runs (their DOCTYPE has an internal subset),
 * and the parser itself refuses any DOCTYPE too, so a document that slips past the scan still cannot expand.
 */
public final class SecureXml {
    private SecureXml() {
    }

    /**
     * Parses text that was already decoded, so the declaration's encoding is not consulted again.
     * A DOCTYPE without an internal subset (old Netscape RSS 0.91 feeds carry one) is blanked out with a warning;
     * one with an internal subset is refused.
     */
    static Document parse(String text, List<String> warnings) throws FeedException {
        return parse(text, warnings, newBuilder());
    }

    /** As {@link #parse(String, List)} with a builder of {@link #newBuilder()}, reused by one thread for many small parses. */
    static Document parse(String text, List<String> warnings, DocumentBuilder builder) throws FeedException {
        XmlProlog prolog = XmlProlog.scan(text);
        if (prolog.hasDoctype()) {
            if (prolog.internalSubset()) {
                throw new FeedException("refused: the document declares a DOCTYPE with an internal subset "
                        + "(entity declarations; XXE or entity-expansion attack); DTDs are not allowed");
            }
            warnings.add("ignored the document's DOCTYPE (DTDs are never loaded)");
            text = blank(text, prolog.doctypeStart(), prolog.doctypeEnd());
        }
        try {
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
            if (msg.contains("DOCTYPE")) {
                msg = "DTDs are not allowed: " + msg;
            }
            throw new FeedException("invalid XML: " + msg, e.getLineNumber(), e.getColumnNumber(), e);
        } catch (SAXException | IOException e) {
            throw new FeedException("invalid XML: " + e.getMessage(), e);
        }
    }

    /** A DOM builder from {@link #factory()} that refuses external entities and stops at the first error. */
    static DocumentBuilder newBuilder() {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            builder.setErrorHandler(new ErrorHandler() {
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
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be secured", e);
        }
    }

    /** A DOM parser factory with DOCTYPEs, external entities, DTDs and XInclude off: every XML reader uses it. */
    public static DocumentBuilderFactory factory() throws ParserConfigurationException {
        // The JDK's own implementation, so a parser on the class path cannot change what these features mean.
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultNSInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setValidating(false);
        return f;
    }

    /** Replaces a range with spaces but keeps newlines, so later error positions still match the original. */
    private static String blank(String text, int from, int to) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = from; i < to; i++) {
            if (sb.charAt(i) != '\n' && sb.charAt(i) != '\r') {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }
}
