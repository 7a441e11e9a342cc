package io.newsdesk.app.site.comments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The "Leave a reply" form: what the reader typed and what is wrong with it. Messages are the ones
 * readers of news sites know, shown beside their fields, with the typed input kept.
 */
public record CommentForm(String name, String email, String comment, String parentId, Map<String, String> errors) {
    public static final int MAX_COMMENT = 5_000;
    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_LINKS = 2;
    static final String NAME_MISSING = "Please enter your name here";
    static final String COMMENT_MISSING = "Please enter your comment!";
    static final String EMAIL_INVALID = "You have entered an incorrect email address!";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    public static CommentForm empty() {
        return new CommentForm("", "", "", null, Map.of());
    }

    /** What the reader typed, kept for the form without checking it (a refused POST shows it again). */
    public static CommentForm unchecked(String name, String email, String comment, String parentId) {
        return new CommentForm(name == null ? "" : name, email == null ? "" : email, comment == null ? "" : comment,
                parentId == null || parentId.isBlank() ? null : parentId.strip(), Map.of());
    }

    /** Reads and checks the submitted fields; {@link #errors()} is empty when the comment may be stored. */
    public static CommentForm submitted(String name, String email, String comment, String parentId) {
        String n = normalize(name);
        String e = normalize(email);
        String c = comment == null ? "" : comment.replace("\r\n", "\n").replace('\r', '\n').strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (n.isEmpty()) errors.put("name", NAME_MISSING);
        else if (n.length() > MAX_NAME) errors.put("name", "Please use at most " + MAX_NAME + " characters for your name.");
        if (!e.isEmpty() && (e.length() > MAX_EMAIL || !EMAIL.matcher(e).matches())) errors.put("email", EMAIL_INVALID);
        if (c.isEmpty()) errors.put("comment", COMMENT_MISSING);
        else if (c.length() > MAX_COMMENT) errors.put("comment", "Please keep your comment under " + MAX_COMMENT + " characters.");
        else if (CommentText.countLinks(c) > MAX_LINKS) errors.put("comment", "Please include at most " + MAX_LINKS + " links.");
        String parent = parentId == null || parentId.isBlank() ? null : parentId.strip();
        return new CommentForm(n, e, c, parent, Map.copyOf(errors));
    }

    public CommentForm withError(String field, String message) {
        Map<String, String> more = new LinkedHashMap<>(errors);
        more.put(field, message);
        return new CommentForm(name, email, comment, parentId, Map.copyOf(more));
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public String error(String field) {
        return errors.get(field);
    }

    private static String normalize(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
