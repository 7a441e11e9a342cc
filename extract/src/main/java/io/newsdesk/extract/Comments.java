package io.newsdesk.extract;

import static io.newsdesk.extract.ClassWords.F_COMMENT;
import static io.newsdesk.extract.ClassWords.elFlags;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * One pass over the page before cleaning: reader comment threads and user reviews (the zones that
 * must never be chosen as the article), and the page's prose (the text of its paragraphs) with
 * and without them.
 *
 * <p>A zone is recognised by what it says it is ({@code itemtype} Comment or UserComments,
 * {@code itemprop=comment|review}, comment words in its class or id) or by its structure: a list
 * whose items repeat the unit of a comment, an avatar with a name or date and a reply link.
 * The prose measures let {@link Body} weigh class words against the text inside an element: a
 * block named "widget" or "sidebar" that holds most of the article's paragraphs is not boilerplate.
 */
final class Comments {
    /** Zones found, outermost and nested. */
    final Map<Element, Boolean> zones = new IdentityHashMap<>();
    /** Per element: {text length, prose length outside zones}. */
    final Map<Element, int[]> measures = new IdentityHashMap<>();
    /** Prose of the whole page outside zones. */
    int proseOutside;
    Element root;

    private static final int NAME_OR_DATE = 1, REPLY = 2;
    private static final java.util.regex.Pattern REPLY_TEXT = java.util.regex.Pattern.compile(
            "(?iu)\\s*(?:reply|respond|antworten|répondre|responder|rispondi|odpowiedz|ответить|відповісти)\\s*");
    /** A paragraph counts as prose from this length, when at most this share of it is link text. */
    private static final int MIN_PARAGRAPH = 40;
    private static final double MAX_LINKS = 0.3;
    private final int maxNodes;
    private int visited;

    private Comments(int maxNodes) {
        this.maxNodes = maxNodes;
    }

    static Comments survey(Element body, int maxNodes) {
        Comments c = new Comments(maxNodes);
        c.visit(body, 0, new int[5]);
        c.root = body;
        c.proseOutside = c.measures.get(body)[1];
        return c;
    }

    /** True when {@code el} is a zone or lies inside one. */
    boolean inZone(Element el) {
        int guard = 0;
        for (Element p = el; p != null && guard++ < 1000; p = p.parent()) if (zones.containsKey(p)) return true;
        return false;
    }

    /** Prose of the element outside zones (0 for an element not surveyed). */
    int prose(Element el) {
        int[] m = measures.get(el);
        return m == null ? 0 : m[1];
    }

    int text(Element el) {
        int[] m = measures.get(el);
        return m == null ? 0 : m[0];
    }

    /**
     * Fills {@code out} with {text, link text, prose outside zones, avatars, marks of a comment inside
     * (name or date, reply link)} of {@code el}; returns
     * whether the element is a zone.
     */
    private boolean visit(Element el, int depth, int[] out) {
        int text = 0, links = 0, prose = 0, avatars = 0, marks = 0;
        int[] m = new int[2];
        measures.put(el, m);
        boolean isLink = el.normalName().equals("a");
        int children = 0, units = 0;
        if (depth < 600 && ++visited <= maxNodes) {
            int[] child = new int[5];
            for (int i = 0, size = el.childNodeSize(); i < size; i++) {
                Node n = el.childNode(i);
                if (n instanceof TextNode t) {
                    int len = TextLengths.trimmedLength(t.getWholeText());
                    text += len;
                    if (isLink) links += len;
                    // loose text (paragraphs separated by <br>) is prose too
                    else if (len >= MIN_PARAGRAPH && !el.normalName().equals("p")) prose += len;
                } else if (n instanceof Element e) {
                    boolean zone = visit(e, depth + 1, child);
                    text += child[0];
                    links += isLink ? child[0] : child[1];
                    if (!zone) prose += child[2];
                    avatars += child[3];
                    marks |= child[4];
                    children++;
                    // one avatar with a name or date and a reply link: the unit of a comment (a block
                    // holding several is not one; an expert's photo and name in a story has no reply link)
                    if (child[3] == 1 && child[4] == (NAME_OR_DATE | REPLY)) units++;
                }
            }
        }
        String tag = el.normalName();
        if (tag.equals("p") && text >= MIN_PARAGRAPH && links <= MAX_LINKS * text) prose = text - links;
        if (tag.equals("img") && avatar(el)) avatars++;
        int flags = elFlags(el);
        if (tag.equals("time") || tag.equals("cite") || (flags & ClassWords.F_NAME_OR_DATE) != 0) marks |= NAME_OR_DATE;
        if ((tag.equals("a") || tag.equals("button")) && text < 20 && REPLY_TEXT.matcher(el.text()).matches()) marks |= REPLY;
        m[0] = text;
        m[1] = prose;
        out[0] = text;
        out[1] = links;
        out[2] = prose;
        // a list of two or more comment units (avatar with a name or date), which make most of its items
        boolean zone = (flags & F_COMMENT) != 0 || (units >= 2 && 2 * units >= children) || marked(el);
        if (zone) zones.put(el, Boolean.TRUE);
        // a zone is one thing to the blocks around it: its avatars make no unit of theirs
        out[3] = zone ? 0 : Math.min(avatars, 100);
        out[4] = zone ? 0 : marks;
        return zone;
    }

    /** The element's microdata says it is a comment, a thread of them or a user review. */
    private static boolean marked(Element el) {
        String type = el.attr("itemtype");
        if (!type.isEmpty()) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.endsWith("/comment") || t.endsWith("/usercomments")) return true;
        }
        String prop = el.attr("itemprop");
        if (!prop.isEmpty()) {
            String p = prop.toLowerCase(Locale.ROOT);
            return p.equals("comment") || p.equals("comments") || p.equals("review") || p.equals("reviews");
        }
        return false;
    }

    /** A reader's picture: an image named avatar, gravatar or userpic (a photo of a person in a story is not). */
    private static boolean avatar(Element img) {
        String s = (img.className() + " " + img.attr("src")).toLowerCase(Locale.ROOT);
        return s.contains("avatar") || s.contains("userpic");
    }

}
