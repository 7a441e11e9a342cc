package io.newsdesk.app.ingest.sources;

/**
 * What is needed to add a source. The outlet is named; it is created when missing, with the feed's origin as
 * its site URL (or {@code outletSiteUrl} when given) and {@code outletLanguage} (or {@code und}).
 *
 * @param defaultSection slug or name of an existing section (nullable)
 * @param linkSelector   for an HTML section page: CSS selector of the article links (nullable: headline links)
 */
public record NewSource(
        String url,
        SourceKind kind,
        String outletName,
        String outletSiteUrl,
        String outletLanguage,
        String language,
        String defaultSection,
        String sectionRules,
        Integer fetchIntervalSeconds,
        ContentPolicy policy,
        Boolean translate,
        String bodySelector,
        String removeSelectors,
        String linkSelector) {

    /** A source with every optional field at its default. */
    public static NewSource of(String url, SourceKind kind, String outletName) {
        return new NewSource(url, kind, outletName, null, null, null, null, null, null, null, null, null, null, null);
    }

    public NewSource withLanguage(String l) {
        return new NewSource(url, kind, outletName, outletSiteUrl, outletLanguage, l, defaultSection, sectionRules,
                fetchIntervalSeconds, policy, translate, bodySelector, removeSelectors, linkSelector);
    }

    public NewSource withPolicy(ContentPolicy p) {
        return new NewSource(url, kind, outletName, outletSiteUrl, outletLanguage, language, defaultSection, sectionRules,
                fetchIntervalSeconds, p, translate, bodySelector, removeSelectors, linkSelector);
    }

    public NewSource withDefaultSection(String s) {
        return new NewSource(url, kind, outletName, outletSiteUrl, outletLanguage, language, s, sectionRules,
                fetchIntervalSeconds, policy, translate, bodySelector, removeSelectors, linkSelector);
    }
}
