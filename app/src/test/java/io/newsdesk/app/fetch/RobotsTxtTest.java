package io.newsdesk.app.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsTxtTest {
    static RobotsTxt parse(String text) {
        return RobotsTxt.parse(text, "Newsdesk");
    }

    @Test
    void ourGroupWinsOverTheWildcardGroup() {
        RobotsTxt r = parse("""
                User-agent: *
                Disallow: /

                User-agent: newsdesk/2.0
                Disallow: /private
                """);
        assertThat(r.isAllowed("/news/1")).isTrue();
        assertThat(r.isAllowed("/private/x")).isFalse();
    }

    @Test
    void wildcardGroupAppliesWhenWeAreNotNamed() {
        RobotsTxt r = parse("""
                User-agent: Googlebot
                Disallow: /

                User-agent: *
                Disallow: /admin # comments are ignored
                """);
        assertThat(r.isAllowed("/news/1")).isTrue();
        assertThat(r.isAllowed("/admin/login")).isFalse();
    }

    @Test
    void consecutiveUserAgentsShareAGroupAndRepeatedGroupsMerge() {
        RobotsTxt r = parse("""
                User-agent: Otherbot
                User-agent: Newsdesk
                Disallow: /a

                User-agent: Somebot
                Disallow: /b

                user-agent: NEWSDESK
                disallow: /c
                """);
        assertThat(r.isAllowed("/a/1")).isFalse();
        assertThat(r.isAllowed("/b/1")).isTrue();
        assertThat(r.isAllowed("/c/1")).isFalse();
    }

    @Test
    void longestMatchWinsAndAllowWinsATie() {
        RobotsTxt r = parse("""
                User-agent: *
                Disallow: /news
                Allow: /news/public
                Disallow: /news/public/drafts
                Allow: /tie
                Disallow: /tie
                """);
        assertThat(r.isAllowed("/news/x")).isFalse();
        assertThat(r.isAllowed("/news/public/x")).isTrue();
        assertThat(r.isAllowed("/news/public/drafts/x")).isFalse();
        assertThat(r.isAllowed("/tie/x")).isTrue();
    }

    @Test
    void wildcardsAndEndAnchors() {
        RobotsTxt r = parse("""
                User-agent: *
                Disallow: /*.pdf$
                Disallow: /*/print
                Disallow: /search?*q=
                Allow: /$
                Disallow: /
                """);
        assertThat(r.isAllowed("/")).isTrue();
        assertThat(r.isAllowed("/files/a.pdf")).isFalse();
        assertThat(r.isAllowed("/files/a.pdf?download=1")).isFalse(); // "/" disallows it anyway
        assertThat(RobotsTxt.matches("/*.pdf$", "/files/a.pdf?x")).isFalse();
        assertThat(RobotsTxt.matches("/*.pdf$", "/files/a.pdf")).isTrue();
        assertThat(RobotsTxt.matches("/*/print", "/2026/story/print/1")).isTrue();
        assertThat(RobotsTxt.matches("/search?*q=", "/search?lang=en&q=x")).isTrue();
        assertThat(RobotsTxt.matches("/fish", "/Fish")).isFalse(); // paths are case-sensitive
        assertThat(RobotsTxt.matches("/fish*", "/fish")).isTrue();
        assertThat(RobotsTxt.matches("*", "/anything")).isTrue();
    }

    @Test
    void manyWildcardsDoNotBlowUp() {
        String pattern = "/" + "*a".repeat(50) + "b";
        String path = "/" + "a".repeat(5000);
        long t0 = System.nanoTime();
        assertThat(RobotsTxt.matches(pattern, path)).isFalse();
        assertThat(System.nanoTime() - t0).isLessThan(5_000_000_000L); // generous: a regex would take forever
    }

    @Test
    void emptyDisallowAndEmptyFileAllowEverything() {
        assertThat(parse("User-agent: *\nDisallow:\n").isAllowed("/x")).isTrue();
        assertThat(parse("").isAllowed("/x")).isTrue();
        assertThat(parse("garbage\n<html>not robots</html>").isAllowed("/x")).isTrue();
    }

    @Test
    void rulesBeforeAnyUserAgentAreIgnoredAndRobotsTxtItselfIsAlwaysAllowed() {
        RobotsTxt r = parse("Disallow: /early\nUser-agent: *\nDisallow: /\n");
        assertThat(r.isAllowed("/robots.txt")).isTrue();
        assertThat(r.isAllowed("/x")).isFalse();
        assertThat(parse("Disallow: /early\n").isAllowed("/early")).isTrue();
    }

    @Test
    void windowsLineEndingsAndSitemapLines() {
        RobotsTxt r = parse("User-agent: *\r\nSitemap: https://x.example/sitemap.xml\r\nDisallow: /tmp\r\n");
        assertThat(r.isAllowed("/tmp/1")).isFalse();
        assertThat(r.isAllowed("/news")).isTrue();
    }

    @Test
    void unreachableMeansDisallowAllForNow() {
        assertThat(RobotsTxt.disallowAllForNow().isAllowed("/x")).isFalse();
        assertThat(RobotsTxt.disallowAllForNow().temporary()).isTrue();
        assertThat(RobotsTxt.allowAll().isAllowed("/x")).isTrue();
    }
}
