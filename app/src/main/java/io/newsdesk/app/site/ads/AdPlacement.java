package io.newsdesk.app.site.ads;

import io.newsdesk.app.news.AdSlot;
import io.newsdesk.app.site.view.Views.Ad;
import io.newsdesk.app.store.AdSlotStore;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Places the configured ad slots. Ad code is only ever rendered inside its slot's container by
 * the templates; the article body is split around the in-article slot and never holds ad code,
 * so nothing of an ad can reach text, excerpts, feeds or structured data.
 */
public final class AdPlacement {
    private final AdSlotStore store;
    private volatile Map<AdSlot.Position, AdSlot> slots;

    public AdPlacement(AdSlotStore store) {
        this.store = store;
        reload();
    }

    public void reload() {
        Map<AdSlot.Position, AdSlot> byPosition = new EnumMap<>(AdSlot.Position.class);
        for (AdSlot s : store.enabled()) byPosition.putIfAbsent(s.position(), s);
        slots = byPosition;
    }

    public Ad ad(AdSlot.Position position) {
        AdSlot s = slots.get(position);
        if (s == null) return null;
        String cls = "ad ad-" + position.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        String name = "Advertisement " + switch (position) {
            case HEADER -> "at the top";
            case SIDEBAR -> "beside the articles";
            case IN_ARTICLE -> "in the article";
            case BELOW_ARTICLE -> "below the article";
        };
        return new Ad(reservesSpace(s.code()) ? cls + " ad-reserved" : cls, name, s.label(), s.code());
    }

    /**
     * Code that loads its ad later (a script, an ad network's {@code <ins>}, a frame) gets its slot's full size
     * reserved, so the page does not jump when it arrives; a house ad written in plain HTML takes the room it needs.
     */
    static boolean reservesSpace(String code) {
        String c = code.toLowerCase(java.util.Locale.ROOT);
        return c.contains("<script") || c.contains("<ins") || c.contains("<iframe");
    }

    /** The body split after the configured paragraph: [before, after]; after is null when no ad goes in. */
    public String[] splitBody(String bodyHtml) {
        AdSlot s = slots.get(AdSlot.Position.IN_ARTICLE);
        if (s == null) return new String[] {bodyHtml, null};
        return splitAfterParagraph(bodyHtml, s.afterParagraph() == null ? 2 : s.afterParagraph());
    }

    static String[] splitAfterParagraph(String bodyHtml, int paragraphs) {
        int end = TopLevelParagraphs.endOf(bodyHtml, paragraphs);
        if (end == TopLevelParagraphs.FEWER || end == bodyHtml.length()) return new String[] {bodyHtml, null};
        if (end > 0) return new String[] {bodyHtml.substring(0, end), bodyHtml.substring(end)};
        return parsedSplit(bodyHtml, paragraphs);
    }

    /** The same split by parsing the body into a tree (for a body that is not the sanitizer's, e.g. an older one's). */
    static String[] parsedSplit(String bodyHtml, int paragraphs) {
        var doc = Jsoup.parseBodyFragment(bodyHtml);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        List<Node> children = body.childNodes();
        int seen = 0;
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof Element el && el.normalName().equals("p") && ++seen == paragraphs) {
                if (i == children.size() - 1) break; // no ad after the last paragraph
                StringBuilder before = new StringBuilder();
                StringBuilder after = new StringBuilder();
                for (int j = 0; j < children.size(); j++) (j <= i ? before : after).append(children.get(j).outerHtml());
                return new String[] {before.toString(), after.toString()};
            }
        }
        return new String[] {bodyHtml, null};
    }
}
