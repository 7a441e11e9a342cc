package io.newsdesk.app.news;

public record Author(String id, String slug, String name, String bio) {}
