package io.newsdesk.app.news;

/** A section of the site; top-level sections have no parent (they sit under Home). */
public record Section(String id, String slug, String name, String parentId, int position) {}
