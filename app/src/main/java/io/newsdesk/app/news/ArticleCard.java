package io.newsdesk.app.news;

import java.time.Instant;

/**
 * What a list of articles shows of each one.
 *
 * @param outletName the outlet an imported article came from (null for the site's own)
 * @param storyId    the story it reports (null when no other outlet told it)
 */
public record ArticleCard(
        String id,
        String slug,
        String title,
        String excerpt,
        String imageUrl,
        String sectionSlug,
        String sectionName,
        Instant publishedAt,
        int commentCount,
        String outletName,
        String storyId) {}
