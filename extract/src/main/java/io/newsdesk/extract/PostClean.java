package io.newsdesk.extract;

import static io.newsdesk.extract.ClassWords.F_BODY;
import static io.newsdesk.extract.ClassWords.F_META;
import static io.newsdesk.extract.ClassWords.elFlags;
import static io.newsdesk.extract.ClassWords.hint;
import static io.newsdesk.extract.TextLengths.ZERO;
import static io.newsdesk.extract.TextLengths.lengths;
import static io.newsdesk.extract.TextLengths.textAndLinks;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The last stage of {@link Body}: cleaning inside the chosen container. Bylines, dates, credits
 * and captions, the repeated headline, repeated blocks, "Related"/"More stories" headings with
 * their link lists, link-heavy blocks, short boilerplate lines ("Advertisement", "Read more",
 * "click here") and linked headlines of other stories in capitals are removed.
 */
final class PostClean {
    String figureCredit; // the first image credit met, for the lead image

    // short lines that label ads or invite to other content
    private static final Pattern BOILER_TEXT = Pattern.compile("(?iu)^[\\s\\p{Punct}–—»«›]*(?:"
            + "advertisement|advertising|advert|anzeige|werbung|publicité|publicidad|pubblicità|реклама|sponsored(?: content)?|"
            + "ad|ads|continue reading(?: below| the main story)?|story continues below(?: advertisement)?|"
            + "article continues below(?: advertisement)?|scroll to continue(?: with content)?|"
            + "read (?:more|also|next|on)|see also|related(?: articles?| stories| content| news| posts)?|more (?:on|from) .{0,40}|"
            + "most (?:popular|read|viewed)|share(?: this(?: article| story| post)?)?(?: on .{0,20})?|tweet|email|print|"
            + "leave a (?:reply|comment)|please enter your (?:comment|name)(?: here)?!?|"
            + "(?:sign up|subscribe)(?: (?:for|to) .{0,60})?|follow us(?: on .{0,40})?|click here.{0,60}|"
            // a short line that asks the reader to click is a call to action, not reporting
            + ".{0,60}\\bclick(?:ing)? here\\b.{0,40}|"
            // what a page without its scripts says in place of a slideshow or video
            + "(?:this|the) (?:slideshow|gallery|video|content|player|page) requires javascript\\.?|"
            + "you (?:may|might) also like|recommended(?: for you)?|trending(?: now)?|comments?(?: \\(\\d+\\))?|"
            + "lesen sie auch|mehr zum thema|auch interessant|weitere artikel|читайте также|"
            // a line that is only a photo credit or a wire agency's name (the common ones)
            + "photo|image|foto|getty images|ap photo|reuters|afp|epa|dpa|ansa|efe|shutterstock|alamy|"
            // a credit line: "Foto: Anna Berg", "Copyright: Jan Roe", "© dpa"
            + "(?:fotos?|bild(?:er)?|bildquelle|photos?|images?|copyright|credits?)\\s*:.{1,60}|©.{1,60}|"
            // the reading time: "4 Min Read", "Lesezeit: 3 Minuten"
            + "\\d+\\s*(?:min(?:ute)?s?|minuten)\\.?\\s*(?:read|lesezeit|lesedauer|de lecture|de lectura)|"
            + "(?:lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura)\\s*:?\\s*(?:ca\\.\\s*)?\\d+\\s*min\\p{L}*\\.?|"
            // the filing of the post: "Kategorie: News", "Tags: harbour, ferry"
            + "(?:kategorien?|categor(?:y|ies)|tags?|schlagw(?:orte|örter)|stichw(?:orte|örter)|filed under)\\s*:.{0,70}|"
            // asks to rate or follow, in other languages than the lines above
            + "(?:rate this (?:article|story|post)|valora esta noticia|bewerten sie diesen artikel)|"
            + "(?:s[ií]guenos|nos siga|folgen sie uns|suivez-nous)(?: (?:en|no|auf|sur) .{0,60})?"
            + ")[\\s\\p{Punct}–—»«›]*$");
    // a PHP error the page printed into its text: "Warning: Creating default object … on line 12"
    private static final Pattern SCRIPT_ERROR = Pattern.compile("(?i)^\\s*(?:warning|notice|deprecated|fatal error|parse error)\\s*:.{0,400}\\bon line\\s+\\d+");
    private static final Pattern BOILER_HEADING = Pattern.compile("(?iu)^\\s*(?:related|read (?:more|also|next)|more (?:on|from|stories|news)|"
            + "most (?:popular|read)|more\\b.{0,30}\\b(?:stories|news|articles|reads)|you (?:may|might) also like|recommended|comments?|leave a reply|share|tags|topics|"
            + "see also|trending|popular|latest(?: news| stories)?|top (?:stories|news)|editor'?s picks|in other news|mehr zum thema|lesen sie auch|weitere artikel|читайте также)\\b.{0,40}$");
    /** Cleaning inside the chosen container. */
    void run(Element root, String title) {
        String normTitle = title == null ? null : norm(title);
        // several <article> elements inside the article are teasers of other stories
        List<Element> nested = root.getElementsByTag("article");
        if (nested.size() >= 2) {
            int total = textAndLinks(root)[0];
            for (Element a : nested) if (a.parent() != null && textAndLinks(a)[0] < 0.4 * total) a.remove();
        }
        java.util.Set<String> seenBlocks = new java.util.HashSet<>();
        List<Element> all = Tree.elements(root);
        // text and link lengths of every element, computed once bottom-up: the pass below is
        // pre-order, so an element is judged before anything inside it is removed and these stay exact
        Map<Element, int[]> lengths = new IdentityHashMap<>(all.size() * 2);
        lengths(root, lengths, 0);
        boolean seenText = false;
        for (Element el : all) {
            if (el == root || el.parent() == null || !Body.isAttached(el, root)) continue;
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
            // a picture's caption set as a line of the text, known by the credit that closes it ("… © AFP / Jan Roe");
            // which picture it belongs to is not known, so its credit is not taken for the lead image's
            if (CAPTION_BLOCKS.contains(tag) && tl[0] < 300 && el.childrenSize() <= 3) {
                if (text == null) text = el.text();
                if (CLOSING_CREDIT.matcher(text).find()) {
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
            if (tl[0] < 500 && el.childrenSize() <= 3 && (tag.equals("p") || tag.equals("div") || tag.equals("b"))) {
                if (text == null) text = el.text();
                if (SCRIPT_ERROR.matcher(text).find()) {
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
        TrailingCalls.drop(root);
    }
    private static final Set<String> CAPTION_BLOCKS = Set.of("p", "div", "figcaption", "span");
    // a © and a few words of names after it, no sentence, to the end of the line
    private static final Pattern CLOSING_CREDIT = Pattern.compile("©\\s*[^.!?©]{2,60}$");
    private static final Set<String> INLINE = Set.of("span", "em", "i", "b", "strong", "small");

    /** An inline element within a paragraph that holds much more text: part of the paragraph's sentence. */
    private static boolean inSentence(Element el, String tag, int[] tl, Map<Element, int[]> lengths) {
        Element p = el.parent();
        if (!INLINE.contains(tag) || p == null || !p.normalName().equals("p")) return false;
        return lengths.getOrDefault(p, ZERO)[0] > tl[0] + 80;
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
        return s == null ? "" : Dates.WHITESPACE.matcher(s.replace('\u00a0', ' ')).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    }
}
