package io.newsdesk.app.news;

import java.time.Instant;

/** What a list of articles shows of each one. */
public record ArticleCard(
        String id,
        String slug,
        String title,
        String excerpt,
        String imageUrl,
        String sectionSlug,
        String sectionName,
        Instant publishedAt,
        int commentCount) {}
