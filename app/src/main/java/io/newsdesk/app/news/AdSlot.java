package io.newsdesk.app.news;

/** A place for an advertisement; its code is rendered only inside the slot's container. */
public record AdSlot(String id, Position position, String label, String code, Integer afterParagraph, boolean enabled) {

    public static final String DEFAULT_LABEL = "A word from our sponsors";

    public enum Position {
        HEADER, SIDEBAR, IN_ARTICLE, BELOW_ARTICLE;

        /** A position named in any case, with "-" or " " for "_" ("in-article"); refuses an unknown one with the list. */
        public static Position parse(String text) {
            String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (Position p : values()) if (p.name().equals(t)) return p;
            throw new IllegalArgumentException("Unknown ad position \"" + (text == null ? "" : text.strip())
                    + "\": choose one of " + java.util.Arrays.stream(values()).map(Position::label).toList() + ".");
        }

        /** The position as people write it: "in-article". */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
