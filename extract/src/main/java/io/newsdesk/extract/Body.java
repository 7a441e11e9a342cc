package io.newsdesk.extract;

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
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Finds the article body of a page, trafilatura-style: a cascade of precise rules with fallbacks.
 * <ol>
 *   <li>Clean the whole page: scripts, styles, embeds, form controls, hidden elements, and
 *       boilerplate recognised by class/id/role (share, newsletter, related, comments, ads,
 *       breadcrumbs …) unless the element holds the article itself.</li>
 *   <li>Score text blocks readability-style (paragraph length, commas, class hints, link density)
 *       to find the densest text container.</li>
 *   <li>Look for the container named by semantic hints (itemprop=articleBody, article-body /
 *       post-content / entry-content / story-body classes, {@code <article>}, {@code <main>}) and
 *       take it when its text and link density validate it against the scored container;
 *       otherwise take the scored container with its good siblings.</li>
 *   <li>Clean inside the chosen container: link lists, short boilerplate lines ("Advertisement",
 *       "Read more"), bylines and dates, the repeated title, "Related" blocks.</li>
 * </ol>
 */
final class Body {
    Element content; // a detached element holding the cleaned article
    String rule = "none";
    String figureCaption, figureCredit, figureImage;
    boolean notArticle;

    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "input", "button", "select", "textarea", "link", "meta", "map", "video",
            "audio", "source", "dialog", "menu", "head");
    // class/id words used by news sites for things around the article, never the article itself
    private static final Set<String> BOILER_WORDS = Set.of("share", "sharing", "sharebar", "shares", "social", "socials",
            "newsletter", "newsletters", "related", "readmore", "popular", "trending", "outbrain", "taboola", "comment",
            "comments", "disqus", "respond", "reply", "cookie", "cookies", "consent", "gdpr", "banner", "ad", "ads", "adv",
            "adslot", "adsbygoogle", "dfp", "gpt", "breadcrumb", "breadcrumbs", "tags", "taglist", "sidebar", "widget",
            "widgets", "nav", "navbar", "navigation", "menu", "footer", "pagination", "pager", "print", "toolbar", "modal",
            "popup", "overlay", "signup", "hidden", "hide", "donate", "donation", "rating", "vote", "poll", "sronly");
    private static final String[] BOILER_PREFIXES = {"advert", "subscri", "sponsor", "promo", "recommend"};
    private static final Set<String> BOILER_JOINED = Set.of("readalso", "alsoread", "morefrom", "mostpopular", "mostread",
            "mostviewed", "authorbox", "authorbio", "authorinfo", "authorcard", "authorprofile", "aboutauthor",
            "abouttheauthor", "articletags", "posttags", "visuallyhidden", "screenreadertext", "skiplink", "jumplink",
            "nextpost", "prevpost", "postnavigation", "morestories", "morenews", "seealso", "followus", "dnone", "uhidden",
            "relatedposts", "relatedarticles", "socialshare", "sharetools");
    // class/id words naming the article body container (prefix match on a word or on two/three joined words)
    private static final String[] BODY_KEYS = {"articlebody", "articlecontent", "articletext", "storybody", "storycontent",
            "storytext", "postcontent", "postbody", "postentry", "entrycontent", "entrybody", "contentbody", "bodytext",
            "maintext", "newstext", "textcontent", "richtext", "singlecontent", "tdpostcontent", "pagecontent",
            "contentarticle", "fieldnamebody", "centrycontent", "articlebodytext", "artikeltext", "articlecopy",
            "storycopy", "bodycopy", "postcopy"};
    // class/id words of bylines, dates, credits and kickers inside the article container
    private static final Set<String> META_WORDS = Set.of("byline", "author", "authors", "dateline", "timestamp", "date",
            "time", "published", "pubdate", "updated", "meta", "credit", "credits", "copyright", "kicker", "eyebrow",
            // image captions outside <figcaption>: like figcaptions, they describe a picture, not the story
            "caption", "captions");
    private static final Set<String> META_JOINED = Set.of("byline", "articlemeta", "postmeta", "entrymeta", "captioncredit",
            "photocredit", "imagecredit", "imagecaption", "photocaption", "captiontext");
    private static final Pattern ROLES = Pattern.compile("(?i)navigation|complementary|banner|contentinfo|dialog|alert|search|menu|menubar");
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|main|page|post|text|blog|story");
    private static final Pattern NEGATIVE = Pattern.compile("hidden|banner|combx|comment|com-|contact|foot|footer|footnote|"
            + "masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|nav");
    // short lines that label ads or invite to other content
    private static final Pattern BOILER_TEXT = Pattern.compile("(?iu)^[\\s\\p{Punct}–—»«›]*(?:"
            + "advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità|реклама|sponsored(?: content)?|"
            + "ad|ads|continue reading(?: below| the main story)?|story continues below(?: advertisement)?|"
            + "article continues below(?: advertisement)?|scroll to continue(?: with content)?|"
            + "read (?:more|also|next|on)|see also|related(?: articles?| stories| content| news| posts)?|more (?:on|from) .{0,40}|"
            + "most (?:popular|read|viewed)|share(?: this(?: article| story| post)?)?(?: on .{0,20})?|tweet|email|print|"
            + "leave a (?:reply|comment)|please enter your (?:comment|name)(?: here)?!?|"
            + "(?:sign up|subscribe)(?: (?:for|to) .{0,60})?|follow us(?: on .{0,40})?|click here.{0,60}|"
            // a short line that asks the reader to click is a call to action, not reporting
            + ".{0,60}\\bclick(?:ing)? here\\b.{0,40}|"
            + "you (?:may|might) also like|recommended(?: for you)?|trending(?: now)?|comments?(?: \\(\\d+\\))?|"
            + "lesen sie auch|mehr zum thema|auch interessant|weitere artikel|читайте также|"
            + "photo|image|foto|getty images|ap photo|reuters"
            + ")[\\s\\p{Punct}–—»«›]*$");
    private static final Pattern BOILER_HEADING = Pattern.compile("(?iu)^\\s*(?:related|read (?:more|also|next)|more (?:on|from|stories|news)|"
            + "most (?:popular|read)|more\\b.{0,30}\\b(?:stories|news|articles|reads)|you (?:may|might) also like|recommended|comments?|leave a reply|share|tags|topics|"
            + "see also|trending|popular|latest(?: news| stories)?|mehr zum thema|lesen sie auch|weitere artikel|читайте также)\\b.{0,40}$");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "ul", "ol", "li", "table",
            "blockquote", "pre", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "form", "header", "footer", "aside", "nav",
            "tr", "td", "tbody", "thead", "center", "details");

    private final int maxNodes;
    private Map<Element, int[]> len = Map.of(); // lengths of the cleaned page (see extract)
    private int visited;
    private int totalText;

    Body(int maxNodes) {
        this.maxNodes = maxNodes;
    }

    void extract(Document doc, String title) {
        Element body = doc.body();
        if (body == null) return;
        Map<Element, Boolean> protectedEls = new IdentityHashMap<>();
        List<List<Element>> semantic = new ArrayList<>();
        markSemantic(body, semantic, protectedEls);
        totalText = textAndLinks(body)[0];
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
        if (chosen == null) {
            notArticle = true;
            return;
        }
        Document shell = Document.createShell(doc.location());
        shell.outputSettings().prettyPrint(false);
        Element out = shell.body().appendElement("div");
        // the standfirst just above the container opens the article
        Element lead = Lead.find(group.get(0));
        if (lead != null && !group.contains(lead)) out.appendElement("p").text(lead.text());
        for (Element g : group) out.appendChild(g.clone());
        postClean(out, title);
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

    private static boolean isAttached(Element c, Element body) {
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
        for (Element el : body.getAllElements()) {
            if (++n > maxNodes) break;
            String ip = el.attr("itemprop");
            if (!ip.isEmpty() && (ip.equalsIgnoreCase("articleBody") || ip.equalsIgnoreCase("text"))) itemprop.add(el);
            int fl = elFlags(el);
            if ((fl & F_BODY) != 0 && (fl & F_BOILER) == 0) cls.add(el);
            String tag = el.normalName();
            if (tag.equals("article")) article.add(el);
            else if (tag.equals("main") || el.attr("role").equalsIgnoreCase("main")) main.add(el);
        }
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

    /** Lower-cased class and id of an element. */
    private static String hint(Element el) {
        String c = el.className(), i = el.id();
        if (c.isEmpty() && i.isEmpty()) return "";
        return (c.isEmpty() ? i : i.isEmpty() ? c : c + " " + i).toLowerCase(Locale.ROOT);
    }

    private static final int F_BOILER = 1, F_BODY = 2, F_META = 16;
    // class strings repeat within a page and across pages of a site (CMS themes): their flags are
    // cached for all pages, keyed by the raw attribute value; the cache is bounded by clearing it
    private static final java.util.concurrent.ConcurrentHashMap<String, Integer> FLAG_CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int FLAG_CACHE_MAX = 50_000;

    private int flags(String h) {
        if (h.isEmpty()) return 0;
        return cachedFlags(h);
    }

    private static int cachedFlags(String raw) {
        Integer f = FLAG_CACHE.get(raw);
        if (f == null) {
            f = wordFlags(raw.toLowerCase(Locale.ROOT));
            if (FLAG_CACHE.size() > FLAG_CACHE_MAX) FLAG_CACHE.clear();
            FLAG_CACHE.put(raw, f);
        }
        return f;
    }

    /** Flags of an element's class and id (each looked up on its own, so no string is built). */
    private static int elFlags(Element el) {
        String c = el.className(), i = el.id();
        int f = c.isEmpty() ? 0 : cachedFlags(c);
        return i.isEmpty() ? f : f | cachedFlags(i);
    }

    /** Splits a lower-cased class/id string into words and tests words and joined neighbours. */
    static int wordFlags(String h) {
        List<String> words = new ArrayList<>(8);
        int start = -1;
        for (int i = 0; i <= h.length(); i++) {
            char c = i < h.length() ? h.charAt(i) : ' ';
            boolean w = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (w && start < 0) start = i;
            else if (!w && start >= 0) {
                if (words.size() < 40) words.add(h.substring(start, i));
                start = -1;
            }
        }
        int v = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (BOILER_WORDS.contains(w)) v |= F_BOILER;
            else for (String p : BOILER_PREFIXES) if (w.startsWith(p)) { v |= F_BOILER; break; }
            if (META_WORDS.contains(w)) v |= F_META;
            if (bodyKey(w)) v |= F_BODY;
            if (i + 1 < words.size()) {
                String j2 = w + words.get(i + 1);
                if (BOILER_JOINED.contains(j2)) v |= F_BOILER;
                if (META_JOINED.contains(j2)) v |= F_META;
                if (bodyKey(j2)) v |= F_BODY;
                if (i + 2 < words.size()) {
                    String j3 = j2 + words.get(i + 2);
                    if (BOILER_JOINED.contains(j3)) v |= F_BOILER;
                    if (bodyKey(j3)) v |= F_BODY;
                }
            }
        }
        return v;
    }

    private static boolean bodyKey(String w) {
        if (w.length() < 7) return false;
        for (String k : BODY_KEYS) if (w.startsWith(k)) return true;
        return false;
    }

    private final Map<String, Double> weightCache = new java.util.HashMap<>();

    private boolean has(Element el, int flag) {
        return (elFlags(el) & flag) != 0;
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
                    int fl = elFlags(el);
                    if ((fl & F_BOILER) != 0 && (fl & F_BODY) == 0) {
                        // a class word can be a page-builder or taxonomy word ("widget", "category-ads"):
                        // an element holding most of the page's text is not boilerplate
                        if (totalText > 0 && textAndLinks(el)[0] > 0.4 * totalText) return FilterResult.CONTINUE;
                        return FilterResult.REMOVE;
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
    }

    private record Scored(Element el, double score, int textLen) {}

    /** Readability-like scoring: paragraphs give points to their parent and grandparent. */
    private Scored score(Element body) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        int n = 0;
        for (Element el : body.getAllElements()) {
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

    private double classWeight(Element el) {
        String h = hint(el);
        if (h.isEmpty()) return 0;
        return weightCache.computeIfAbsent(h, k -> (NEGATIVE.matcher(k).find() ? -25.0 : 0.0) + (POSITIVE.matcher(k).find() ? 25.0 : 0.0));
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

    /** {text length, link text length} of a subtree, whitespace collapsed. */
    static int[] textAndLinks(Element el) {
        int[] r = new int[2];
        textAndLinks(el, false, r, 0);
        return r;
    }

    private static void textAndLinks(Element el, boolean inLink, int[] r, int depth) {
        if (depth > 600) return;
        for (Node c : el.childNodes()) {
            if (c instanceof TextNode t) {
                int len = trimmedLength(t.getWholeText());
                r[0] += len;
                if (inLink) r[1] += len;
            } else if (c instanceof Element e) {
                textAndLinks(e, inLink || e.normalName().equals("a"), r, depth + 1);
            }
        }
    }

    private static int trimmedLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            // ASCII is decided without the Unicode tables (most characters of most pages)
            boolean ws = ch < 128 ? (ch == ' ' || (ch >= '\t' && ch <= '\r') || (ch >= '\u001c' && ch <= '\u001f'))
                    : (ch == '\u00a0' || Character.isWhitespace(ch));
            if (ws) {
                if (!space) n++;
                space = true;
            } else {
                n++;
                space = false;
            }
        }
        return n;
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
                if ((tl[0] > 80 && ld < 0.25) || (tl[0] > 0 && tl[0] <= 80 && ld == 0 && t.matches("(?s).*[.!?]\\s*$")))
                    out.add(sib);
            }
        }
        return out;
    }

    /** Cleaning inside the chosen container. */
    private void postClean(Element root, String title) {
        String normTitle = title == null ? null : norm(title);
        // several <article> elements inside the article are teasers of other stories
        List<Element> nested = root.getElementsByTag("article");
        if (nested.size() >= 2) {
            int total = textAndLinks(root)[0];
            for (Element a : nested) if (a.parent() != null && textAndLinks(a)[0] < 0.4 * total) a.remove();
        }
        java.util.Set<String> seenBlocks = new java.util.HashSet<>();
        List<Element> all = root.getAllElements();
        // text and link lengths of every element, computed once bottom-up: the pass below is
        // pre-order, so an element is judged before anything inside it is removed and these stay exact
        Map<Element, int[]> lengths = new IdentityHashMap<>(all.size() * 2);
        lengths(root, lengths, 0);
        boolean seenText = false;
        for (Element el : all) {
            if (el == root || el.parent() == null || !isAttached(el, root)) continue;
            String tag = el.normalName();
            int[] tl = lengths.getOrDefault(el, ZERO);
            String text = null; // el.text(), computed when needed
            // credits and captions of images: recorded, not body text
            int fl = elFlags(el);
            // (an inline dateline such as "<span class=dateline>KOBE –</span>" opening a paragraph is part of it)
            if ((fl & F_META) != 0 && tl[0] < 300 && (fl & F_BODY) == 0 && (!tag.equals("p") && !tag.startsWith("h") || tl[0] < 120)
                    && !inSentence(el, tag, tl, lengths)) {
                if (el.getElementsByTag("p").size() < 2) {
                    text = el.text();
                    if (figureCredit == null && hint(el).contains("credit")) figureCredit = Metadata.clean(text);
                    el.remove();
                    continue;
                }
            }
            if (tag.equals("h1") || (normTitle != null && !seenText && TITLE_TAGS.contains(tag) && tl[0] < 2 * normTitle.length() + 20)) {
                if (tag.equals("h1")) {
                    el.remove();
                    continue;
                }
                text = el.text();
                String t = norm(text);
                if (!t.isEmpty() && t.equals(normTitle) && (el.childrenSize() == 0 || text.length() < 300)) {
                    el.remove();
                    continue;
                }
            }
            if (tag.equals("p") && tl[0] > 40) seenText = true;
            // a block repeated word for word (carousels, duplicated captions) is kept once
            if ((tag.equals("p") || tag.equals("li") || tag.equals("figcaption") || HEADINGS.contains(tag)) && el.childrenSize() < 20 && tl[0] > 30) {
                if (text == null) text = el.text();
                if (text.length() > 30 && !seenBlocks.add(text)) {
                    el.remove();
                    continue;
                }
            }
            if ((HEADINGS.contains(tag) || (tag.equals("p") || tag.equals("div")) && el.childrenSize() <= 2) && tl[0] < 75) {
                if (text == null) text = el.text();
                if (text.length() < 70 && BOILER_HEADING.matcher(text).matches()
                        && (tag.startsWith("h") || !el.getElementsByTag("strong").isEmpty() || !el.getElementsByTag("b").isEmpty())
                        && (tag.startsWith("h") || text.length() < 60)) {
                    Element next = el.nextElementSibling();
                    if (next != null && LISTISH.contains(next.normalName()) && linkDensity(next) > 0.3) next.remove();
                    el.remove();
                    continue;
                }
            }
            if (tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("section") || tag.equals("table")
                    || tag.equals("p") || tag.equals("li")) {
                if (tl[0] == 0) {
                    if (el.getElementsByTag("img").isEmpty()) el.remove();
                    continue;
                }
                double ld = (double) tl[1] / tl[0];
                boolean list = tag.equals("ul") || tag.equals("ol");
                if ((list && ld > 0.6 && el.children().size() >= 2) || (!list && !tag.equals("p") && !tag.equals("li") && ld > 0.55 && tl[0] < 1500)
                        || (tag.equals("p") && ld > 0.8 && tl[0] < 200 && BOILER_TEXT.matcher(linkPrefix(el)).matches())
                        || (tag.equals("p") && ld > 0.9 && tl[0] < 200 && shouted(el.text()))) {
                    el.remove();
                    continue;
                }
            }
            if (!tag.equals("a") && el.childrenSize() <= 3 && tl[0] < 90) {
                if (text == null) text = el.text();
                if (text.length() < 80 && BOILER_TEXT.matcher(text).matches()) {
                    el.remove();
                }
            }
        }
    }

    private static final int[] ZERO = {0, 0};
    private static final Set<String> INLINE = Set.of("span", "em", "i", "b", "strong", "small");

    /** An inline element within a paragraph that holds much more text: part of the paragraph's sentence. */
    private static boolean inSentence(Element el, String tag, int[] tl, Map<Element, int[]> lengths) {
        Element p = el.parent();
        if (!INLINE.contains(tag) || p == null || !p.normalName().equals("p")) return false;
        return lengths.getOrDefault(p, ZERO)[0] > tl[0] + 80;
    }

    /** Fills {text length, link text length} for every element of the subtree; returns the root's. */
    private static int[] lengths(Element el, Map<Element, int[]> out, int depth) {
        int[] r = new int[2];
        out.put(el, r);
        if (depth > 600) return r;
        boolean link = el.normalName().equals("a");
        for (Node c : el.childNodes()) {
            if (c instanceof TextNode t) {
                int len = trimmedLength(t.getWholeText());
                r[0] += len;
                if (link) r[1] += len;
            } else if (c instanceof Element e) {
                int[] cr = lengths(e, out, depth + 1);
                r[0] += cr[0];
                r[1] += link ? cr[0] : cr[1];
            }
        }
        return r;
    }

    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final Set<String> TITLE_TAGS = Set.of("h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong");
    private static final Set<String> LISTISH = Set.of("ul", "ol", "div", "section");

    /**
     * A linked paragraph written in capitals ("CO-FOUNDER PROUD OF …") is the headline of
     * another story placed inside the article.
     */
    private static boolean shouted(String t) {
        int upper = 0, lower = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isUpperCase(c)) upper++;
            else if (Character.isLowerCase(c)) lower++;
        }
        return upper >= 15 && lower * 10 < upper;
    }

    private static String linkPrefix(Element p) {
        String t = p.text();
        int colon = t.indexOf(':');
        return colon > 0 && colon < 40 ? t.substring(0, colon) : t;
    }

    private static double linkDensity(Element el) {
        int[] tl = textAndLinks(el);
        return tl[0] == 0 ? 0 : (double) tl[1] / tl[0];
    }

    static String norm(String s) {
        return s == null ? "" : s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
