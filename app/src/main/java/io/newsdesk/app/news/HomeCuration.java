package io.newsdesk.app.news;

import java.util.List;
import java.util.Set;

/**
 * What editors chose for the home page: a pinned lead story (null: the automatic choice), articles featured at the
 * top (most recently featured first), articles hidden from it, and the order of its section blocks (section ids;
 * sections not listed follow in menu order).
 */
public record HomeCuration(String leadId, List<String> featured, Set<String> hidden, List<String> sectionOrder) {
    public static final HomeCuration NONE = new HomeCuration(null, List.of(), Set.of(), List.of());

    public HomeCuration {
        featured = List.copyOf(featured);
        hidden = Set.copyOf(hidden);
        sectionOrder = List.copyOf(sectionOrder);
    }

    /** The sections in this order: the listed ones first, the others after them as given. */
    public List<Section> ordered(List<Section> sections) {
        List<Section> out = new java.util.ArrayList<>(sections);
        out.sort(java.util.Comparator.comparingInt(s -> {
            int i = sectionOrder.indexOf(s.id());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        return out;
    }
}
