package io.newsdesk.app.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which page of the newsroom's article list an editor asked for. The list is in order of the last change (changed_at,
 * id), newest first: the first {@link #LAST_NUMBERED} pages by number ({@code ?page=N}), any other next to a row, by that
 * row's last change and id ({@code ?older=1733400000000.ID}: the rows after it; {@code ?newer=...}: the ones before
 * it). A place names its row's time as well as its id, so a page stays where it was when that row is edited meanwhile.
 */
public record NewsroomPage(int number, Place olderThan, Place newerThan) {
    /** Numbered pages go this deep (1,000 rows); each costs a walk over the rows before it. */
    public static final int LAST_NUMBERED = 20;
    public static final NewsroomPage FIRST = new NewsroomPage(1, null, null);
    private static final Pattern PLACE = Pattern.compile("(\\d{1,18})\\.([A-Za-z0-9-]{1,40})");

    public static NewsroomPage numbered(int number) {
        return new NewsroomPage(number, null, null);
    }

    /** A row of the list: its last change (milliseconds) and its id. */
    public record Place(long changedAt, String id) {
        /** As a request parameter: "changedAt.id". */
        public String text() {
            return changedAt + "." + id;
        }

        /** The place a parameter names, or null when it names none. */
        static Place parse(String text) {
            Matcher m = text == null ? null : PLACE.matcher(text.strip());
            return m != null && m.matches() ? new Place(Long.parseLong(m.group(1)), m.group(2)) : null;
        }
    }

    /**
     * From a request's {@code page}, {@code older} and {@code newer} parameters (each may be null). A place that is not
     * one, or a number that is not one, asks for the first page; a number past {@link #LAST_NUMBERED} for the last
     * numbered page (an editor's typed address is corrected, not refused).
     */
    public static NewsroomPage of(String page, String older, String newer) {
        Place o = Place.parse(older), n = Place.parse(newer);
        if (o != null) return new NewsroomPage(0, o, null);
        if (n != null) return new NewsroomPage(0, null, n);
        long number;
        try {
            number = page == null ? 1 : Long.parseLong(page.strip());
        } catch (NumberFormatException e) {
            number = 1;
        }
        return numbered((int) Math.max(1, Math.min(LAST_NUMBERED, number)));
    }

    /** The page after this one, whose first row follows {@code last}: numbered while numbers last. */
    public NewsroomPage older(Place last) {
        return number >= 1 && number < LAST_NUMBERED ? numbered(number + 1) : new NewsroomPage(0, last, null);
    }

    /** The page before this one, whose last row precedes {@code first}: numbered on a numbered page. */
    public NewsroomPage newer(Place first) {
        return number > 1 ? numbered(number - 1) : new NewsroomPage(0, null, first);
    }

    /** The query string's page part ("?page=1" for the first page), to which the filter's parameters are added. */
    public String query() {
        if (olderThan != null) return "?older=" + olderThan.text();
        if (newerThan != null) return "?newer=" + newerThan.text();
        return number > 1 ? "?page=" + number : "?page=1";
    }
}
