package io.newsdesk.app.language;

/**
 * The part of a text that language identification looks at: its first {@value #MAX_CHARS} characters
 * (cut at a space, so detection time stays bounded on long articles), with its letters counted by script.
 */
record TextSample(String text, int letters, int cyrillic, int latin) {
    static final int MAX_CHARS = 800;

    static TextSample of(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() > MAX_CHARS) {
            int cut = t.lastIndexOf(' ', MAX_CHARS);
            t = t.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
        }
        int letters = 0, cyrillic = 0, latin = 0;
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) continue;
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.CYRILLIC) cyrillic++;
            else if (script == Character.UnicodeScript.LATIN) latin++;
        }
        return new TextSample(t, letters, cyrillic, latin);
    }

    /** Most letters are Cyrillic: the Russian/Ukrainian letter rule applies. */
    boolean mostlyCyrillic() {
        return letters > 0 && cyrillic >= letters * DOMINANT_SHARE;
    }

    /** No script holds a clear majority (half Cyrillic, half Latin, say): there is no one language to name. */
    boolean mixedScripts() {
        return letters > 0 && Math.max(cyrillic, Math.max(latin, letters - cyrillic - latin)) < letters * DOMINANT_SHARE;
    }

    /** The share of letters one script must have for the text to count as written in it (names in another script are common). */
    static final double DOMINANT_SHARE = 0.6;
}
