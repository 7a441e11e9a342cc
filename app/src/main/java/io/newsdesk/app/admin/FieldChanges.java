package io.newsdesk.app.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The fields that differ between two versions of a thing, as the audit log keeps them: before and after, nothing else. */
record FieldChanges(Map<String, Object> before, Map<String, Object> after) {

    /** Compares field by field in {@code now}'s order; a field missing from {@code was} counts as null. */
    static FieldChanges of(Map<String, ?> was, Map<String, ?> now) {
        Map<String, Object> before = new LinkedHashMap<>(), after = new LinkedHashMap<>();
        now.forEach((k, v) -> {
            if (!Objects.equals(v, was.get(k))) {
                before.put(k, was.get(k));
                after.put(k, v);
            }
        });
        return new FieldChanges(before, after);
    }

    boolean none() {
        return after.isEmpty();
    }
}
