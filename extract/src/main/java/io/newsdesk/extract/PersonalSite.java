package io.newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The owner of a personal site, as the author when no byline names anyone. A person's blog often
 * names its author only in the site's name ("Dr. Anna Berg", "Anna Berg's Blog"); that name is a
 * person's when its letters spell the site's own address (annaberg.net, anna-berg.de,
 * annaberg.blog.example) and it is marked as a person's, by a doctor's title or a possessive. Sources that
 * agree, so a site named like a person on another host gives nothing, and neither does an outlet whose name
 * spells its host ("La Stampa", "Zoo Berlin").
 */
final class PersonalSite {
    private PersonalSite() {}

    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " // "};
    // a title before the name, and a possessive and what follows it ("'s Blog", "’s Digital Home")
    private static final Pattern ACADEMIC_TITLE = Pattern.compile("^(?:(?:Dr|Prof|Dipl)\\.(?:-\\p{L}+\\.)?\\s+)+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\s.*$|['’]s$");
    // two or three capitalised words, a hyphenated surname allowed
    private static final Pattern PERSON = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){1,2}");

    /** The owner's name, or null. {@code site} is the site's name, {@code docTitle} the {@code <title>}. */
    static String owner(String site, String docTitle, String url) {
        List<String> labels = HostNames.of(url);
        if (labels.isEmpty()) return null;
        List<String> candidates = new ArrayList<>();
        if (site != null) candidates.add(site);
        if (docTitle != null) {
            for (String sep : SEPARATORS) {
                int first = docTitle.indexOf(sep), last = docTitle.lastIndexOf(sep);
                if (first > 0) candidates.add(docTitle.substring(0, first));
                if (last > 0) candidates.add(docTitle.substring(last + sep.length()));
            }
        }
        for (String c : candidates) {
            c = c.strip();
            // only a person has a doctor's title or a blog in the possessive: "La Stampa" and "Zoo Berlin" spell their hosts too
            Matcher title = ACADEMIC_TITLE.matcher(c);
            boolean titled = title.lookingAt();
            String rest = titled ? c.substring(title.end()) : c;
            Matcher possessive = POSSESSIVE.matcher(rest);
            boolean owned = possessive.find();
            if (!titled && !owned) continue;
            String name = (owned ? rest.substring(0, possessive.start()) : rest).strip();
            if (!PERSON.matcher(name).matches()) continue;
            String letters = HostNames.letters(name);
            for (String l : labels) if (l.equals(letters)) return name;
        }
        return null;
    }
}
