package io.newsdesk.app.demo.outlets;

import static io.newsdesk.app.util.Html.escape;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * An outlet's article page as a real CMS renders it: the story wrapped in everything the importer has to strip
 * (menus, breadcrumbs, sponsor blocks, share buttons, an in-text ad, "Read also" boxes inside the article
 * container, a newsletter prompt, a comment form, "Most popular", footer, cookie banner, inline CSS and
 * scripts), with the OpenGraph and JSON-LD metadata real outlets give.
 */
final class ArticlePage {
    private static final ObjectMapper JSON = new ObjectMapper();
    // legacy-charset pages keep their JSON-LD in ASCII, as a byte-oriented CMS would
    private static final ObjectMapper ASCII_JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /** The ad-slot rule that leaked into the reference page's excerpts; here it must stay in the stylesheet. */
    static final String INLINE_CSS = ".in_text_content_22 {width: 300px; height: 600px; }";
    static final String SCRIPT = "window.dataLayer = window.dataLayer || []; dataLayer.push({pageType: 'article'});";

    private ArticlePage() {}

    /**
     * @param others the outlet's other released stories, newest first (for "Read also" and "Most popular")
     */
    static String render(ReleasedStory r, String base, List<ReleasedStory> others) {
        DemoStory s = r.story();
        DemoOutlet o = r.outlet();
        PageLabels l = PageLabels.of(o.language());
        String url = base + r.path();
        String home = base + "/" + o.slug() + "/";
        String image = base + r.imagePath();
        String section = l.section(s.section());
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(o.language())).format(r.localPublished());
        String iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(r.localPublished());
        List<ReleasedStory> readAlso = others.stream().limit(3).toList();
        List<ReleasedStory> popular = others.stream().skip(1).limit(5).toList();

        StringBuilder h = new StringBuilder(24_000);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(o.language()).append("\">\n<head>\n")
                .append("<meta charset=\"").append(o.pageCharset().name().toLowerCase(Locale.ROOT)).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(s.headline())).append(" | ").append(escape(o.name())).append("</title>\n")
                .append("<meta name=\"description\" content=\"").append(escape(s.standfirst())).append("\">\n")
                .append("<link rel=\"canonical\" href=\"").append(escape(url)).append("\">\n")
                .append("<link rel=\"alternate\" type=\"").append(o.feed().mediaType())
                .append("\" href=\"").append(escape(home + o.feed().fileName())).append("\">\n")
                .append(meta("og:type", "article"))
                .append(meta("og:site_name", o.name()))
                .append(meta("og:title", s.headline()))
                .append(meta("og:description", s.standfirst()))
                .append(meta("og:url", url))
                .append(meta("og:image", image))
                .append(meta("article:published_time", iso))
                .append(meta("article:section", section))
                .append("<script type=\"application/ld+json\">").append(jsonLd(r, url, image, section)).append("</script>\n")
                .append("<style>\n")
                .append("body{font-family:Georgia,serif;margin:0;color:#1d1d1f}.site-header{background:#0b3d5c;color:#fff}\n")
                .append(".main-menu a{color:#fff;padding:0 .6em}.layout{display:flex;gap:2rem;max-width:72rem;margin:auto}\n")
                .append(INLINE_CSS).append("\n")
                .append("@media (min-width: 600px) { .in_text_content_22 {width: 580px; height: 400px; } }\n")
                .append(".cookie-banner{position:fixed;bottom:0;background:#222;color:#eee}\n")
                .append("</style>\n")
                .append("<script>").append(SCRIPT).append("</script>\n")
                .append("</head>\n<body class=\"single single-post postid-").append(Math.abs(s.id().hashCode() % 90_000)).append("\">\n");

        // masthead and menu
        h.append("<header class=\"site-header\">\n<a class=\"logo\" href=\"").append(escape(home)).append("\">")
                .append(escape(o.name())).append("</a>\n<span class=\"tagline\">").append(escape(o.tagline())).append("</span>\n")
                .append("<nav class=\"main-menu\" aria-label=\"Main\"><ul>\n")
                .append("<li><a href=\"").append(escape(home)).append("\">").append(escape(l.home())).append("</a></li>\n");
        for (String slug : List.of("world", "politics", "economy", "technology", "culture", "sport")) {
            h.append("<li><a href=\"").append(escape(home)).append("section/").append(slug).append("/\">")
                    .append(escape(l.section(slug))).append("</a></li>\n");
        }
        for (String extra : l.extraMenu()) h.append("<li><a href=\"").append(escape(home)).append("#\">").append(escape(extra)).append("</a></li>\n");
        h.append("</ul></nav>\n</header>\n");

        h.append("<div class=\"sponsor-strip\"><span class=\"sponsor-label\">").append(escape(l.sponsorLabel()))
                .append("</span> <a href=\"").append(escape(home)).append("#ferries\" rel=\"sponsored\">")
                .append(escape(l.sponsorText())).append("</a></aside>\n");

        h.append("<main class=\"layout\">\n<div class=\"content-column\">\n")
                .append("<ol class=\"breadcrumbs\"><li><a href=\"").append(escape(home)).append("\">").append(escape(l.home()))
                .append("</a></li><li><a href=\"").append(escape(home)).append("section/").append(s.section()).append("/\">")
                .append(escape(section)).append("</a></li><li>").append(escape(shortened(s.headline()))).append("</li></ol>\n");

        // the article container: everything between <article> and </article> is what a naive importer would take
        h.append("<article class=\"post type-post\">\n")
                .append("<h1 class=\"entry-title\">").append(escape(s.headline())).append("</h1>\n")
                .append("<p class=\"standfirst\">").append(escape(s.standfirst())).append("</p>\n")
                .append("<div class=\"entry-meta\"><span class=\"byline\">").append(escape(l.byPrefix())).append(" <a rel=\"author\" href=\"")
                .append(escape(home)).append("author/").append(io.newsdesk.app.content.Slugs.of(s.author())).append("/\">")
                .append(escape(s.author())).append("</a></span> <time class=\"published\" datetime=\"").append(iso).append("\">")
                .append(escape(when)).append("</time></div>\n")
                .append("<div class=\"share-buttons\"><span>").append(escape(l.share())).append(":</span> ")
                .append("<a href=\"#\">Facebook</a> <a href=\"#\">X</a> <a href=\"#\">Telegram</a> <a href=\"#\">WhatsApp</a></div>\n")
                .append("<figure class=\"lead-image\"><img src=\"").append(escape(image)).append("\" alt=\"")
                .append(escape(s.imageCaption())).append("\" width=\"1600\" height=\"900\">")
                .append("<figcaption>").append(escape(s.imageCaption())).append(" <span class=\"photo-credit\">")
                .append(escape(s.imageCredit())).append("</span></figcaption></figure>\n")
                .append("<div class=\"entry-content\">\n");
        int paragraph = 0;
        for (String p : s.paragraphs()) {
            if (p.startsWith(DemoStory.SUBHEADING)) {
                h.append("<h2>").append(escape(p.substring(DemoStory.SUBHEADING.length()))).append("</h2>\n");
                continue;
            }
            h.append("<p>").append(escape(p)).append("</p>\n");
            paragraph++;
            if (paragraph == 2) {
                h.append("<div class=\"ad-slot in_text_content_22\"><span class=\"ad-label\">").append(escape(l.sponsorLabel()))
                        .append("</span><ins class=\"adsbygoogle\" data-ad-slot=\"4471\"></ins>")
                        .append("<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>\n");
            }
            if (paragraph == 3 && !readAlso.isEmpty()) {
                ReleasedStory ra = readAlso.getFirst();
                h.append("<aside class=\"read-also\"><strong>").append(escape(l.readAlso())).append(":</strong> <a href=\"")
                        .append(escape(base + ra.path())).append("\">").append(escape(ra.story().headline())).append("</a></aside>\n");
            }
        }
        h.append("</div>\n");
        if (!readAlso.isEmpty()) {
            h.append("<section class=\"related-articles\"><h3>").append(escape(l.related())).append("</h3><ul>\n");
            for (ReleasedStory ra : readAlso) {
                h.append("<li><a href=\"").append(escape(base + ra.path())).append("\">").append(escape(ra.story().headline()))
                        .append("</a> <p>").append(escape(excerpt(ra.story().standfirst()))).append("</p></li>\n");
            }
            h.append("</ul></section>\n");
        }
        h.append("<div class=\"newsletter-signup\"><p>").append(escape(l.newsletter())).append("</p><form action=\"#\">")
                .append("<input type=\"email\" name=\"email\"><button>").append(escape(l.newsletterButton())).append("</button></form></div>\n")
                .append("</article>\n");

        h.append("<section id=\"comments\" class=\"comments-area\"><h3 class=\"comment-reply-title\">").append(escape(l.leaveReply()))
                .append("</h3>\n<form class=\"comment-form\" method=\"post\" action=\"#\">\n")
                .append("<p><textarea name=\"comment\" placeholder=\"").append(escape(l.enterComment())).append("\"></textarea></p>\n")
                .append("<p class=\"comment-notes\">").append(escape(l.enterComment())).append("</p>\n")
                .append("<p><input name=\"author\" placeholder=\"").append(escape(l.enterName())).append("\"></p>\n")
                .append("<p class=\"comment-notes\">").append(escape(l.enterName())).append("</p>\n")
                .append("<p><button type=\"submit\">").append(escape(l.postComment())).append("</button></p>\n</form></section>\n")
                .append("</div>\n");

        h.append("<aside class=\"sidebar\">\n<div class=\"widget ad-300x600\"><span>").append(escape(l.sponsorLabel()))
                .append("</span><ins class=\"adsbygoogle\" data-ad-slot=\"9120\"></ins></div>\n")
                .append("<section class=\"widget most-popular\"><h3>").append(escape(l.mostPopular())).append("</h3><ol>\n");
        for (ReleasedStory p : popular) {
            h.append("<li><a href=\"").append(escape(base + p.path())).append("\">").append(escape(p.story().headline())).append("</a></li>\n");
        }
        h.append("</ol></section>\n</aside>\n</main>\n");

        h.append("<footer class=\"site-footer\"><p>").append(escape(l.footerLinks())).append("</p><p>© 2026 ")
                .append(escape(o.name())).append(". ").append(escape(l.rights())).append("</p></footer>\n")
                .append("<div class=\"cookie-banner\" role=\"dialog\"><p>").append(escape(l.cookieText()))
                .append("</p><button>").append(escape(l.cookieAccept())).append("</button></div>\n")
                .append("<script async src=\"").append(escape(home)).append("static/app.js\"></script>\n")
                .append("</body>\n</html>\n");
        return h.toString();
    }

    private static String meta(String property, String content) {
        return "<meta property=\"" + property + "\" content=\"" + escape(content) + "\">\n";
    }

    private static String jsonLd(ReleasedStory r, String url, String image, String section) {
        DemoStory s = r.story();
        ObjectNode ld = JSON.createObjectNode()
                .put("@context", "https://schema.org")
                .put("@type", "NewsArticle")
                .put("headline", s.headline())
                .put("description", s.standfirst())
                .put("datePublished", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(r.localPublished()))
                .put("dateModified", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(r.localPublished()))
                .put("articleSection", section)
                .put("inLanguage", r.outlet().language());
        ld.putObject("image").put("@type", "ImageObject").put("url", image).put("caption", s.imageCaption())
                .put("creditText", s.imageCredit()).put("width", OutletPhotos.WIDTH).put("height", OutletPhotos.HEIGHT);
        ld.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", url);
        ld.putArray("author").addObject().put("@type", "Person").put("name", s.author());
        ld.putObject("publisher").put("@type", "NewsMediaOrganization").put("name", r.outlet().name());
        ObjectMapper mapper = r.outlet().pageCharset().equals(StandardCharsets.UTF_8) ? JSON : ASCII_JSON;
        try {
            return mapper.writeValueAsString(ld).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Breadcrumbs show a cut title, as on the reference page. */
    private static String shortened(String title) {
        return title.length() <= 48 ? title : title.substring(0, 45).strip() + "...";
    }

    private static String excerpt(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87).strip() + "...";
    }
}
