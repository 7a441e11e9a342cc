package io.newsdesk.app.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt (RFC 9309) that apply to one product token: the groups naming our token, or else
 * the {@code *} groups (several matching groups are merged). Among matching Allow/Disallow rules the longest
 * pattern wins, Allow on a tie; {@code *} matches any run of characters and a final {@code $} anchors the end.
 */
public final class RobotsTxt {
    private record Rule(boolean allow, String pattern) {}

    private static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of(), false);
    private static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule(false, "/")), true);

    private final List<Rule> rules;
    private final boolean temporary;

    private RobotsTxt(List<Rule> rules, boolean temporary) {
        this.rules = rules;
        this.temporary = temporary;
    }

    /** No robots.txt (4xx): everything is allowed. */
    public static RobotsTxt allowAll() {
        return ALLOW_ALL;
    }

    /** robots.txt unreachable (5xx, network): RFC 9309 says assume complete disallow; cached only briefly. */
    public static RobotsTxt disallowAllForNow() {
        return DISALLOW_ALL;
    }

    /** True for the stand-in used while robots.txt was unreachable. */
    boolean temporary() {
        return temporary;
    }

    public static RobotsTxt parse(String text, String productToken) {
        record Group(List<String> agents, List<Rule> rules) {}
        List<Group> groups = new ArrayList<>();
        Group current = null;
        boolean lastWasAgent = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (key) {
                case "user-agent" -> {
                    // consecutive User-agent lines share one group; one after rules starts a new group
                    if (current == null || !lastWasAgent) {
                        current = new Group(new ArrayList<>(), new ArrayList<>());
                        groups.add(current);
                    }
                    current.agents().add(agentToken(value));
                    lastWasAgent = true;
                }
                case "allow", "disallow" -> {
                    // an empty Disallow means "nothing disallowed": no rule
                    if (current != null && !value.isEmpty()) {
                        current.rules().add(new Rule(key.equals("allow"), value));
                    }
                    lastWasAgent = false;
                }
                default -> lastWasAgent = false; // sitemap, crawl-delay, unknown: not rules we apply
            }
        }
        String ours = productToken.toLowerCase(Locale.ROOT);
        List<Rule> specific = new ArrayList<>();
        List<Rule> wildcard = new ArrayList<>();
        boolean haveSpecific = false;
        for (Group g : groups) {
            if (g.agents().contains(ours)) {
                haveSpecific = true;
                specific.addAll(g.rules());
            }
            if (g.agents().contains("*")) {
                wildcard.addAll(g.rules());
            }
        }
        return new RobotsTxt(List.copyOf(haveSpecific ? specific : wildcard), false);
    }

    /** "Newsdesk/1.0 (bla)" names the product "newsdesk". */
    private static String agentToken(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < v.length() && v.charAt(end) != '/' && !Character.isWhitespace(v.charAt(end))) {
            end++;
        }
        return v.substring(0, end);
    }

    /** @param pathAndQuery the raw (still percent-encoded) path, plus "?query" when there is one */
    public boolean isAllowed(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        if (path.equals("/robots.txt")) {
            return true;
        }
        Rule best = null;
        for (Rule r : rules) {
            if (matches(r.pattern(), path)) {
                if (best == null || r.pattern().length() > best.pattern().length()
                        || (r.pattern().length() == best.pattern().length() && r.allow())) {
                    best = r;
                }
            }
        }
        return best == null || best.allow();
    }

    /**
     * Wildcard match without regular expressions (patterns come from the network: a regex of many {@code *}
     * could backtrack for a very long time). Greedy two-pointer glob, O(pattern * path) at worst.
     */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        int pi = 0;
        int si = 0;
        int star = -1;
        int mark = 0;
        while (si < path.length()) {
            if (!anchored && pi == p.length()) {
                return true; // unanchored patterns match a prefix
            }
            if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = si;
            } else if (pi < p.length() && p.charAt(pi) == path.charAt(si)) {
                pi++;
                si++;
            } else if (star >= 0) {
                pi = star + 1;
                si = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }
}
