package io.newsdesk.extract;

import static io.newsdesk.extract.ClassWords.F_BODY;
import static io.newsdesk.extract.ClassWords.F_BOILER;
import static io.newsdesk.extract.ClassWords.F_LAYOUT;
import static io.newsdesk.extract.ClassWords.elFlags;
import static io.newsdesk.extract.TextLengths.ZERO;
import static io.newsdesk.extract.TextLengths.lengths;
import static io.newsdesk.extract.TextLengths.textAndLinks;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * Finds the article body of a page, trafilatura-style: a cascade of precise rules with fallbacks.
 * <ol>
 *   <li>Survey the page ({@link Comments}): reader comment threads and reviews, which are never
 *       candidates and are removed, and the page's prose outside them.</li>
 *   <li>Clean the whole page: scripts, styles, embeds, form controls, hidden elements, and
 *       boilerplate recognised by class/id/role ({@link ClassWords}: share, newsletter, related,
 *       comments, ads, breadcrumbs …) unless the element holds the article itself (most of the
 *       page's text or prose); a page builder's "widget" only when it holds no prose beside the
 *       article; teaser {@code <article>}s nested in an {@code <article>}.</li>
 *   <li>Score text blocks readability-style (paragraph length, commas, class hints, link density)
 *       to find the densest text container.</li>
 *   <li>Look for the container named by semantic hints (itemprop=articleBody, article-body /
 *       post-content / entry-content / story-body classes, {@code <article>}, {@code <main>}) and
 *       take it when its text and link density validate it against the scored container;
 *       otherwise take the scored container with its good siblings. A body split into parts with
 *       the same class (siblings, or cousins in layout rows) is taken whole; the standfirst just
 *       above it and the lead figure ({@link Lead}) open it.</li>
 *   <li>Clean inside the chosen container ({@link PostClean}): link lists, short boilerplate lines
 *       ("Advertisement", "Read more"), bylines, dates and captions, the repeated title,
 *       "Related" blocks, calls to action at the end ({@link TrailingCalls}).</li>
 * </ol>
 */
final class Body {
    Element content; // a detached element holding the cleaned article
    String rule = "none";
    String figureCredit; // the first image credit inside the body, for the lead image

    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "input", "button", "select", "textarea", "link", "meta", "map", "video",
            "audio", "source", "dialog", "menu", "head");
    private static final Pattern ROLES = Pattern.compile("(?i)navigation|complementary|banner|contentinfo|dialog|alert|search|menu|menubar");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "ul", "ol", "li", "table",
            "blockquote", "pre", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "form", "header", "footer", "aside", "nav",
            "tr", "td", "tbody", "thead", "center", "details");

    private final int maxNodes;
    private Map<Element, int[]> len = Map.of(); // lengths of the cleaned page (see extract)
    private int visited;
    private Comments page; // comment zones and prose of the page before cleaning
    /** Below this much prose outside comment zones, the zones are taken for mislabelled wrappers. */
    private static final int MIN_ARTICLE_PROSE = 200;

    Body(int maxNodes) {
        this.maxNodes = maxNodes;
    }

    void extract(Document doc, String title) {
        Element body = doc.body();
        if (body == null) return;
        page = Comments.survey(body, maxNodes);
        if (page.proseOutside < MIN_ARTICLE_PROSE) page.zones.clear();
        Map<Element, Boolean> protectedEls = new IdentityHashMap<>();
        List<List<Element>> semantic = new ArrayList<>();
        markSemantic(body, semantic, protectedEls);
        clean(body, protectedEls);
        dropNestedTeasers(semantic.get(2));
        // text/link lengths of the cleaned page, computed once for the choice of the container
        Map<Element, int[]> len = new IdentityHashMap<>();
        lengths(body, len, 0);
        this.len = len;
        Scored best = score(body);
        Element chosen = null;
        List<Element> group = null;
        // precise rules first: within each rule the match that holds the scored container (or is
        // held by it) wins, else the one with most text; it must pass a text/link-density check
        int bestLen = best == null ? 0 : best.textLen;
        for (int r = 0; r < semantic.size() && chosen == null; r++) {
            Element pick = null;
            int pickLen = 0;
            boolean pickRelated = false;
            for (Element c : semantic.get(r)) {
                if (!isAttached(c, body)) continue;
                int[] tl = len.getOrDefault(c, ZERO);
                if (tl[0] < (r == 0 ? 80 : 150) || tl[1] > 0.5 * tl[0]) continue;
                boolean related = best != null && (contains(c, best.el) || contains(best.el, c));
                if (pick == null || (related && !pickRelated) || (related == pickRelated && tl[0] > pickLen)) {
                    pick = c;
                    pickLen = tl[0];
                    pickRelated = related;
                }
            }
            if (pick == null) continue;
            // itemprop=articleBody is explicit enough to be trusted on its own
            if (r == 0 || pickLen >= 0.5 * bestLen || (pickRelated && pickLen >= 0.3 * bestLen)) {
                chosen = pick;
                rule = "semantic:" + ruleName(pick);
            }
        }
        if (chosen != null) {
            group = siblingsLike(chosen);
        } else if (best != null) {
            chosen = best.el;
            rule = "scored";
            group = withGoodSiblings(best);
        }
        if (chosen == null) return;
        Document shell = Document.createShell(doc.location());
        shell.outputSettings().prettyPrint(false);
        Element out = shell.body().appendElement("div");
        // the standfirst and the lead figure just above the container open the article
        Element lead = Lead.find(group.get(0));
        if (lead != null && !group.contains(lead)) out.appendElement("p").text(lead.text());
        Element figure = Lead.figure(group.get(0));
        if (figure != null) out.appendChild(figure.clone());
        for (Element g : group) out.appendChild(g.clone());
        PostClean pc = new PostClean();
        pc.run(out, title);
        figureCredit = pc.figureCredit;
        content = out;
    }

    /**
     * Several {@code <article>}s nested in an {@code <article>}, each with a small part of its text,
     * are teasers of other stories ("You may also like"): removed before scoring so that their
     * excerpts do not outweigh the story.
     */
    private static void dropNestedTeasers(List<Element> articles) {
        for (Element outer : articles) {
            if (outer.parent() == null) continue;
            List<Element> nested = new ArrayList<>();
            for (Element a : outer.getElementsByTag("article")) if (a != outer && directNested(outer, a)) nested.add(a);
            if (nested.size() < 2) continue;
            int total = textAndLinks(outer)[0];
            for (Element a : nested) if (textAndLinks(a)[0] < 0.4 * total) a.remove();
        }
    }

    /** True when no other {@code <article>} lies between {@code outer} and {@code a}. */
    private static boolean directNested(Element outer, Element a) {
        for (Element p = a.parent(); p != null && p != outer; p = p.parent()) if (p.normalName().equals("article")) return false;
        return true;
    }

    static boolean isAttached(Element c, Element body) {
        Element p = c;
        int guard = 0;
        while (p != null && p != body && guard++ < 1000) p = p.parent();
        return p == body;
    }

    private static boolean contains(Element outer, Element inner) {
        Element p = inner;
        int guard = 0;
        while (p != null && guard++ < 1000) {
            if (p == outer) return true;
            p = p.parent();
        }
        return false;
    }

    private static String ruleName(Element c) {
        if (c.hasAttr("itemprop")) return "itemprop";
        String n = c.normalName();
        if (n.equals("article") || n.equals("main")) return n;
        return "class";
    }

    /** Elements with semantic hints, most precise first; their ancestors are protected from boilerplate removal. */
    private void markSemantic(Element body, List<List<Element>> semantic, Map<Element, Boolean> prot) {
        List<Element> itemprop = new ArrayList<>(), cls = new ArrayList<>(), article = new ArrayList<>(), main = new ArrayList<>();
        int n = 0;
        for (Element el = body; el != null; el = Tree.next(el, body)) {
            if (++n > maxNodes) break;
            String ip = el.attr("itemprop");
            if (!ip.isEmpty() && (ip.equalsIgnoreCase("articleBody") || ip.equalsIgnoreCase("text"))) itemprop.add(el);
            int fl = elFlags(el);
            if ((fl & F_BODY) != 0 && (fl & F_BOILER) == 0) cls.add(el);
            String tag = el.normalName();
            if (tag.equals("article")) article.add(el);
            else if (tag.equals("main") || el.attr("role").equalsIgnoreCase("main")) main.add(el);
        }
        // a comment is never the article: candidates in comment zones are dropped and protect nothing
        if (!page.zones.isEmpty()) for (List<Element> l : List.of(itemprop, cls, article, main)) l.removeIf(page::inZone);
        // within a rule, the first (outermost) match in document order is tried first
        semantic.add(itemprop);
        semantic.add(cls);
        semantic.add(article);
        semantic.add(main);
        for (List<Element> group : semantic) for (Element s : group) {
            Element p = s;
            while (p != null && !prot.containsKey(p)) {
                prot.put(p, Boolean.TRUE);
                p = p.parent();
            }
        }
    }

    private void clean(Element body, Map<Element, Boolean> prot) {
        visited = 0;
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++visited > maxNodes) return FilterResult.REMOVE;
                if (node instanceof org.jsoup.nodes.Comment) return FilterResult.REMOVE;
                if (!(node instanceof Element el)) return FilterResult.CONTINUE;
                if (el == body) return FilterResult.CONTINUE;
                String tag = el.normalName();
                if (DROP_TAGS.contains(tag)) return FilterResult.REMOVE;
                boolean isProt = prot.containsKey(el);
                if (!isProt && (tag.equals("nav") || tag.equals("aside") || tag.equals("footer") || tag.equals("header")
                        || tag.equals("form"))) return FilterResult.REMOVE;
                if (el.hasAttr("hidden") || "true".equalsIgnoreCase(el.attr("aria-hidden")) && !isProt) return FilterResult.REMOVE;
                String style = el.attr("style");
                if (!style.isEmpty()) {
                    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
                    if (s.contains("display:none") || s.contains("visibility:hidden")) return FilterResult.REMOVE;
                }
                String role = el.attr("role");
                if (!isProt && !role.isEmpty() && ROLES.matcher(role).matches()) return FilterResult.REMOVE;
                if (!isProt) {
                    if (page.zones.containsKey(el)) return FilterResult.REMOVE;
                    int fl = elFlags(el);
                    if ((fl & F_BOILER) != 0 && (fl & F_BODY) == 0) {
                        // a class word can be a page-builder or taxonomy word ("sidebar-layout", "category-ads"):
                        // an element holding most of the page's text, or most of its prose outside
                        // comment threads, is not boilerplate
                        return holdsArticle(el) ? FilterResult.CONTINUE : FilterResult.REMOVE;
                    }
                    // a page builder's block is judged by where it stands and what it holds: it stays when
                    // it holds the article, or holds prose or a picture beside the blocks that do or
                    // inside a block that stayed
                    if ((fl & F_LAYOUT) != 0 && (fl & F_BODY) == 0 && !holdsArticle(el)) {
                        Element parent = el.parent();
                        boolean beside = parent != null && (holdsProse(parent) || (elFlags(parent) & F_LAYOUT) != 0)
                                && (page.prose(el) > 0 || !el.getElementsByTag("img").isEmpty());
                        if (!beside) return FilterResult.REMOVE;
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
    }

    private boolean holdsArticle(Element el) {
        int total = page.text(page.root);
        if (total > 0 && page.text(el) > 0.4 * total) return true;
        return holdsProse(el);
    }

    /** The element holds most of the page's prose outside comment threads. */
    private boolean holdsProse(Element el) {
        return page.proseOutside >= MIN_ARTICLE_PROSE && page.prose(el) >= 0.5 * page.proseOutside;
    }

    private record Scored(Element el, double score, int textLen) {}

    /** Readability-like scoring: paragraphs give points to their parent and grandparent. */
    private Scored score(Element body) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        int n = 0;
        for (Element el = body; el != null; el = Tree.next(el, body)) {
            if (++n > maxNodes) break;
            String tag = el.normalName();
            boolean textBlock = tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")
                    || ((tag.equals("div") || tag.equals("section")) && !hasBlockChild(el));
            Element parent = el.parent();
            String t;
            if (textBlock) {
                t = el.text();
            } else if (tag.equals("div") || tag.equals("section") || tag.equals("article") || tag.equals("td")) {
                // loose text beside block children counts as a paragraph of this element (text with <br>s)
                t = el.ownText();
                parent = el;
            } else {
                continue;
            }
            int len = t.length();
            if (len < 25) continue;
            double s = 1 + count(t, ',') + count(t, '，') + count(t, '、') + Math.min(len / 100.0, 3);
            if (parent == null) continue;
            add(scores, parent, s);
            Element gp = parent.parent();
            if (gp != null) add(scores, gp, s / 2);
            Element ggp = gp == null ? null : gp.parent();
            if (ggp != null) add(scores, ggp, s / 3);
        }
        Scored best = null;
        // only the top few are worth a link-density pass
        List<Map.Entry<Element, double[]>> entries = new ArrayList<>(scores.entrySet());
        entries.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
        for (int i = 0; i < Math.min(6, entries.size()); i++) {
            Element el = entries.get(i).getKey();
            int[] tl = len.getOrDefault(el, ZERO);
            double ld = tl[0] == 0 ? 1 : (double) tl[1] / tl[0];
            double s = entries.get(i).getValue()[0] * (1 - ld);
            if (best == null || s > best.score) best = new Scored(el, s, tl[0]);
        }
        return best;
    }

    private void add(Map<Element, double[]> scores, Element el, double s) {
        double[] v = scores.get(el);
        if (v == null) {
            v = new double[] {classWeight(el)};
            String tag = el.normalName();
            if (tag.equals("div") || tag.equals("article")) v[0] += 5;
            else if (tag.equals("body") || tag.equals("form") || tag.equals("li") || tag.equals("ul") || tag.equals("ol")) v[0] -= 3;
            scores.put(el, v);
        }
        v[0] += s;
    }

    private static double classWeight(Element el) {
        int fl = elFlags(el);
        return ((fl & ClassWords.F_NEGATIVE) != 0 ? -25.0 : 0.0) + ((fl & ClassWords.F_POSITIVE) != 0 ? 25.0 : 0.0);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    private static boolean hasBlockChild(Element el) {
        for (Element c : el.children()) if (BLOCKS.contains(c.normalName())) return true;
        return false;
    }

    /**
     * A body split into several containers with the same class (around ads and embeds) is taken
     * whole: siblings of the chosen container, or "cousins" when each part sits in its own wrapper
     * (layout grids put every chunk of the story in a row of its own).
     */
    private static List<Element> siblingsLike(Element chosen) {
        List<Element> out = new ArrayList<>();
        Element parent = chosen.parent();
        String cls = chosen.className();
        if (parent == null || cls.isEmpty()) {
            out.add(chosen);
            return out;
        }
        for (Element sib : parent.children()) {
            if (sib == chosen || sameKind(sib, chosen)) out.add(sib);
        }
        Element grand = parent.parent();
        if (out.size() > 1 || grand == null) return out;
        List<Element> cousins = new ArrayList<>();
        String pcls = parent.className();
        for (Element uncle : grand.children()) {
            if (uncle != parent && !(uncle.normalName().equals(parent.normalName()) && uncle.className().equals(pcls))) continue;
            for (Element c : uncle.children()) if (c == chosen || sameKind(c, chosen)) cousins.add(c);
        }
        return cousins.size() > 1 ? cousins : out;
    }

    private static boolean sameKind(Element a, Element b) {
        return a.normalName().equals(b.normalName()) && a.className().equals(b.className());
    }

    /** The scored container plus siblings that look like part of the same text (readability's sibling rule). */
    private static List<Element> withGoodSiblings(Scored best) {
        List<Element> out = new ArrayList<>();
        Element parent = best.el.parent();
        if (parent == null || best.el.normalName().equals("body")) {
            out.add(best.el);
            return out;
        }
        String cls = best.el.className();
        for (Element sib : parent.children()) {
            if (sib == best.el) {
                out.add(sib);
                continue;
            }
            if (!cls.isEmpty() && sib.className().equals(cls) && sib.normalName().equals(best.el.normalName())) {
                out.add(sib);
                continue;
            }
            if (sib.normalName().equals("p")) {
                int[] tl = textAndLinks(sib);
                String t = sib.text();
                double ld = tl[0] == 0 ? 1 : (double) tl[1] / tl[0];
                if ((tl[0] > 80 && ld < 0.25) || (tl[0] > 0 && tl[0] <= 80 && ld == 0 && endsSentence(t)))
                    out.add(sib);
            }
        }
        return out;
    }

    /** The text ends like a sentence: ".", "!" or "?" before any trailing whitespace. */
    private static boolean endsSentence(String t) {
        int i = t.length() - 1;
        while (i >= 0 && Character.isWhitespace(t.charAt(i))) i--;
        return i >= 0 && (t.charAt(i) == '.' || t.charAt(i) == '!' || t.charAt(i) == '?');
    }
}
