package io.newsdesk.app.translate.remote;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks and normalizes the base URLs of translation services given in the environment. */
final class RemoteUrls {
    private RemoteUrls() {}

    static URI parse(String text, String variable) {
        try {
            return base(new URI(text.strip()), variable);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(variable + " must be a URL such as http://localhost:5000, got '" + text + "'");
        }
    }

    /** An http(s) URL with a host, without query and trailing slash, so that paths can be appended to it. */
    static URI base(URI uri, String what) {
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(what + " must be an http or https URL with a host, got '" + uri + "'");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(what + " must not have a query or fragment, got '" + uri + "'");
        }
        String s = uri.toString();
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        return URI.create(s);
    }

    static URI resolve(URI base, String path) {
        return URI.create(base.toString() + path);
    }
}
