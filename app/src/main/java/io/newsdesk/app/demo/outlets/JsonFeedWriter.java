package io.newsdesk.app.demo.outlets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
final class JsonFeedWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonFeedWriter() {}

    static String write(DemoOutlet outlet, String base, List<ReleasedStory> items) {
        String home = base + "/" + outlet.slug() + "/";
        ObjectNode feed = JSON.createObjectNode()
                .put("version", "https://jsonfeed.org/version/1.1")
                .put("title", outlet.name())
                .put("description", outlet.tagline())
                .put("home_page_url", home)
                .put("feed_url", home + outlet.feed().fileName())
                .put("language", outlet.language());
        ArrayNode list = feed.putArray("items");
        for (ReleasedStory r : items) {
            DemoStory s = r.story();
            ObjectNode item = list.addObject()
                    .put("id", outlet.slug() + ":" + s.id())
                    .put("url", base + r.path())
                    .put("title", s.headline())
                    .put("summary", s.standfirst())
                    .put("image", base + r.imagePath())
                    .put("date_published", r.localPublished().toString())
                    .put("language", outlet.language());
            item.putArray("authors").addObject().put("name", s.author());
            item.putArray("tags").add(s.section());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(feed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
