package io.newsdesk.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The demo's generated lead images: well-formed SVG of 1200 by 675, safe under the site's Content-Security-Policy
 * (no script, no style attribute or element, no event handler, no link to anything outside the picture, no
 * text), small, the same for the same article, and different from section to section and article to article.
 */
class DemoImagesTest {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final List<String> SECTIONS = List.of("world", "politics", "economy", "technology", "culture", "sport");
    /** Every element the generator may write; anything else (script, style, text, image, a, use, foreignObject) fails. */
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "rect", "circle", "ellipse", "line", "path",
            "linearGradient", "stop", "clipPath");

    @Test
    void everyDemoArticleGetsASafeWellFormedSvg() throws Exception {
        for (String[] article : demoArticles()) {
            String svg = DemoImages.svg(article[1], SECTIONS.indexOf(article[0]));
            assertSafeSvg(svg, article[1]);
        }
    }

    @Test
    void manySeedsInEverySectionStaySafe() throws Exception {
        for (int section = 0; section < SECTIONS.size(); section++) {
            for (int i = 0; i < 150; i++) assertSafeSvg(DemoImages.svg("seed " + i, section), "seed " + i + " in " + SECTIONS.get(section));
        }
    }

    @Test
    void theSameArticleAlwaysGetsTheSameImage() {
        for (int section = 0; section < SECTIONS.size(); section++) {
            String title = "Regional Assembly passes budget after late-night session in Solvenne";
            assertThat(DemoImages.svg(title, section)).isEqualTo(DemoImages.svg(title, section));
        }
    }

    @Test
    void sectionsHaveTheirOwnMotif() {
        String title = "Port Iselle container volumes hit record for third quarter in a row";
        Set<String> pictures = new HashSet<>();
        for (int section = 0; section < SECTIONS.size(); section++) pictures.add(DemoImages.svg(title, section));
        assertThat(pictures).hasSize(SECTIONS.size());

        // the kinds of shapes a section draws differ from every other section's, over a run of articles
        Map<Integer, Set<String>> shapes = new HashMap<>();
        for (int section = 0; section < SECTIONS.size(); section++) {
            Set<String> seen = new TreeSet<>();
            for (int i = 0; i < 40; i++) seen.add(skeleton(DemoImages.svg("article " + i, section)));
            shapes.put(section, seen);
        }
        for (int a = 0; a < SECTIONS.size(); a++) {
            for (int b = a + 1; b < SECTIONS.size(); b++) {
                Set<String> shared = new HashSet<>(shapes.get(a));
                shared.retainAll(shapes.get(b));
                assertThat(shared).as("%s and %s draw alike", SECTIONS.get(a), SECTIONS.get(b)).isEmpty();
            }
        }
    }

    @Test
    void articlesOfOneSectionGetDifferentImages() throws Exception {
        Map<String, Set<String>> bySection = new HashMap<>();
        int articles = 0;
        for (String[] article : demoArticles()) {
            bySection.computeIfAbsent(article[0], s -> new HashSet<>()).add(DemoImages.svg(article[1], SECTIONS.indexOf(article[0])));
            articles++;
        }
        assertThat(bySection.values().stream().mapToInt(Set::size).sum()).isEqualTo(articles);
        // and a section's pictures are not all one composition in other colours
        for (int section = 0; section < SECTIONS.size(); section++) {
            Set<String> layouts = new HashSet<>();
            for (int i = 0; i < 30; i++) layouts.add(skeleton(DemoImages.svg("story " + i, section)));
            assertThat(layouts).as(SECTIONS.get(section)).hasSizeGreaterThan(10);
        }
    }

    @Test
    void indexesOutsideTheSectionsWrapAround() {
        assertThat(DemoImages.svg("x", -1)).isEqualTo(DemoImages.svg("x", 5));
        assertThat(DemoImages.svg("x", 6)).isEqualTo(DemoImages.svg("x", 0));
    }

    private static void assertSafeSvg(String svg, String what) throws Exception {
        assertThat(svg.length()).as("size of %s", what).isLessThan(16 * 1024);
        String lower = svg.toLowerCase();
        assertThat(lower).as(what).doesNotContain("<script", "style=", "<style", "javascript:", "<text", "<!doctype", "<!entity", "<?");

        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 1200 675");
        assertThat(root.getAttribute("width")).isEqualTo("1200");
        assertThat(root.getAttribute("height")).isEqualTo("675");

        Set<String> ids = new HashSet<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            assertThat(e.getNamespaceURI()).as(what).isEqualTo(SVG_NS);
            assertThat(ELEMENTS).as("element <%s> in %s", e.getLocalName(), what).contains(e.getLocalName());
            if (e.hasAttribute("id")) ids.add(e.getAttribute("id"));
            NamedNodeMap attrs = e.getAttributes();
            for (int j = 0; j < attrs.getLength(); j++) {
                Attr a = (Attr) attrs.item(j);
                String name = a.getLocalName() != null ? a.getLocalName() : a.getName();
                assertThat(name).as(what).isNotEqualToIgnoringCase("style").isNotEqualToIgnoringCase("href");
                assertThat(name.toLowerCase()).as(what).doesNotStartWith("on");
                if (a.getValue().contains("url(")) {
                    assertThat(a.getValue()).as(what).matches("url\\(#[A-Za-z0-9]+\\)");
                }
            }
            for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
                assertThat(child.getNodeType()).as("only elements inside <%s> in %s", e.getLocalName(), what).isEqualTo(Node.ELEMENT_NODE);
            }
        }
        // every url(#id) points at something in this picture
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attrs = all.item(i).getAttributes();
            for (int j = 0; j < attrs.getLength(); j++) {
                String v = attrs.item(j).getNodeValue();
                if (v.startsWith("url(#")) assertThat(ids).as(what).contains(v.substring(5, v.length() - 1));
            }
        }
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The picture's elements in order, without any numbers or colours: what was drawn, not where or in what colour. */
    private static String skeleton(String svg) {
        return svg.replaceAll("=\"[^\"]*\"", "").replaceAll("\\s+", " ");
    }

    /** (section, title) of the demo site's articles and of the demo outlets' stories. */
    private static List<String[]> demoArticles() throws Exception {
        List<String[]> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = DemoImagesTest.class.getResourceAsStream(DemoSite.RESOURCE)) {
            for (JsonNode a : json.readTree(in).get("articles")) out.add(new String[] {a.get("section").asText(), a.get("title").asText()});
        }
        try (InputStream in = DemoImagesTest.class.getResourceAsStream("/demo/outlets/stories.json")) {
            for (JsonNode s : json.readTree(in).get("stories")) out.add(new String[] {s.get("section").asText(), s.get("headline").asText()});
        }
        assertThat(out).hasSizeGreaterThan(60);
        return out;
    }
}
