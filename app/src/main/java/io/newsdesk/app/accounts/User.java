package io.newsdesk.app.accounts;

import java.time.Instant;

/** An account of the admin (the password hash stays in {@link UserStore}). */
public record User(String id, String name, Role role, boolean disabled, Instant createdAt, Instant passwordChangedAt) {}
