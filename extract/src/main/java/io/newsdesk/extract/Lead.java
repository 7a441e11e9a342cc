package io.newsdesk.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The standfirst (lead, intro, teaser, abstract) of a story: news templates often put it between
 * the headline and the body container, outside the container, although it is the opening of the
 * article. It is found just before the chosen container (a previous sibling of the container or of
 * one of its nearest ancestors) by its class or {@code itemprop=description}. The lead
 * {@code <figure>} placed there is found the same way ({@link #figure}), so that its photo, caption
 * and credit stay with the story.
 */
final class Lead {
    private Lead() {}

    // class/id words of standfirsts in news templates (English, French, German, Spanish)
    private static final Set<String> LEAD_WORDS = Set.of("lead", "leadin", "intro", "introduction", "teaser", "standfirst",
            "abstract", "summary", "subtitle", "subline", "deck", "dek", "excerpt", "description", "sapo", "chapo", "chapeau",
            "vorspann", "anriss", "bajada", "entradilla");
    private static final int MIN = 60, MAX = 1200;
    /** How many previous siblings, and how many ancestor levels, are looked at. */
    private static final int SIBLINGS = 4, LEVELS = 3;

    /** The lead element before {@code first}, or null. */
    static Element find(Element first) {
        Element level = first;
        for (int up = 0; up < LEVELS && level != null; up++) {
            Element prev = level.previousElementSibling();
            for (int i = 0; i < SIBLINGS && prev != null; i++, prev = prev.previousElementSibling()) {
                if (isLead(prev)) return prev;
                // a heading above the container ends the search: what comes before it is not the story
                if (prev.normalName().equals("h1")) return null;
                // the article header block: the standfirst is inside it, after the headline
                Element inner = inside(prev);
                if (inner != null) return inner;
            }
            level = level.parent();
            if (level != null && (level.normalName().equals("body") || level.normalName().equals("article"))) break;
        }
        return null;
    }

    /**
     * The lead figure just before {@code first} (the chosen container): a {@code <figure>} with an
     * image, alone or in a small wrapper, placed between the headline and the body container. Its
     * caption and credit belong to the article's lead image; null when there is none.
     */
    static Element figure(Element first) {
        Element level = first;
        for (int up = 0; up < LEVELS && level != null; up++) {
            Element prev = level.previousElementSibling();
            for (int i = 0; i < SIBLINGS && prev != null; i++, prev = prev.previousElementSibling()) {
                Element fig = leadFigure(prev);
                if (fig != null) return fig;
                if (prev.normalName().equals("h1") || isLead(prev)) return null;
            }
            level = level.parent();
            if (level != null && (level.normalName().equals("body") || level.normalName().equals("article"))) break;
        }
        return null;
    }

    /** The block itself when it is a figure with an image, else the one such figure in a small wrapper. */
    private static Element leadFigure(Element block) {
        if (block.normalName().equals("figure")) return block.getElementsByTag("img").isEmpty() ? null : block;
        if (block.childrenSize() == 0 || block.normalName().equals("article") || TextLengths.textAndLinks(block)[0] > 400) return null;
        var figures = block.getElementsByTag("figure");
        if (figures.size() != 1 || figures.get(0).getElementsByTag("img").isEmpty()) return null;
        for (Element h : Tree.elements(block)) if (isHeading(h)) return null;
        return figures.get(0);
    }

    /**
     * The last lead element inside a small block before the body, or null. Teasers of other
     * stories (an {@code <article>}, or a linked heading with its excerpt) and byline blocks are
     * not searched.
     */
    private static Element inside(Element block) {
        if (block.childrenSize() == 0 || block.normalName().equals("article") || TextLengths.textAndLinks(block)[0] > 3000) return null;
        String c = (block.className() + " " + block.id()).toLowerCase(Locale.ROOT);
        if (c.contains("byline") || c.contains("author")) return null;
        for (Element a : block.getElementsByTag("a")) {
            for (Element h : Tree.elements(a)) if (isHeading(h)) return null;
            if (a.parent() != null && isHeading(a.parent())) return null;
        }
        Element found = null;
        int n = 0;
        for (Element d : Tree.elements(block)) {
            if (d == block) continue;
            if (++n > 200) break;
            if (isLead(d)) found = d;
        }
        return found;
    }

    private static boolean isHeading(Element e) {
        String n = e.normalName();
        return n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6';
    }

    private static boolean isLead(Element el) {
        boolean named = "description".equalsIgnoreCase(el.attr("itemprop")) || hasLeadWord(el.className()) || hasLeadWord(el.id());
        if (!named) return false;
        // a block holding the headline or the byline is the article header, not its standfirst
        for (Element d : Tree.elements(el)) {
            String n = d.normalName();
            if (n.equals("h1") || n.equals("h2") || n.equals("h3") || n.equals("time")) return false;
            String c = (d.className() + " " + d.id()).toLowerCase(Locale.ROOT);
            if (c.contains("byline") || c.contains("author") || c.contains("credit") || c.contains("date")) return false;
        }
        int[] tl = TextLengths.textAndLinks(el);
        return tl[0] >= MIN && tl[0] <= MAX && tl[1] < 0.2 * tl[0] && el.getElementsByTag("p").size() <= 3;
    }

    private static boolean hasLeadWord(String s) {
        if (s.isEmpty()) return false;
        for (String w : s.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) if (LEAD_WORDS.contains(w)) return true;
        return false;
    }
}
