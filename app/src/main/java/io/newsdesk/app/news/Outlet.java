package io.newsdesk.app.news;

/** A publisher whose articles the site imports. */
public record Outlet(String id, String slug, String name, String siteUrl, String language, String telegramChannel) {}
