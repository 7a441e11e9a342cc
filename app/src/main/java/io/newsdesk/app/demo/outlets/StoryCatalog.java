package io.newsdesk.app.demo.outlets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The outlets and stories of {@code demo/outlets/stories.json}; stories are kept in release order (file order). */
record StoryCatalog(Map<String, DemoOutlet> outlets, List<DemoStory> stories) {
    static final String RESOURCE = "/demo/outlets/stories.json";

    StoryCatalog {
        outlets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outlets));
        stories = List.copyOf(stories);
    }

    static StoryCatalog load() {
        try (InputStream in = StoryCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE);
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StoryCatalog parse(JsonNode root) {
        Map<String, DemoOutlet> outlets = new LinkedHashMap<>();
        for (JsonNode o : root.get("outlets")) {
            Charset charset = o.has("pageCharset") ? Charset.forName(o.get("pageCharset").asText()) : StandardCharsets.UTF_8;
            DemoOutlet outlet = new DemoOutlet(o.get("slug").asText(), o.get("name").asText(), o.get("language").asText(),
                    FeedFormat.valueOf(o.get("feed").asText().toUpperCase(Locale.ROOT)), o.path("newsSitemap").asBoolean(false),
                    charset, o.get("tagline").asText());
            outlets.put(outlet.slug(), outlet);
        }
        List<DemoStory> stories = new ArrayList<>();
        for (JsonNode s : root.get("stories")) {
            List<String> paragraphs = new ArrayList<>();
            for (JsonNode p : s.get("paragraphs")) paragraphs.add(p.asText());
            DemoStory story = new DemoStory(s.get("id").asText(), s.get("outlet").asText(), s.get("section").asText(),
                    s.get("author").asText(), s.get("headline").asText(), s.get("standfirst").asText(),
                    s.get("imageCaption").asText(), s.get("imageCredit").asText(), paragraphs,
                    s.hasNonNull("event") ? s.get("event").asText() : null);
            if (!outlets.containsKey(story.outlet())) {
                throw new IllegalStateException("story " + story.id() + " names an unknown outlet " + story.outlet());
            }
            stories.add(story);
        }
        return new StoryCatalog(outlets, stories);
    }
}
