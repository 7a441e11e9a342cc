package io.newsdesk.app.ingest.sources;

/**
 * What an editor may change of a source after adding it (its address and kind stay): the content policy, the fetch
 * interval, the declared language, the default section (slug or name, null for none), the section rules (JSON, see
 * {@link SectionRules}), whether to translate, and the extraction hints (CSS selectors; null for none).
 */
public record SourceEdit(ContentPolicy policy, int fetchIntervalSeconds, String language, String defaultSection,
                         String sectionRules, boolean translate, String bodySelector, String removeSelectors,
                         String linkSelector) {

    /** The source's current values, as the edit form starts (the section as its slug). */
    public static SourceEdit of(Source s, String sectionSlug) {
        return new SourceEdit(s.policy(), s.fetchIntervalSeconds(), s.language(), sectionSlug, s.sectionRules(), s.translate(),
                s.bodySelector(), s.removeSelectors(), s.linkSelector());
    }
}
