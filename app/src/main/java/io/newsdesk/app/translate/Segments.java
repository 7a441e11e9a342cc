package io.newsdesk.app.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What of an article is translated, as segments: the title, the standfirst, the lead image's caption and the
 * body's leaf blocks (paragraphs, headings, list items, quotes, captions, table cells) as inner HTML, so the
 * translated body is rebuilt in exactly the same structure with its inline links and emphasis.
 *
 * @param standfirst   nullable
 * @param caption      nullable
 * @param bodyTemplate the body HTML the body segments were taken from, to rebuild it (null in translations)
 * @param credit       the lead image's credit, nullable: a name, so it is not sent to engines but written in the
 *                     target's letters ({@link Translator.Fix#name})
 */
public record Segments(String title, String standfirst, String caption, List<String> body, String bodyTemplate, String credit) {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "figcaption", "td", "th", "dt", "dd", "caption", "pre");

    public Segments {
        Objects.requireNonNull(title, "title");
        body = List.copyOf(body);
    }

    /** The segments of an article (its body HTML is the sanitized one of the store). */
    public static Segments of(String title, String standfirst, String caption, String bodyHtml) {
        List<String> body = new ArrayList<>();
        for (Element e : leafBlocks(parse(bodyHtml))) body.add(e.html());
        return new Segments(title, standfirst, caption, body, bodyHtml, null);
    }

    /** These segments with the lead image's credit. */
    public Segments withCredit(String imageCredit) {
        return new Segments(title, standfirst, caption, body, bodyTemplate, imageCredit);
    }

    /** This body's template with each leaf block's content replaced by the translated segment at the same index. */
    public String rebuild(List<String> translatedBody) {
        Document doc = parse(bodyTemplate);
        List<Element> blocks = leafBlocks(doc);
        if (blocks.size() != translatedBody.size()) {
            throw new IllegalArgumentException("the body has " + blocks.size() + " blocks, the translation " + translatedBody.size());
        }
        for (int i = 0; i < blocks.size(); i++) blocks.get(i).html(translatedBody.get(i));
        return doc.body().html();
    }

    /** Every segment in a fixed order: title, standfirst, caption (when present), then the body. */
    public List<String> all() {
        List<String> all = new ArrayList<>();
        all.add(title);
        if (standfirst != null) all.add(standfirst);
        if (caption != null) all.add(caption);
        all.addAll(body);
        return all;
    }

    /** The inverse of {@link #all()}: segments of the same shape as this one from a list in that order. */
    public Segments withAll(List<String> all) {
        int expected = 1 + (standfirst != null ? 1 : 0) + (caption != null ? 1 : 0) + body.size();
        if (all.size() != expected) throw new IllegalArgumentException("expected " + expected + " segments, got " + all.size());
        int i = 0;
        String t = all.get(i++);
        String s = standfirst != null ? all.get(i++) : null;
        String c = caption != null ? all.get(i++) : null;
        return new Segments(t, s, c, all.subList(i, all.size()), null, credit);
    }

    /** What the segment at {@code index} of {@link #all()} is, for people: "title", "paragraph 3"... */
    public String label(int index) {
        if (index == 0) return "title";
        int i = 1;
        if (standfirst != null && index == i++) return "standfirst";
        if (caption != null && index == i++) return "caption";
        return "paragraph " + (index - i + 1);
    }

    private static Document parse(String html) {
        Document doc = Jsoup.parseBodyFragment(html == null ? "" : html);
        doc.outputSettings().prettyPrint(false); // segments and the rebuilt body keep their exact spacing
        return doc;
    }

    /** Leaf blocks in document order: block elements that contain no other block element. */
    private static List<Element> leafBlocks(Document doc) {
        List<Element> out = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (!BLOCKS.contains(e.normalName())) continue;
            boolean leaf = e.getAllElements().stream().skip(1).noneMatch(c -> BLOCKS.contains(c.normalName()));
            if (leaf) out.add(e);
        }
        return out;
    }
}
