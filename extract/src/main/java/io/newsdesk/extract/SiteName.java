package io.newsdesk.extract;

import static io.newsdesk.extract.PageScan.metaTag;

import java.util.List;
import java.util.function.Function;

/**
 * The site's name: what the metadata declares, else the logo text of an {@code <h1>}. The declared
 * name is needed on its own first, to tell an {@code <h1>} that repeats it from the headline
 * ({@link Headlines}); the title and the authors then use the full answer.
 */
final class SiteName {
    private SiteName() {}

    // where the site names itself, best first; a Twitter handle ("@harbour") is not a name
    private static final List<Function<PageScan, String>> SOURCES = List.of(
            metaTag("og:site_name"), page -> page.ld().publisher(), metaTag("application-name"), metaTag("twitter:site"));

    static String declared(PageScan page) {
        String name = page.first(SOURCES);
        return name != null && name.startsWith("@") ? null : name;
    }

    static String of(String declared, Headlines headlines) {
        return declared != null ? declared : headlines.logo();
    }
}
