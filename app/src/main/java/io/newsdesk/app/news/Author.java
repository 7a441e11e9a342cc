package io.newsdesk.app.news;

/**
 * @param name         as the site shows it (in the site's letters)
 * @param originalName as the byline wrote it when that differs (another script), else null
 */
public record Author(String id, String slug, String name, String bio, String originalName) {
    public Author(String id, String slug, String name, String bio) {
        this(id, slug, name, bio, null);
    }
}
