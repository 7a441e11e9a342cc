package io.newsdesk.app.news;

import java.util.List;

/**
 * An author as /admin/authors edits them: the clean-text name and bio, a photo and links (absolute http(s) addresses).
 *
 * @param articles how many articles carry the byline
 */
public record AuthorProfile(String id, String slug, String name, String bio, String photoUrl, List<String> links, long articles) {
    public AuthorProfile {
        links = links == null ? List.of() : List.copyOf(links);
    }
}
