package io.newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id words say about it: boilerplate around the article
 * ({@link #F_BOILER}; reader comments also {@link #F_COMMENT}), the article body container
 * ({@link #F_BODY}), a page builder's block ({@link #F_LAYOUT}: says nothing of the content), or bylines,
 * dates, credits and captions inside it ({@link #F_META}). Words are tested alone and joined with their
 * neighbours ("read-also" = "readalso"). Two more pairs look at any part of the value: where the metadata readers look
 * for bylines and dates ({@link #F_BYLINE_HINT}, {@link #F_DATE_HINT}) and Readability's class weights
 * ({@link #F_POSITIVE}, {@link #F_NEGATIVE}). One cache per attribute value serves every pass.
 */
final class ClassWords {
    private ClassWords() {}

    // class/id words used by news sites for things around the article, never the article itself
    private static final Set<String> BOILER_WORDS = Set.of("share", "sharing", "sharebar", "shares", "social", "socials",
            "newsletter", "newsletters", "related", "readmore", "popular", "trending", "outbrain", "taboola", "comment",
            "comments", "disqus", "respond", "reply", "cookie", "cookies", "consent", "gdpr", "banner", "ad", "ads", "adv",
            "adslot", "adsbygoogle", "dfp", "gpt", "breadcrumb", "breadcrumbs", "tags", "taglist", "sidebar", "nav", "navbar", "navigation", "menu", "footer", "pagination", "pager", "print", "toolbar", "modal",
            "popup", "overlay", "signup", "hidden", "hide", "donate", "donation", "rating", "vote", "poll", "sronly");
    private static final String[] BOILER_PREFIXES = {"advert", "subscri", "sponsor", "promo", "recommend"};
    private static final Set<String> BOILER_JOINED = Set.of("readalso", "alsoread", "morefrom", "mostpopular", "mostread",
            "mostviewed", "authorbox", "authorbio", "authorinfo", "authorcard", "authorprofile", "aboutauthor",
            "abouttheauthor", "articletags", "posttags", "visuallyhidden", "screenreadertext", "skiplink", "jumplink",
            "nextpost", "prevpost", "postnavigation", "morestories", "morenews", "seealso", "followus", "dnone", "uhidden",
            "relatedposts", "relatedarticles", "socialshare", "sharetools");
    // page builders (Elementor, Divi, WPBakery, WordPress blocks) call every block a widget or module,
    // the article's text included: these words say "a block of the layout", not "boilerplate"
    private static final Set<String> LAYOUT_WORDS = Set.of("widget", "widgets");
    // class/id words of reader comment threads ("comment-list", "commentlist", "disqus_thread", "respond")
    private static final Set<String> COMMENT_WORDS = Set.of("comment", "comments", "disqus", "respond", "replies",
            "kommentare", "commentaires", "comentarios", "commenti");
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
    /** Lower-cased class and id of an element. */
    static String hint(Element el) {
        String c = el.className(), i = el.id();
        if (c.isEmpty() && i.isEmpty()) return "";
        return (c.isEmpty() ? i : i.isEmpty() ? c : c + " " + i).toLowerCase(Locale.ROOT);
    }
    static final int F_BOILER = 1, F_BODY = 2, F_COMMENT = 4, F_LAYOUT = 8, F_META = 16, F_NAME_OR_DATE = 32;
    /**
     * Where the metadata readers look for a byline or a date ({@link PageScan}): any part of the value, not only a
     * word ("postAuthorName"); a byline's element often carries the date too ("Anna Berg am 29.12.2010").
     */
    static final int F_BYLINE_HINT = 64, F_DATE_HINT = 128;
    /** Readability's class weights: any part of the value (Body's scoring). */
    static final int F_POSITIVE = 256, F_NEGATIVE = 512;
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|main|page|post|text|blog|story");
    private static final Pattern NEGATIVE = Pattern.compile("hidden|banner|combx|comment|com-|contact|foot|footer|footnote|"
            + "masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|teaser|nav");
    private static final String[] BYLINE_PARTS = {"byline", "author", "autor", "auteur", "writer", "reporter", "creator", "verfasser"};
    private static final String[] DATE_PARTS = {"date", "time", "publish", "datum", "posted", "meta", "byline", "author", "updated"};
    // class strings repeat within a page and across pages of a site (CMS themes): their flags are
    // cached for all pages, keyed by the raw attribute value (one cache for every pass: a value is looked up in one
    // table); the cache is bounded by clearing it
    private static final java.util.concurrent.ConcurrentHashMap<String, Integer> FLAG_CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int FLAG_CACHE_MAX = 50_000;
    static int cachedFlags(String raw) {
        if (raw.isEmpty()) return 0;
        Integer f = FLAG_CACHE.get(raw);
        if (f == null) {
            String h = raw.toLowerCase(Locale.ROOT);
            f = wordFlags(h) | partFlags(h);
            if (FLAG_CACHE.size() > FLAG_CACHE_MAX) FLAG_CACHE.clear();
            FLAG_CACHE.put(raw, f);
        }
        return f;
    }

    /** Flags of an element's class and id (each looked up on its own, so no string is built). */
    static int elFlags(Element el) {
        return cachedFlags(el.className()) | cachedFlags(el.id());
    }

    private static int partFlags(String h) {
        int f = 0;
        for (String w : BYLINE_PARTS) if (h.contains(w)) { f |= F_BYLINE_HINT; break; }
        for (String w : DATE_PARTS) if (h.contains(w)) { f |= F_DATE_HINT; break; }
        if (POSITIVE.matcher(h).find()) f |= F_POSITIVE;
        if (NEGATIVE.matcher(h).find()) f |= F_NEGATIVE;
        return f;
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
            if (LAYOUT_WORDS.contains(w)) v |= F_LAYOUT;
            // a person's name or a date ("comment-author", "username", "post-date"): marks of a comment's unit
            if (w.contains("author") || w.contains("date") || w.contains("name") || w.contains("user")) v |= F_NAME_OR_DATE;
            // "category-comments", "tag-comment": a taxonomy class of the post, not a thread
            if (commentWord(w) && (i == 0 || !TAXONOMY.contains(words.get(i - 1)))) v |= F_COMMENT | F_BOILER;
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
        // an embedded post ("social-media-embed", "tweet-embed") is quoted by the story, unlike a share bar
        if ((v & F_BOILER) != 0 && (words.contains("embed") || words.contains("embedded"))) v &= ~(F_BOILER | F_COMMENT);
        return v;
    }

    private static final Set<String> TAXONOMY = Set.of("category", "tag", "cat", "format");

    /** A comment word, or one that starts with "comment" ("commentlist") but is not commentary. */
    private static boolean commentWord(String w) {
        if (COMMENT_WORDS.contains(w)) return true;
        return w.startsWith("comment") && !w.startsWith("commentar") && !w.startsWith("commentat");
    }

    private static boolean bodyKey(String w) {
        if (w.length() < 7) return false;
        for (String k : BODY_KEYS) if (w.startsWith(k)) return true;
        return false;
    }
}
