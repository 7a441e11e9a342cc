package io.newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The names in a page's host, for comparing with a site's or a person's name: letters and digits only, lower-cased. */
final class HostNames {
    private HostNames() {}

    /** The host's labels but its last one and "www": ["annaberg", "blog"] of https://www.anna-berg.blog.de/…; empty when none. */
    static List<String> of(String url) {
        List<String> out = new ArrayList<>();
        if (url == null) return out;
        try {
            String host = java.net.URI.create(url.trim()).getHost();
            if (host == null) return out;
            String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
            for (int i = 0; i < labels.length - 1; i++) if (!labels[i].equals("www")) out.add(letters(labels[i]));
        } catch (RuntimeException e) {
            // no usable address: no names
        }
        return out;
    }

    /** The letters and digits of {@code s}, lower-cased ("Anna Berg's" gives "annabergs"). */
    static String letters(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) b.append(Character.toLowerCase(s.charAt(i)));
        return b.toString();
    }
}
