package io.newsdesk.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Calls to action at the end of a body ("Like this story? Share it with a friend!", "Follow us on
 * …", "Sign up for our newsletter", a line of links): short last blocks that address the reader
 * with a share, follow or subscribe verb, that are mostly links or bare addresses, or a closing
 * "Published on …" stamp; and what introduces nothing any more: a heading, or a short line ending in
 * a colon, left last once the list of links it led to was removed as boilerplate. They are removed from the end
 * until a block of reporting is met; nothing before it is touched. A press release's contact block at
 * the end goes first: from a contact label ("Pressekontakt", "Media contact") to the end, short lines
 * only, with a telephone number or an e-mail address among them.
 */
final class TrailingCalls {
    private TrailingCalls() {}

    /** A sentence that opens with an imperative addressed to the reader (English, German, French, Spanish, Russian). */
    private static final Pattern CALL = Pattern.compile("(?iu)(?:^|[.!?…:]\\s+)(?:please\\s+|and\\s+)?(?:"
            + "share\\s+(?:this|it|them|your|with|on|the\\s+(?:article|story|post))|"
            + "like\\s+(?:this|us|our)|follow\\s+(?:us|me|our|@)|join\\s+(?:us|our|the\\s+(?:conversation|discussion|debate))|"
            + "subscribe|sign\\s+up|donate|support\\s+(?:us|our|independent)|tell\\s+us|let\\s+us\\s+know|send\\s+us|"
            + "(?:click|tap)\\s+here|don'?t\\s+miss|download\\s+(?:our|the\\s+app)|get\\s+(?:our|the\\s+latest)|"
            + "folgen\\s+sie|abonnieren\\s+sie|teilen\\s+sie|suivez[- ]nous|abonnez[- ]vous|partagez|s[ií]guenos|suscr[ií]bete|"
            + "comparte|подпис(?:ывайтесь|итесь)|поделитесь)\\b");
    /** A closing stamp: "First published on …", "Updated at 1:23 p.m." (dates belong to the metadata). */
    private static final Pattern STAMP = Pattern.compile("(?iu)^(?:first\\s+|last\\s+)?(?:published|posted|updated|modified)\\b.{0,60}\\d.{0,30}$");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Set<String> TEXT_BLOCKS = Set.of("p", "div", "section", "li", "h2", "h3", "h4", "h5", "h6", "blockquote");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    /** The line that opens a contact block, in its first words. */
    private static final Pattern CONTACT_LABEL = Pattern.compile("(?iu)^\\s*(?:presse?-?\\s?kontakte?|medienkontakte?|kontakt(?:e|person)?|"
            + "(?:press|media)\\s+(?:contacts?|enquiries|inquiries)|contacts?|ansprechpartner(?:in|innen)?|pressestelle|pressesprecher(?:in)?|"
            + "für\\s+rückfragen|rückfragen|contacto(?:s)?(?:\\s+de\\s+prensa)?|contact\\s+presse|for\\s+(?:further|more)\\s+information)\\b");
    // the word's edges as one-character looks, not \b: the JDK's \b walks back over every combining mark before a
    // position, so searching a long run of them was quadratic (HostileTextTest)
    private static final Pattern PHONE = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}\\p{N}_])(?:tel|telefon|telephone|phone|fon|fax|mobil|mobile)"
            + "(?![\\p{L}\\p{M}\\p{N}_])\\.?\\s*:?\\s*\\+?\\(?\\d");
    // starts only where a run of address characters starts and never gives back: linear on long runs without an @
    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.+-]++@[\\w-]+\\.[\\w.-]+|\\[email\\s*protected\\]");
    private static final int MAX_CONTACT_BLOCKS = 12, MAX_CONTACT_WORDS = 30;
    private static final int MAX_WORDS = 40, MAX_LINK_WORDS = 15, MAX_REMOVED = 3;

    static void drop(Element root) {
        dropContactBlock(root);
        List<Element> all = Tree.elements(root);
        int removed = 0;
        for (int i = all.size() - 1; i > 0 && removed < MAX_REMOVED; i--) {
            Element el = all.get(i);
            if (!TEXT_BLOCKS.contains(el.normalName()) || el.parent() == null || hasTextBlockChild(el)) continue;
            String t = el.text();
            if (t.isBlank()) continue;
            if (!isCall(el, t)) return;
            el.remove();
            removed++;
        }
    }

    /** Whom to call for a press release: a label line, then names, roles, addresses and numbers, to the end. */
    private static void dropContactBlock(Element root) {
        List<Element> tail = new java.util.ArrayList<>();
        List<Element> all = Tree.elements(root);
        for (int i = all.size() - 1; i > 0 && tail.size() < MAX_CONTACT_BLOCKS; i--) {
            Element el = all.get(i);
            if (!TEXT_BLOCKS.contains(el.normalName()) || el.parent() == null || hasTextBlockChild(el)) continue;
            String t = el.text();
            if (t.isBlank()) continue;
            if (longestLineWords(el) > MAX_CONTACT_WORDS) break;
            tail.add(el);
        }
        int label = -1;
        boolean reachable = false;
        for (int i = 0; i < tail.size(); i++) { // from the last block upwards
            String t = tail.get(i).text();
            reachable |= PHONE.matcher(t).find() || EMAIL.matcher(t).find();
            if (reachable && CONTACT_LABEL.matcher(t).lookingAt()) label = i;
        }
        for (int i = 0; i <= label; i++) tail.get(i).remove();
    }

    /** Words in the longest line of a block: an address is often one block of short lines split by {@code <br>}. */
    private static int longestLineWords(Element el) {
        StringBuilder lines = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode tn) lines.append(tn.text().replace('\n', ' '));
            else if (node instanceof Element e && e.normalName().equals("br")) lines.append('\n');
        }, el);
        int longest = 0;
        for (String line : lines.toString().split("\n")) longest = Math.max(longest, Extractor.countWords(line));
        return longest;
    }

    private static boolean isCall(Element el, String t) {
        int words = Extractor.countWords(t);
        if (words > MAX_WORDS) return false;
        if (CALL.matcher(t).find()) return true;
        if (HEADINGS.contains(el.normalName())) return true;
        if (words <= MAX_LINK_WORDS && t.strip().endsWith(":")) return true;
        if (words <= MAX_LINK_WORDS && STAMP.matcher(t).matches()) return true;
        // lines of bare addresses ("Listen: https://…"): where to go, not what happened
        int urls = 0;
        for (var m = URL.matcher(t); m.find(); ) urls += m.end() - m.start();
        if (urls > 0.5 * t.length()) return true;
        int[] tl = TextLengths.textAndLinks(el);
        return words <= MAX_LINK_WORDS && tl[1] > 0.6 * tl[0];
    }

    private static boolean hasTextBlockChild(Element el) {
        for (Element c : el.children()) if (TEXT_BLOCKS.contains(c.normalName())) return true;
        return false;
    }
}
