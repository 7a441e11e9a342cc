package io.newsdesk.app.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * The JDK's sentence boundaries of a text, found in one forward pass when the text is set and then answered from an
 * array. The highlighter asks for the boundaries around every match ({@code preceding}, {@code following}), and the
 * JDK's iterator answers each of those by scanning backwards and forwards again: that was a third of a search's time
 * for common words. The boundaries are the JDK's own, so the snippets are the same.
 */
final class SentenceBoundaries extends BreakIterator {
    private final BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    private CharacterIterator text = new StringCharacterIterator("");
    /** Every boundary, ascending; the first is the text's start and the last its end. */
    private int[] bounds = {0};
    private int count = 1;
    /** Index in {@link #bounds} of the current boundary. */
    private int at;

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        sentences.setText(newText);
        int[] found = new int[16];
        int n = 0;
        for (int b = sentences.first(); b != DONE; b = sentences.next()) {
            if (n == found.length) found = Arrays.copyOf(found, n * 2);
            found[n++] = b;
        }
        bounds = found;
        count = n;
        at = 0;
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public int first() {
        at = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        at = count - 1;
        return bounds[at];
    }

    @Override
    public int next(int n) {
        int to = at + n;
        if (to < 0 || to >= count) {
            at = to < 0 ? 0 : count - 1;
            return DONE;
        }
        at = to;
        return bounds[at];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int current() {
        return bounds[at];
    }

    /** The first boundary after {@code offset}; DONE (at the last boundary) when there is none. */
    @Override
    public int following(int offset) {
        int n = before(offset);
        at = isAt(n, offset) ? n : n - 1;
        return next();
    }

    /** The last boundary before {@code offset}; DONE (at the first boundary) when there is none. */
    @Override
    public int preceding(int offset) {
        at = before(offset);
        return previous();
    }

    @Override
    public boolean isBoundary(int offset) {
        int n = before(offset);
        if (isAt(n, offset)) {
            at = n;
            return true;
        }
        following(offset);
        return false;
    }

    /** How many boundaries come before {@code offset}. */
    private int before(int offset) {
        checkOffset(offset);
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        return i >= 0 ? i : -i - 1;
    }

    private boolean isAt(int index, int offset) {
        return index < count && bounds[index] == offset;
    }

    private void checkOffset(int offset) {
        if (offset < text.getBeginIndex() || offset > text.getEndIndex()) throw new IllegalArgumentException("offset out of bounds");
    }
}
