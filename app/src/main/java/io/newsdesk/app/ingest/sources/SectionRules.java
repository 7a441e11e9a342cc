package io.newsdesk.app.ingest.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A source's section rules, stored as JSON text: an array of rules, each naming a section (by slug) and matching
 * either a feed category or a URL pattern (a Java regular expression, searched in the article URL), e.g.
 * {@code [{"category":"Politics","section":"politics"},{"urlPattern":"/sport/","section":"sport"}]}.
 */
public final class SectionRules {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SectionRules() {
    }

    /**
     * @return the rules in compact form, or null for null/blank input
     * @throws IllegalArgumentException with the reason when the text is not a valid rule list
     */
    public static String validate(String json) {
        if (json == null || json.isBlank()) return null;
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("section rules are not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("section rules must be a JSON array of rules");
        }
        int i = 0;
        for (JsonNode rule : root) {
            i++;
            if (!rule.isObject()) throw new IllegalArgumentException("section rule " + i + " is not an object");
            JsonNode section = rule.get("section");
            if (section == null || !section.isTextual() || section.asText().isBlank()) {
                throw new IllegalArgumentException("section rule " + i + " has no \"section\"");
            }
            boolean byCategory = rule.hasNonNull("category"), byPattern = rule.hasNonNull("urlPattern");
            if (byCategory == byPattern) {
                throw new IllegalArgumentException("section rule " + i + " needs exactly one of \"category\" or \"urlPattern\"");
            }
            if (byPattern) {
                try {
                    Pattern.compile(rule.get("urlPattern").asText());
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("section rule " + i + " has an invalid urlPattern: " + e.getDescription());
                }
            }
        }
        return root.toString();
    }

    /**
     * The section slug of the first rule that matches the item (a category equal ignoring case, or a URL
     * pattern found in the URL), or null when none does. Rules were validated when stored.
     */
    public static String sectionFor(String rulesJson, List<String> categories, String url) {
        if (rulesJson == null || rulesJson.isBlank()) return null;
        JsonNode root;
        try {
            root = JSON.readTree(rulesJson);
        } catch (JsonProcessingException e) {
            return null;
        }
        for (JsonNode rule : root) {
            String section = rule.path("section").asText();
            if (rule.hasNonNull("category")) {
                String wanted = rule.get("category").asText().strip().toLowerCase(Locale.ROOT);
                for (String c : categories) {
                    if (c != null && c.strip().toLowerCase(Locale.ROOT).equals(wanted)) return section;
                }
            } else if (url != null && Pattern.compile(rule.get("urlPattern").asText()).matcher(url).find()) {
                return section;
            }
        }
        return null;
    }
}
