package io.newsdesk.app.news;

/** A place for an advertisement; its code is rendered only inside the slot's container. */
public record AdSlot(String id, Position position, String label, String code, Integer afterParagraph, boolean enabled) {

    public static final String DEFAULT_LABEL = "A word from our sponsors";

    public enum Position { HEADER, SIDEBAR, IN_ARTICLE, BELOW_ARTICLE }
}
