package io.newsdesk.app.translate.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.app.translate.LanguagePair;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A labelled set of translations ({@code {"items": [{"from", "kind", "label": "good"|"bad", "defect",
 * "source", "output"}]}}) and the guard's score on it: the measurement behind the guard's thresholds,
 * run by its test and by {@code ./newsdesk bench guard}.
 */
public final class LabelledTranslations {
    /** Translations are into the site's language. */
    public static final String TARGET = "en";

    public record Item(LanguagePair pair, String kind, boolean bad, String defect, String source, String output) {}

    /** Recall on bad items and the false-hold rate on good ones, with the items the guard got wrong. */
    public record Score(int bad, int held, int good, int falselyHeld, List<String> misses, List<String> falseHolds) {
        public double recall() {
            return bad == 0 ? 1 : (double) held / bad;
        }

        public double falseHoldRate() {
            return good == 0 ? 0 : (double) falselyHeld / good;
        }
    }

    private LabelledTranslations() {}

    public static List<Item> read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        List<Item> items = new ArrayList<>();
        for (JsonNode n : root.path("items")) {
            String label = n.path("label").asText();
            if (!label.equals("good") && !label.equals("bad")) throw new IOException("label must be good or bad: " + n);
            items.add(new Item(new LanguagePair(n.path("from").asText(), TARGET), n.path("kind").asText(), label.equals("bad"),
                    n.path("defect").asText(null), n.path("source").asText(), n.path("output").asText()));
        }
        return items;
    }

    public static Score score(TranslationGuard guard, List<Item> items) {
        int bad = 0, held = 0, good = 0, falselyHeld = 0;
        List<String> misses = new ArrayList<>(), falseHolds = new ArrayList<>();
        for (Item item : items) {
            Verdict v = guard.check(item.pair(), item.source(), item.output());
            if (item.bad()) {
                bad++;
                if (v.held()) held++;
                else misses.add("[" + item.defect() + "] " + item.output());
            } else {
                good++;
                if (v.held()) {
                    falselyHeld++;
                    falseHolds.add(item.output() + " -> " + v.line());
                }
            }
        }
        return new Score(bad, held, good, falselyHeld, misses, falseHolds);
    }
}
