package io.newsdesk.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XSS browser test finds nothing on our pages; this shows its browser would find something if it were there:
 * pages on 127.0.0.1 that do run script, in whichever Chromium {@link HeadlessChromium} chose (the headless shell
 * when installed), with the site's kind of Content-Security-Policy honoured and bypassed.
 */
class HeadlessChromiumTrapTest {
    private static final String POLICY = "default-src 'self'; script-src 'none'";
    private static final Map<String, String> PAGES = Map.of(
            "/clean", "<!doctype html><title>t</title><p>Harbour news, nothing else.</p><a href=\"/clean\">again</a>",
            "/inline", "<!doctype html><title>t</title><p>Hi</p><script>alert('inline')</script>",
            "/handler", "<!doctype html><title>t</title><img src=\"/missing.png\" onerror=\"alert('error handler')\">",
            "/frame", "<!doctype html><title>t</title><iframe srcdoc=\"<script>confirm('in a frame')</script>\"></iframe>",
            "/link", "<!doctype html><title>t</title><a href=\"javascript:alert('link')\">click</a>",
            "/later", "<!doctype html><title>t</title><script>setTimeout(() => fetch('/steal?c=' + document.cookie), 0)</script>");

    @TempDir
    static Path tempDir;

    private static HttpServer server;
    private static HeadlessChromium chrome;

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String page = PAGES.get(ex.getRequestURI().getPath());
            byte[] body = (page == null ? "not here" : page).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.getResponseHeaders().set("Content-Security-Policy", POLICY);
            ex.sendResponseHeaders(page == null ? 404 : 200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        chrome = new HeadlessChromium(tempDir.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        try {
            if (chrome != null) chrome.close();
        } finally {
            if (server != null) server.stop(0);
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void recordsScriptThatRunsAndCarriersThatCouldWithThePolicyBypassed() {
        chrome.bypassCsp(true);
        assertThat(chrome.open(url("/clean")).clean()).as("a page without script").isTrue();
        assertThat(chrome.open(url("/inline")).hits()).containsExactly("alert(inline)");
        HeadlessChromium.Inspection handler = chrome.open(url("/handler"));
        assertThat(handler.hits()).containsExactly("alert(error handler)");
        assertThat(handler.live()).containsExactly("img[onerror]");
        assertThat(chrome.open(url("/frame")).live()).contains("iframe", "iframe[srcdoc=<script>confirm('in a frame')</script>]");
        HeadlessChromium.Inspection link = chrome.open(url("/link"));
        assertThat(link.hits()).isEmpty(); // needs a click, yet counts
        assertThat(link.live()).containsExactly("a[href=javascript:alert('link')]");
        assertThat(chrome.open(url("/later")).hits()).singleElement().asString().startsWith("fetch(");
    }

    @Test
    void thePolicyStopsInlineScriptWhenHonoured() {
        chrome.bypassCsp(false);
        HeadlessChromium.Inspection inline = chrome.open(url("/inline"));
        assertThat(inline.hits()).isEmpty();
        assertThat(inline.live()).as("the carrier is still in the page").containsExactly("script alert('inline')");
        chrome.bypassCsp(true);
        assertThat(chrome.open(url("/inline")).hits()).containsExactly("alert(inline)");
    }
}
