package io.newsdesk.bench;

import static io.newsdesk.app.util.Html.escape;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One article page of the ingestion benchmark's outlets, with what a real outlet wraps around an article
 * (measured on real pages: 30–150 kB, of which the article is a few kB): meta, OpenGraph and JSON-LD in the
 * head, inline CSS, analytics and a state blob in scripts, a mega-menu, sponsor blocks, share buttons with
 * inline SVG, an in-article "read also" and advertisement, a most-read sidebar, related cards, a comment form
 * with comments, and a link-heavy footer. Four layouts (by outlet) name the article's container differently.
 */
final class ArticlePageWriter {
    private static final String[][] LAYOUTS = {
            {"article", "article-body", "story"},
            {"div", "story__content", "c-story"},
            {"div", "entry-content", "post"},
            {"section", "c-article__text", "article-page"}};
    private static final String SHARE_ICON = "<svg viewBox=\"0 0 24 24\" width=\"20\" height=\"20\" aria-hidden=\"true\"><path d=\""
            + "M18 16.08c-.76 0-1.44.3-1.96.77L8.91 12.7c.05-.23.09-.46.09-.7s-.04-.47-.09-.7l7.05-4.11c.54.5 1.25.81 "
            + "2.04.81 1.66 0 3-1.34 3-3s-1.34-3-3-3-3 1.34-3 3c0 .24.04.47.09.7L8.04 9.81C7.5 9.31 6.79 9 6 9c-1.66 0-3 "
            + "1.34-3 3s1.34 3 3 3c.79 0 1.5-.31 2.04-.81l7.12 4.16c-.05.21-.08.43-.08.65 0 1.61 1.31 2.92 2.92 2.92s2.92"
            + "-1.31 2.92-2.92-1.31-2.92-2.92-2.92z\"/></svg>";
    private static final String[] MENU = {"World", "Politics", "Economy", "Technology", "Culture", "Sport", "Science",
            "Health", "Opinion", "Travel", "Video", "Podcasts"};

    private ArticlePageWriter() {
    }

    static String write(IngestFixture f, int feed, int item) {
        IngestFixture.Story s = f.story(feed, item);
        SplittableRandom r = f.furniture(feed, item);
        String[] layout = LAYOUTS[feed % LAYOUTS.length];
        String outlet = f.outletName(feed);
        String base = f.base(feed);
        String url = base + f.articlePath(feed, item);
        Instant published = f.published(item);
        String image = base + "media/" + item + ".jpg";
        StringBuilder b = new StringBuilder(96 * 1024);

        b.append("<!DOCTYPE html>\n<html lang=\"en\" class=\"no-js\"><head><meta charset=\"utf-8\">\n<title>").append(escape(s.title()))
                .append(" | ").append(outlet).append("</title>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"description\" content=\"").append(escape(s.standfirst())).append("\">\n")
                .append("<meta name=\"author\" content=\"").append(escape(s.author())).append("\">\n")
                .append("<meta name=\"robots\" content=\"index, follow, max-image-preview:large\">\n")
                .append("<link rel=\"canonical\" href=\"").append(url).append("\">\n")
                .append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"").append(outlet).append("\" href=\"")
                .append(base).append("feed.xml\">\n")
                .append("<meta property=\"og:type\" content=\"article\"><meta property=\"og:site_name\" content=\"").append(outlet)
                .append("\">\n<meta property=\"og:title\" content=\"").append(escape(s.title())).append("\">\n")
                .append("<meta property=\"og:description\" content=\"").append(escape(s.standfirst())).append("\">\n")
                .append("<meta property=\"og:url\" content=\"").append(url).append("\">\n")
                .append("<meta property=\"og:image\" content=\"").append(image).append("\">\n")
                .append("<meta property=\"article:published_time\" content=\"").append(IngestFixture.isoTime(published)).append("\">\n")
                .append("<meta property=\"article:modified_time\" content=\"").append(IngestFixture.isoTime(published.plusSeconds(900)))
                .append("\">\n<meta property=\"article:section\" content=\"").append(s.section()).append("\">\n")
                .append("<meta name=\"twitter:card\" content=\"summary_large_image\"><meta name=\"twitter:site\" content=\"@outlet")
                .append(feed + 1).append("\">\n")
                .append("<link rel=\"preconnect\" href=\"https://cdn.outlet").append(feed + 1).append(".example\">")
                .append("<link rel=\"icon\" href=\"/favicon.ico\"><link rel=\"apple-touch-icon\" href=\"/icon-180.png\">\n");
        jsonLd(b, s, outlet, url, image, published);
        css(b, r, layout);
        b.append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());")
                .append("gtag('config','G-").append(Long.toHexString(r.nextLong()).toUpperCase()).append("',{anonymize_ip:true,")
                .append("content_group:'").append(s.section()).append("'});(function(d){var s=d.createElement('script');s.async=true;")
                .append("s.src='https://ads.adnet.example/tag.js?site=").append(feed + 1).append("';d.head.appendChild(s)})(document);</script>\n")
                .append("</head>\n<body class=\"").append(layout[2]).append(" section-").append(s.section().toLowerCase()).append("\">\n");

        // header, mega-menu, ticker, leaderboard
        b.append("<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n<div class=\"top-bar\"><span class=\"date\">")
                .append(published.toString(), 0, 10).append("</span><a href=\"/subscribe\">Subscribe</a> <a href=\"/login\">Sign in</a></div>\n")
                .append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">").append(outlet).append("</a>\n<nav class=\"main-menu\" aria-label=\"Sections\"><ul>");
        for (String m : MENU) {
            b.append("<li class=\"menu-item has-children\"><a href=\"/").append(m.toLowerCase()).append("/\">").append(m).append("</a><ul class=\"sub-menu\">");
            int n = 5 + r.nextInt(6);
            for (int i = 0; i < n; i++) {
                String w = f.madeUpWord(r);
                b.append("<li><a href=\"/").append(m.toLowerCase()).append('/').append(w).append("/\">").append(cap(w)).append("</a></li>");
            }
            b.append("</ul></li>\n");
        }
        b.append("</ul></nav><form class=\"search\" action=\"/search\"><input type=\"search\" name=\"q\" placeholder=\"Search\"><button>Search</button></form></header>\n");
        b.append("<div class=\"ticker\"><strong>Breaking</strong><ul>");
        for (int i = 1; i <= 5; i++) b.append("<li>").append(f.link(feed, item + i * 3)).append("</li>");
        b.append("</ul></div>\n");
        sponsor(b, r, f, "ad-leaderboard");

        // the article
        b.append("<main id=\"main\"><div class=\"layout\">\n<").append(layout[0]).append(" class=\"").append(layout[2]).append("-main\">")
                .append("<nav class=\"breadcrumbs\"><a href=\"/\">Home</a> › <a href=\"/").append(s.section().toLowerCase()).append("/\">")
                .append(s.section()).append("</a></nav>\n<h1 class=\"headline\">").append(escape(s.title())).append("</h1>\n")
                .append("<p class=\"standfirst\">").append(escape(s.standfirst())).append("</p>\n")
                .append("<div class=\"byline\">By <a rel=\"author\" href=\"/authors/").append(IngestFixture.slug(s.author())).append("\">")
                .append(escape(s.author())).append("</a> · <time datetime=\"").append(IngestFixture.isoTime(published)).append("\">")
                .append(published.toString().substring(0, 16).replace('T', ' ')).append(" UTC</time></div>\n");
        share(b);
        b.append("<figure class=\"lead-image\"><img src=\"").append(image).append("\" alt=\"").append(escape(s.title()))
                .append("\" width=\"1200\" height=\"675\" loading=\"eager\"><figcaption>").append(escape(s.standfirst()))
                .append(" <span class=\"credit\">Photo: ").append(escape(s.author())).append("</span></figcaption></figure>\n");
        b.append("<div class=\"").append(layout[1]).append("\">\n");
        List<String> paragraphs = s.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            b.append("<p>").append(escape(paragraphs.get(i))).append("</p>\n");
            if (i == 2) b.append("<aside class=\"read-also\"><strong>Read also:</strong> ").append(f.link(feed, item + 17)).append("</aside>\n");
            if (i == 5) sponsor(b, r, f, "ad-in-article");
        }
        b.append("</div>\n<div class=\"tags\">Topics: ");
        for (int i = 0; i < 4; i++) {
            String w = f.madeUpWord(r);
            b.append("<a rel=\"tag\" href=\"/tag/").append(w).append("\">").append(cap(w)).append("</a> ");
        }
        b.append("</div>\n");
        share(b);
        b.append("</").append(layout[0]).append(">\n");

        // sidebar: most read, newsletter, sponsored
        b.append("<aside class=\"sidebar\"><section class=\"most-read\"><h2>Most read</h2><ol>");
        for (int i = 1; i <= 10; i++) b.append("<li>").append(f.link(feed, item + 31 * i)).append("</li>");
        b.append("</ol></section>\n<section class=\"newsletter\"><h2>The morning briefing</h2><p>Get the day's top stories in your inbox"
                + " every morning.</p><form action=\"/newsletter\" method=\"post\"><input type=\"email\" name=\"email\" placeholder=\"Your"
                + " email\" required><button>Sign up</button></form></section>\n");
        sponsor(b, r, f, "ad-sidebar");
        b.append("</aside></div>\n");

        // related cards
        b.append("<section class=\"related\"><h2>More from ").append(s.section()).append("</h2><div class=\"cards\">");
        for (int i = 1; i <= 8; i++) {
            b.append("<div class=\"card\"><img src=\"").append(base).append("media/").append(Math.floorMod(item + 7 * i, f.items()))
                    .append("-thumb.jpg\" alt=\"\" loading=\"lazy\"><h3>").append(f.link(feed, item + 7 * i)).append("</h3></div>");
        }
        b.append("</div></section>\n");

        // comments
        b.append("<section class=\"comments\" id=\"comments\"><h2>Comments</h2>");
        int comments = r.nextInt(6);
        for (int i = 0; i < comments; i++) {
            b.append("<div class=\"comment\"><span class=\"comment-author\">").append(cap(f.madeUpWord(r))).append("</span><p>");
            int n = 6 + r.nextInt(20);
            for (int k = 0; k < n; k++) b.append(k == 0 ? cap(f.madeUpWord(r)) : " " + f.madeUpWord(r));
            b.append(".</p><a class=\"reply\" href=\"#reply\">Reply</a></div>");
        }
        b.append("<form class=\"comment-form\" method=\"post\" action=\"/comments\"><label>Name <input name=\"name\"></label>")
                .append("<label>Email <input type=\"email\" name=\"email\"></label><label>Comment <textarea name=\"comment\" rows=\"5\">")
                .append("</textarea></label><label><input type=\"checkbox\" name=\"remember\"> Remember me</label>")
                .append("<button type=\"submit\">Post comment</button></form></section>\n</main>\n");

        // footer
        b.append("<footer class=\"site-footer\"><div class=\"columns\">");
        for (String m : MENU) {
            b.append("<div class=\"col\"><h4>").append(m).append("</h4><ul>");
            for (int i = 0; i < 4; i++) {
                String w = f.madeUpWord(r);
                b.append("<li><a href=\"/").append(m.toLowerCase()).append('/').append(w).append("/\">").append(cap(w)).append("</a></li>");
            }
            b.append("</ul></div>");
        }
        b.append("</div><p class=\"legal\">© 2026 ").append(outlet).append(". All rights reserved. <a href=\"/privacy\">Privacy</a> ")
                .append("<a href=\"/terms\">Terms</a> <a href=\"/cookies\">Cookie settings</a> <a href=\"/contact\">Contact us</a></p></footer>\n")
                .append("<div class=\"cookie-banner\" role=\"dialog\">We use cookies to improve your experience and to show you")
                .append(" relevant advertising. <button>Accept all</button> <button>Manage</button></div>\n");
        stateBlob(b, r, f, feed, item);
        b.append("<script async src=\"https://cdn.outlet").append(feed + 1).append(".example/js/app.").append(Long.toHexString(r.nextLong()))
                .append(".js\"></script>\n</body></html>\n");
        return b.toString();
    }

    private static void jsonLd(StringBuilder b, IngestFixture.Story s, String outlet, String url, String image, Instant published) {
        String t = json(s.title());
        b.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .append("\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":\"").append(url).append("\"},\"headline\":\"").append(t)
                .append("\",\"description\":\"").append(json(s.standfirst())).append("\",\"image\":[\"").append(image)
                .append("\"],\"datePublished\":\"").append(IngestFixture.isoTime(published)).append("\",\"dateModified\":\"")
                .append(IngestFixture.isoTime(published.plusSeconds(900))).append("\",\"articleSection\":\"").append(s.section())
                .append("\",\"author\":[{\"@type\":\"Person\",\"name\":\"").append(json(s.author())).append("\"}],")
                .append("\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":\"").append(outlet)
                .append("\",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"/logo.png\"}}}</script>\n")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"BreadcrumbList\",")
                .append("\"itemListElement\":[{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Home\",\"item\":\"/\"},")
                .append("{\"@type\":\"ListItem\",\"position\":2,\"name\":\"").append(s.section()).append("\",\"item\":\"/")
                .append(s.section().toLowerCase()).append("/\"}]}</script>\n");
    }

    /** An outlet's stylesheet inlined for speed, as many do: 150–350 rules, 12–30 kB. */
    private static void css(StringBuilder b, SplittableRandom r, String[] layout) {
        b.append("<style>:root{--accent:#").append(hex(r, 6)).append(";--text:#1a1a1a}body{margin:0;font:16px/1.6 Georgia,serif;color:var(--text)}")
                .append('.').append(layout[1]).append(" p{margin:0 0 1.2em;font-size:1.125rem}.headline{font:700 2.4rem/1.15 Helvetica,Arial,sans-serif}\n");
        int rules = 150 + r.nextInt(201);
        for (int i = 0; i < rules; i++) {
            b.append(".c-").append(hex(r, 5)).append(r.nextBoolean() ? " .item" : "").append("{margin:").append(r.nextInt(40))
                    .append("px ").append(r.nextInt(24)).append("px;padding:").append(r.nextInt(20)).append("px;color:#").append(hex(r, 6))
                    .append(";font-size:").append(12 + r.nextInt(20)).append("px;display:").append(r.nextBoolean() ? "flex" : "block")
                    .append("}\n");
        }
        b.append("@media (max-width:720px){.sidebar{display:none}.layout{grid-template-columns:1fr}}</style>\n");
    }

    private static void share(StringBuilder b) {
        b.append("<div class=\"share-bar\" aria-label=\"Share\">");
        for (String n : new String[] {"Facebook", "X", "WhatsApp", "LinkedIn", "Email"}) {
            b.append("<a class=\"share share-").append(n.toLowerCase()).append("\" href=\"#share-").append(n.toLowerCase()).append("\">")
                    .append(SHARE_ICON).append("<span>Share on ").append(n).append("</span></a>");
        }
        b.append("<button class=\"copy-link\">Copy link</button></div>\n");
    }

    private static void sponsor(StringBuilder b, SplittableRandom r, IngestFixture f, String slot) {
        b.append("<div class=\"ad-slot ").append(slot).append("\" data-slot=\"").append(hex(r, 8)).append("\"><span class=\"ad-label\">")
                .append("Advertisement</span><div class=\"sponsored\"><h4>Sponsored</h4><ul>");
        for (int i = 0; i < 3; i++) {
            b.append("<li><a href=\"https://partner.example/").append(hex(r, 10)).append("\" rel=\"sponsored nofollow\">")
                    .append(cap(f.madeUpWord(r))).append(" offers: save on ").append(f.madeUpWord(r)).append(" today</a></li>");
        }
        b.append("</ul></div><script>(window.adq=window.adq||[]).push({slot:'").append(slot).append("',size:[300,250]});</script></div>\n");
    }

    /** The front-end's serialised state, as single-page-app outlets embed it: most of the size variation. */
    private static void stateBlob(StringBuilder b, SplittableRandom r, IngestFixture f, int feed, int item) {
        b.append("<script>window.__INITIAL_STATE__={\"page\":{\"type\":\"article\",\"id\":").append(item).append("},\"feed\":[");
        int n = 10 + r.nextInt(280);
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(',');
            int other = Math.floorMod(item + i + 1, f.items());
            b.append("{\"id\":").append(other).append(",\"title\":\"").append(json(f.title(feed, other))).append("\",\"kicker\":\"")
                    .append(cap(f.madeUpWord(r))).append("\",\"thumb\":\"/media/").append(other).append("-thumb.jpg\",\"score\":")
                    .append(r.nextInt(100000)).append(",\"ab\":\"").append(hex(r, 12)).append("\"}");
        }
        b.append("]};</script>\n");
    }

    private static String hex(SplittableRandom r, int digits) {
        String h = Long.toHexString(r.nextLong() | Long.MIN_VALUE);
        return h.substring(h.length() - digits);
    }

    private static String cap(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
