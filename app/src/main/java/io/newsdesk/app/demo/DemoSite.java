package io.newsdesk.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.news.AdSlot;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.news.Author;
import io.newsdesk.app.news.Comment;
import io.newsdesk.app.news.Outlet;
import io.newsdesk.app.news.Section;
import io.newsdesk.app.store.PageViewStore.HourlyKey;
import io.newsdesk.app.store.Stores;
import io.newsdesk.app.util.Html;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo site: news of a fictional region written for this project ({@code demo/site.json}),
 * with generated lead images, ad slots, comments and some readership so every block of the site
 * has something to show. Times are relative to the moment of loading, so the site looks current.
 */
public final class DemoSite {
    static final String RESOURCE = "/demo/site.json";

    private DemoSite() {}

    /** Loads the demo into an empty database; returns the number of articles. */
    public static int load(Stores stores, Path dataDir, Clock clock) {
        return load(stores, dataDir, dataDir.resolve("media"), clock);
    }

    /** As {@link #load(Stores, Path, Clock)}, its images in {@code mediaDir} (NEWSDESK_MEDIA_DIR). */
    public static int load(Stores stores, Path dataDir, Path mediaDir, Clock clock) {
        JsonNode root = read();
        Instant now = clock.instant();
        Path images = mediaDir.resolve("demo");
        createDirectories(images);

        Map<String, Section> sections = new HashMap<>();
        List<String> sectionOrder = new ArrayList<>();
        int position = 0;
        for (JsonNode s : root.get("sections")) {
            sections.put(s.get("slug").asText(), stores.sections().create(s.get("slug").asText(), s.get("name").asText(), null, position++));
            sectionOrder.add(s.get("slug").asText());
        }
        Map<String, Author> authors = new HashMap<>();
        for (JsonNode a : root.get("authors")) {
            authors.put(a.get("slug").asText(), stores.authors().create(a.get("slug").asText(), a.get("name").asText(), text(a, "bio")));
        }
        Map<String, Outlet> outlets = new HashMap<>();
        for (JsonNode o : root.get("outlets")) {
            outlets.put(o.get("slug").asText(), stores.outlets().create(o.get("slug").asText(), o.get("name").asText(),
                    o.get("siteUrl").asText(), o.get("language").asText(), text(o, "telegramChannel")));
        }

        ArticleWriter writer = new ArticleWriter(stores.jdbi(), stores.articles());
        Random random = new Random(42);
        Map<HourlyKey, Long> views = new HashMap<>();
        int count = 0;
        for (JsonNode a : root.get("articles")) {
            String sectionSlug = a.get("section").asText();
            Section section = sections.get(sectionSlug);
            List<String> authorIds = new ArrayList<>();
            for (JsonNode au : a.get("authors")) authorIds.add(authors.get(au.asText()).id());
            Instant published = now.minus(Duration.ofMinutes((long) (a.get("hoursAgo").asDouble() * 60)));
            Instant updated = a.has("updatedHoursAgo") ? now.minus(Duration.ofMinutes((long) (a.get("updatedHoursAgo").asDouble() * 60))) : published;
            ArticleDraft.Imported imported = null;
            if (a.has("imported")) {
                JsonNode imp = a.get("imported");
                Outlet outlet = outlets.get(imp.get("outlet").asText());
                String lang = imp.get("originalLanguage").asText();
                imported = new ArticleDraft.Imported(outlet.id(), imp.get("originalUrl").asText(),
                        imp.get("originalTitle").asText(), lang, !lang.equals("en"));
            }
            String title = a.get("title").asText();
            String imageName = io.newsdesk.app.content.Slugs.of(title) + ".svg";
            write(images.resolve(imageName), DemoImages.svg(title, sectionOrder.indexOf(sectionSlug)));
            Article stored = writer.save(new ArticleDraft(title, text(a, "standfirst"), bodyHtml(a.get("body")), null,
                    "/media/demo/" + imageName, text(a, "imageCaption"), text(a, "imageCredit"), section.id(), authorIds,
                    "en", ArticleStatus.PUBLISHED, published, updated, imported));
            count++;
            addComments(stores, stored, a.get("comments"), published);
            addViews(views, stored.id(), published, now, random);
        }
        stores.pageViews().add(views);
        addAdSlots(stores);
        writeAdsTxt(dataDir);
        return count;
    }

    /** Body entries are plain text; "## " starts a subheading and "> " a quotation. */
    static String bodyHtml(JsonNode body) {
        StringBuilder html = new StringBuilder();
        for (JsonNode entry : body) {
            String t = entry.asText().strip();
            if (t.startsWith("## ")) html.append("<h2>").append(Html.escape(t.substring(3))).append("</h2>");
            else if (t.startsWith("> ")) html.append("<blockquote><p>").append(Html.escape(t.substring(2))).append("</p></blockquote>");
            else html.append("<p>").append(Html.escape(t)).append("</p>");
        }
        return html.toString();
    }

    private static void addComments(Stores stores, Article article, JsonNode comments, Instant published) {
        if (comments == null) return;
        Instant at = published.plus(Duration.ofMinutes(20));
        for (JsonNode c : comments) {
            Comment top = stores.comments().add(article.id(), null, c.get("name").asText(), null, c.get("text").asText(),
                    Comment.Status.APPROVED, at);
            at = at.plus(Duration.ofMinutes(13));
            if (c.has("replies")) {
                for (JsonNode r : c.get("replies")) {
                    stores.comments().add(article.id(), top.id(), r.get("name").asText(), null, r.get("text").asText(),
                            Comment.Status.APPROVED, at);
                    at = at.plus(Duration.ofMinutes(7));
                }
            }
        }
    }

    /** Some readership in the hours after publication, so "Most Popular" has a ranking from the start. */
    private static void addViews(Map<HourlyKey, Long> views, String articleId, Instant published, Instant now, Random random) {
        int appeal = 5 + random.nextInt(120);
        long hour = published.toEpochMilli() / 3_600_000L * 3_600_000L;
        for (int h = 0; h < 48 && hour + h * 3_600_000L <= now.toEpochMilli(); h++) {
            long v = Math.round(appeal * Math.pow(0.85, h) * (0.5 + random.nextDouble()));
            if (v > 0) views.merge(new HourlyKey(articleId, hour + h * 3_600_000L), v, Long::sum);
        }
    }

    private static void addAdSlots(Stores stores) {
        String house = "<a class=\"house-ad\" href=\"/section/%s\"><strong>%s</strong><span>%s</span></a>";
        stores.adSlots().create(AdSlot.Position.HEADER, null,
                house.formatted("economy", "Vantara Coast Ferries", "Daily crossings to the islands, book online."), null);
        stores.adSlots().create(AdSlot.Position.SIDEBAR, null,
                house.formatted("culture", "Harbour Lights Festival", "Three nights of music on the quay."), null);
        stores.adSlots().create(AdSlot.Position.IN_ARTICLE, null,
                house.formatted("technology", "Tech Park Open Day", "Meet the robotics school this Saturday."), 2);
        stores.adSlots().create(AdSlot.Position.BELOW_ARTICLE, null,
                house.formatted("sport", "Coast Marathon", "Registration for the spring race is open."), null);
    }

    private static void writeAdsTxt(Path dataDir) {
        Path file = dataDir.resolve("ads.txt");
        if (!Files.exists(file)) {
            write(file, "# ads.txt: the sellers authorized to sell this site's ad space, one per line:\n"
                    + "# <ad system domain>, <publisher id>, DIRECT|RESELLER[, <certification id>]\n"
                    + "# Edit " + file.getFileName() + " in the data directory; it is served as /ads.txt.\n");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static JsonNode read() {
        try (InputStream in = DemoSite.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE);
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
