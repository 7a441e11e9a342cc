package io.newsdesk.app.accounts;

import java.util.Locale;
import java.util.Optional;

/** What a user may do in the admin; which pages each role opens is {@code admin.AdminAccess}. */
public enum Role {
    /** Everything, users and the audit log included. */
    ADMIN,
    /** Articles, sections, sources, translations and comments. */
    EDITOR,
    /** Their own drafts. */
    AUTHOR,
    /** Comments. */
    MODERATOR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String s) {
        if (s == null) return Optional.empty();
        for (Role r : values()) if (r.label().equals(s.strip().toLowerCase(Locale.ROOT))) return Optional.of(r);
        return Optional.empty();
    }
}
