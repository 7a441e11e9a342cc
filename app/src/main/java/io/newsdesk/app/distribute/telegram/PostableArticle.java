package io.newsdesk.app.distribute.telegram;

/** What a channel post is made of, read from the articles table with its section and outlet. */
record PostableArticle(String id, String slug, String title, String excerpt, String imageUrl, boolean published,
        String sectionSlug, String outletSlug, long changedAt) {}
