package io.newsdesk.app.content;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a byline string from imported content is a plausible person or organisation name, and so may get an
 * author page. Outlets put all sorts of things where a name belongs: markup fragments, links, e-mail addresses,
 * CMS user names ("admin"), a lone "By", whole sentences. Those give no author (the article keeps its outlet).
 */
public final class AuthorNames {
    static final int MAX_CHARS = 80;
    static final int MAX_WORDS = 6;
    /** A byline's lead word, dropped: "By Jane Roe" is Jane Roe. */
    private static final Pattern LEAD = Pattern.compile("^(?i:by|from|written by|posted by|author:?|text:?)\\s+");
    /** Labels and CMS accounts that name nobody ("object object": a script's [object Object] once the extractor drops its brackets). */
    private static final Set<String> LABELS = Set.of("by", "admin", "administrator", "root", "webmaster", "editor", "editors",
            "author", "authors", "staff", "user", "guest", "anonymous", "unknown", "none", "null", "undefined", "object object", "n/a", "na",
            "redaktion", "redacción", "rédaction", "редакция", "редакція");
    /** Characters of markup, code and addresses, never of a name. */
    private static final Pattern NOT_IN_NAMES = Pattern.compile("[<>{}\\[\\]=\\\\|@#*^~`$%;]|://|www\\.|\\.(com|org|net)\\b");

    private AuthorNames() {}

    /** The name to show, cleaned of markup and a lead "By"; empty when {@code raw} is not a plausible name. */
    public static Optional<String> plausible(String raw) {
        String name = CleanText.of(raw);
        name = LEAD.matcher(name).replaceFirst("").strip();
        if (name.isEmpty() || name.length() > MAX_CHARS) return Optional.empty();
        // markup that cleaning left as text (escaped tags are decoded into it), links, e-mail addresses
        if (NOT_IN_NAMES.matcher(name).find()) return Optional.empty();
        String[] words = name.split(" ");
        if (words.length > MAX_WORDS) return Optional.empty();
        int letters = 0, others = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) letters++;
            else if (c != ' ') others++;
        }
        if (letters < 2 || others > letters / 2) return Optional.empty();
        if (LABELS.contains(name.toLowerCase(Locale.ROOT))) return Optional.empty();
        // one lower-case word in a script with capitals is a user name ("jsmith"), not how an outlet prints a name
        if (words.length == 1 && name.equals(name.toLowerCase(Locale.ROOT)) && !name.equals(name.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(name);
    }
}
