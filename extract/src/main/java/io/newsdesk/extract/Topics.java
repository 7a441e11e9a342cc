package io.newsdesk.extract;

import static io.newsdesk.extract.PageScan.metaTag;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The article's tags and section. Tags come whole from the first source that gives any (mixing
 * article:tag with a site-wide keywords list would dilute them); values are comma-separated lists.
 *
 * @param tags distinct, at most 50, each shorter than 80 characters
 * @param section null when the page names none
 */
record Topics(List<String> tags, String section) {
    static final Topics NONE = new Topics(List.of(), null);

    // the keyword meta tags: the first non-blank one is the last source of tags
    private static final List<String> KEYWORD_META = List.of("news_keywords", "keywords", "parsely-tags", "sailthru.tags");
    // where tags come from, best first; each gives comma-separated values
    private static final List<Function<PageScan, List<String>>> TAG_SOURCES = List.of(
            page -> page.metaAll("article:tag"), Topics::jsonLdKeywords, Topics::keywordMeta);
    // where the section is named, best first
    private static final List<Function<PageScan, String>> SECTION_SOURCES = List.of(
            metaTag("article:section"), Topics::jsonLdSection, metaTag("parsely-section"), metaTag("sailthru.section"));

    static Topics of(PageScan page) {
        Set<String> tags = new LinkedHashSet<>();
        for (Function<PageScan, List<String>> source : TAG_SOURCES) {
            for (String v : source.apply(page)) addTags(tags, v);
            if (!tags.isEmpty()) break;
        }
        return new Topics(List.copyOf(tags), page.first(SECTION_SOURCES));
    }

    private static List<String> jsonLdKeywords(PageScan page) {
        Object kw = page.ld().get("keywords");
        if (kw instanceof String s) return List.of(s);
        if (kw instanceof List<?> l) return l.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        return List.of();
    }

    private static List<String> keywordMeta(PageScan page) {
        String v = page.firstMeta(KEYWORD_META);
        return v == null ? List.of() : List.of(v);
    }

    private static String jsonLdSection(PageScan page) {
        return page.ld().first("articleSection") instanceof String s ? s : null;
    }

    private static void addTags(Set<String> out, String v) {
        for (String p : v.split(",")) {
            String c = p.trim();
            if (!c.isEmpty() && c.length() < 80 && out.size() < 50) out.add(c);
        }
    }
}
