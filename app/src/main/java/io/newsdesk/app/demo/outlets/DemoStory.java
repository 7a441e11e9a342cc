package io.newsdesk.app.demo.outlets;

import java.util.List;

/**
 * One story written for the demo (never real news). {@code paragraphs} are plain text; an entry starting
 * with "## " is a subheading. {@code event} is shared by the versions of one story that two outlets report
 * in their own words, so the site can cluster them; null for a story only one outlet has.
 */
record DemoStory(String id, String outlet, String section, String author, String headline, String standfirst,
        String imageCaption, String imageCredit, List<String> paragraphs, String event) {

    static final String SUBHEADING = "## ";

    DemoStory {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The paragraphs of running text, without subheadings. */
    List<String> textParagraphs() {
        return paragraphs.stream().filter(p -> !p.startsWith(SUBHEADING)).toList();
    }

    /** The subheadings, without their marker. */
    List<String> subheadings() {
        return paragraphs.stream().filter(p -> p.startsWith(SUBHEADING)).map(p -> p.substring(SUBHEADING.length())).toList();
    }
}
