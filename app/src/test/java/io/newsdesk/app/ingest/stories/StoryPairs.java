package io.newsdesk.app.ingest.stories;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The measured test data, stories/pairs.json: each story told by two outlets, and hard negatives between stories. */
record StoryPairs(List<Story> stories, List<HardNegative> hardNegatives) {
    record Version(String outlet, String title, String text) {
        /** What is sketched: the headline and the body, as the importer will have them. */
        String titleAndText() {
            return title + "\n" + text;
        }
    }

    record Story(String id, List<Version> versions) {
    }

    record HardNegative(List<String> stories, String why) {
    }

    static StoryPairs load() {
        try (InputStream in = StoryPairs.class.getResourceAsStream("/stories/pairs.json")) {
            return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, StoryPairs.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Story> byId() {
        return stories.stream().collect(Collectors.toMap(Story::id, Function.identity()));
    }
}
