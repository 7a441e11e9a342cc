package io.newsdesk.app.site;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which page of a list (a section, an author, an outlet, a story) a reader asked for: the first pages by number
 * ({@code ?page=N}, up to {@link #LAST_NUMBERED}), any other next to an article of the list: {@code ?older=ID} lists
 * the articles after that one, {@code ?newer=ID} the ones before it. The "Older" and "Newer" links are of the second
 * kind, so a page reads its own cards wherever it is in the list, and keeps them while newer articles are published.
 */
public record ListPage(int number, String olderThan, String newerThan) {
    /** Numbered pages go this deep (600 articles); each costs a walk over the pages before it. */
    public static final int LAST_NUMBERED = 50;
    public static final ListPage FIRST = new ListPage(1, null, null);
    /** Article ids: UUIDs, and the demo's and tests' shorter ones. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,40}");

    public static ListPage numbered(int number) {
        return new ListPage(number, null, null);
    }

    /**
     * From a request's {@code page}, {@code older} and {@code newer} parameters (each may be null); empty (the page does not
     * exist) for a number past {@link #LAST_NUMBERED} or a place that is not an article id. A page number that is not one
     * (missing, below 1, not a number) asks for the first page, as it always did.
     */
    public static Optional<ListPage> of(String page, String older, String newer) {
        if (older != null) return ID.matcher(older).matches() ? Optional.of(new ListPage(0, older, null)) : Optional.empty();
        if (newer != null) return ID.matcher(newer).matches() ? Optional.of(new ListPage(0, null, newer)) : Optional.empty();
        long number;
        try {
            number = page == null ? 1 : Long.parseLong(page.strip());
        } catch (NumberFormatException e) {
            number = 1;
        }
        return number > LAST_NUMBERED ? Optional.empty() : Optional.of(numbered((int) Math.max(1, number)));
    }

    /** The page after this one, whose first article follows {@code lastId}: numbered while numbers last. */
    public ListPage older(String lastId) {
        return number >= 1 && number < LAST_NUMBERED ? numbered(number + 1) : new ListPage(0, lastId, null);
    }

    /** The page before this one, whose last article precedes {@code firstId}: numbered on a numbered page. */
    public ListPage newer(String firstId) {
        return number > 1 ? numbered(number - 1) : new ListPage(0, null, firstId);
    }

    public boolean first() {
        return number == 1;
    }

    /** The query string that asks for this page ("" for the first), as its address, its cache key and its canonical URL. */
    public String query() {
        if (olderThan != null) return "?older=" + olderThan;
        if (newerThan != null) return "?newer=" + newerThan;
        return number > 1 ? "?page=" + number : "";
    }
}
