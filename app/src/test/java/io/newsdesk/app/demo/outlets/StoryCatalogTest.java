package io.newsdesk.app.demo.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.content.Slugs;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo stories are complete, mostly English, and fit the demo site (sections, outlets). */
class StoryCatalogTest {
    final StoryCatalog catalog = StoryCatalog.load();

    static JsonNode siteJson() throws Exception {
        try (InputStream in = StoryCatalogTest.class.getResourceAsStream("/demo/site.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    static int words(String text) {
        return text.split("[^\\p{L}\\p{N}]+").length;
    }

    @Test
    void everyStoryIsComplete() {
        assertThat(catalog.stories()).hasSizeGreaterThanOrEqualTo(30);
        Set<String> ids = new HashSet<>();
        Set<String> paths = new HashSet<>();
        for (DemoStory s : catalog.stories()) {
            assertThat(ids.add(s.id())).as("unique id " + s.id()).isTrue();
            assertThat(paths.add(s.outlet() + "/" + Slugs.of(s.headline()))).as("unique slug " + s.id()).isTrue();
            assertThat(List.of(s.author(), s.headline(), s.standfirst(), s.imageCaption(), s.imageCredit()))
                    .as(s.id()).allSatisfy(t -> assertThat(t).isNotBlank());
            assertThat(s.subheadings()).as(s.id()).isNotEmpty();
            int words = s.textParagraphs().stream().mapToInt(StoryCatalogTest::words).sum();
            assertThat(words).as("words of " + s.id()).isBetween(180, 450);
        }
    }

    @Test
    void storiesUseTheDemoSectionsAndOutlets() throws Exception {
        JsonNode site = siteJson();
        Set<String> sections = new HashSet<>();
        site.get("sections").forEach(s -> sections.add(s.get("slug").asText()));
        assertThat(catalog.stories()).allSatisfy(s -> assertThat(sections).contains(s.section()));
        for (JsonNode o : site.get("outlets")) {
            DemoOutlet outlet = catalog.outlets().get(o.get("slug").asText());
            assertThat(outlet).as(o.get("slug").asText()).isNotNull();
            assertThat(outlet.name()).isEqualTo(o.get("name").asText());
            assertThat(outlet.language()).isEqualTo(o.get("language").asText());
        }
    }

    @Test
    void mostStoriesAreEnglishAndEachOtherLanguageHasAFew() {
        Map<String, Long> byLanguage = catalog.stories().stream()
                .collect(Collectors.groupingBy(s -> catalog.outlets().get(s.outlet()).language(), Collectors.counting()));
        assertThat(byLanguage.get("en")).isGreaterThan(catalog.stories().size() * 3L / 4);
        Map<String, Long> byOutlet = catalog.stories().stream().collect(Collectors.groupingBy(DemoStory::outlet, Collectors.counting()));
        for (DemoOutlet o : catalog.outlets().values()) {
            if (!o.language().equals("en")) assertThat(byOutlet.get(o.slug())).as(o.slug()).isBetween(2L, 3L);
        }
        assertThat(catalog.outlets().values().stream().filter(o -> o.language().equals("en"))).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void atLeastFiveStoriesAreToldByTwoEnglishOutletsInTheirOwnWords() {
        Map<String, List<DemoStory>> events = catalog.stories().stream().filter(s -> s.event() != null)
                .collect(Collectors.groupingBy(DemoStory::event));
        assertThat(events).hasSizeGreaterThanOrEqualTo(5);
        for (List<DemoStory> versions : events.values()) {
            assertThat(versions).hasSize(2);
            DemoStory a = versions.get(0), b = versions.get(1);
            assertThat(a.outlet()).isNotEqualTo(b.outlet());
            assertThat(catalog.outlets().get(a.outlet()).language()).isEqualTo("en");
            assertThat(catalog.outlets().get(b.outlet()).language()).isEqualTo("en");
            assertThat(a.headline()).isNotEqualTo(b.headline());
            assertThat(a.section()).isEqualTo(b.section());
            // rewritten, not copied: no paragraph is shared
            assertThat(a.textParagraphs()).doesNotContainAnyElementsOf(b.textParagraphs());
        }
    }
}
