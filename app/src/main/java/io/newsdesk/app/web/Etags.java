package io.newsdesk.app.web;

import io.newsdesk.app.util.Sha256;

final class Etags {
    private Etags() {}

    static String of(byte[] body) {
        return "\"" + Sha256.shortHex(12, body) + "\"";
    }
}
