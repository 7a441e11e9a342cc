package io.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** One small hand-written page per behaviour, under src/test/resources/fixtures. */
class ExtractorTest {
    private final Extractor extractor = new Extractor();

    static byte[] fixture(String name) {
        try (InputStream in = ExtractorTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ExtractedArticle run(String name, String url) {
        return extractor.extract(fixture(name), url, null);
    }

    @Test
    void windows1251WithoutDeclarationIsDetected() {
        var a = run("charset-cp1251-undeclared.html", "https://example.ru/news/1");
        assertThat(a.title()).isEqualTo("Совет утвердил бюджет");
        assertThat(a.text()).contains("Городской совет утвердил новый бюджет");
    }

    @Test
    void koi8rDeclaredAsWindows1251IsDetected() {
        var a = run("charset-koi8r-declared-wrong.html", "https://example.ru/news/2");
        assertThat(a.text()).contains("Депутаты обсуждали документ");
        assertThat(a.warnings()).anyMatch(w -> w.contains("KOI8-R"));
    }

    @Test
    void byteOrderMarkWinsOverMetaCharset() {
        var a = run("charset-bom.html", "https://example.com/cafe");
        assertThat(a.title()).isEqualTo("Crème brûlée wins");
    }

    @Test
    void httpHeaderCharsetIsUsed() {
        var a = extractor.extract(fixture("charset-http-header-latin1.html"), "https://example.ch/z", "text/html; charset=ISO-8859-1");
        assertThat(a.title()).isEqualTo("Zürich votes");
        assertThat(a.text()).contains("großen Schritt");
    }

    @Test
    void jsonLdGraphGivesMetadata() {
        var a = run("jsonld-graph.html", "https://news.example.com/port/terminal-delayed?utm=x");
        assertThat(a.title()).isEqualTo("Port terminal delayed until spring");
        assertThat(a.authors()).containsExactly("Anna Berg", "Tom Lind");
        assertThat(a.published()).isEqualTo(OffsetDateTime.of(2024, 5, 17, 8, 30, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(a.modified()).isEqualTo(OffsetDateTime.of(2024, 5, 17, 10, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(a.siteName()).isEqualTo("Harbour Times");
        assertThat(a.canonicalUrl()).isEqualTo("https://news.example.com/port/terminal-delayed");
        assertThat(a.language()).isEqualTo("en-GB");
        assertThat(a.leadImage().url()).isEqualTo("https://news.example.com/img/terminal.jpg");
        assertThat(a.leadImage().caption()).isEqualTo("The new terminal");
        assertThat(a.tags()).containsExactly("port", "shipping");
        assertThat(a.section()).isEqualTo("Business");
        assertThat(a.text()).startsWith("The harbour authority said");
    }

    @Test
    void openGraphAndArticleMetaGiveMetadata() {
        var a = run("opengraph-meta.html", "https://news.example.com/x");
        assertThat(a.title()).isEqualTo("Port terminal delayed until spring");
        assertThat(a.authors()).containsExactly("Anna Berg");
        assertThat(a.published()).isEqualTo(OffsetDateTime.of(2024, 5, 17, 8, 30, 0, 0, ZoneOffset.UTC));
        assertThat(a.modified()).isEqualTo(OffsetDateTime.of(2024, 5, 18, 9, 0, 0, 0, ZoneOffset.UTC));
        assertThat(a.siteName()).isEqualTo("Harbour Times");
        assertThat(a.language()).isEqualTo("en-GB");
        assertThat(a.leadImage().url()).isEqualTo("https://cdn.example.com/terminal.jpg");
        assertThat(a.tags()).containsExactly("port", "shipping");
    }

    @Test
    void microdataGivesMetadataAndBody() {
        var a = run("microdata.html", "https://news.example.com/x");
        assertThat(a.title()).isEqualTo("Port terminal delayed until spring");
        assertThat(a.authors()).containsExactly("Anna Berg");
        assertThat(a.published().toLocalDate()).hasToString("2024-05-17");
        assertThat(a.text()).startsWith("The harbour authority").doesNotContain("Anna Berg");
    }

    @Test
    void visibleBylineAndUrlDate() {
        var a = run("byline-url-date.html", "https://news.example.com/2024/05/17/port-terminal");
        assertThat(a.title()).isEqualTo("Port terminal delayed until spring");
        assertThat(a.authors()).containsExactly("Anna Berg", "Tom Lind");
        assertThat(a.published().toLocalDate()).hasToString("2024-05-17");
        assertThat(a.text()).doesNotContain("Staff Writers").doesNotStartWith("Port terminal delayed");
    }

    @Test
    void timeElementGivesDate() {
        var a = run("time-element.html", "https://news.example.com/port");
        assertThat(a.published()).isEqualTo(OffsetDateTime.of(2024, 5, 17, 8, 30, 0, 0, ZoneOffset.ofHours(2)));
    }

    @Test
    void boilerplateInsideTheArticleIsRemoved() {
        var a = run("boilerplate-inside-article.html", "https://news.example.com/port");
        assertThat(a.text()).contains("two years later than first planned", "had not changed", "expansion of the port");
        assertThat(a.text()).doesNotContain("Share on Facebook", "sponsors", "Advertisement", "newsletter", "Read also",
                "Ferry prices", "covers shipping", "Most Popular", "LEAVE A REPLY", "Please enter", "cookies", "Home",
                "All rights reserved");
        assertThat(a.text()).doesNotStartWith("Port terminal");
        assertThat(a.confidence()).isGreaterThan(0.5);
    }

    @Test
    void scriptsStylesAndHiddenElementsAreRemoved() {
        var a = run("hidden-and-scripts.html", "https://news.example.com/port");
        assertThat(a.text()).contains("container terminal").doesNotContain("{", "function", "Secret", "Invisible", "Icon label",
                "Enable JavaScript", "Template text");
    }

    @Test
    void imageCreditIsACreditNotBodyText() {
        var a = run("figure-credit.html", "https://news.example.com/port");
        assertThat(a.text()).doesNotContain("Jane Smith");
        assertThat(a.leadImage().url()).isEqualTo("https://news.example.com/img/cranes.jpg");
        assertThat(a.leadImage().caption()).isEqualTo("New cranes at the terminal.");
        assertThat(a.leadImage().credit()).isEqualTo("Photo: Jane Smith/Reuters");
        assertThat(a.bodyHtml()).contains("<figure>", "src=\"https://news.example.com/img/cranes.jpg\"");
    }

    @Test
    void bodyHtmlKeepsSemanticMarkupWithAbsoluteLinks() {
        var a = run("semantic-markup.html", "https://news.example.com/port/");
        assertThat(a.bodyHtml()).contains("<em>Tuesday</em>", "<a href=\"https://news.example.com/terminal\">container terminal</a>",
                "<strong>two years later</strong>", "<h2>What happens next</h2>", "<ul>", "<li>", "<blockquote>", "<table>",
                "<td>240</td>");
        assertThat(a.bodyHtml()).doesNotContain("class=", "<div");
        assertThat(a.text()).startsWith("The harbour authority").contains("\n\nWhat happens next\n\n");
        assertThat(a.wordCount()).isBetween(60, 100);
    }

    @Test
    void scoringFindsTheBodyWithoutSemanticHints() {
        var a = run("scoring-fallback.html", "https://news.example.com/port");
        assertThat(a.text()).startsWith("The harbour authority").contains("one million containers")
                .doesNotContain("Ferry prices", "Weather", "Copyright");
    }

    @Test
    void sectionFrontIsNotAnArticle() {
        var a = run("section-front.html", "https://news.example.com/business/");
        assertThat(a.text()).isEmpty();
        assertThat(a.bodyHtml()).isEmpty();
        assertThat(a.confidence()).isLessThan(0.3);
        assertThat(a.warnings()).isNotEmpty();
    }

    @Test
    void hugePagesAreTruncatedWithAWarning() {
        StringBuilder sb = new StringBuilder("<html><body><article>");
        String p = "<p>The harbour authority said on Tuesday that the new terminal would open in spring.</p>";
        while (sb.length() < Extractor.MAX_BYTES + 1000) sb.append(p);
        var a = extractor.extract(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "https://x.example/", null);
        assertThat(a.warnings()).contains("page truncated at the size limit");
        assertThat(a.text()).startsWith("The harbour authority");
    }

    @Test
    void aHugePageIsCutBetweenCharactersNotInOne() {
        String p = "<p>Порт открыл новый терминал во вторник, сообщили в администрации гавани Iselle. Первые суда примут весной, "
                + "а грузовые причалы достроят к осени, когда в гавань придут паромы с островов и рыболовные суда.</p>";
        StringBuilder sb = new StringBuilder("<html><body><article>");
        sb.append(p.repeat(Extractor.MAX_BYTES / p.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1));
        byte[] page = sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // shift the text until the size limit falls inside a two-byte letter
        while ((page[Extractor.MAX_BYTES] & 0xC0) != 0x80) page = (" " + new String(page, java.nio.charset.StandardCharsets.UTF_8))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var a = extractor.extract(page, "https://x.example/", null);
        assertThat(a.warnings()).containsExactly("page truncated at the size limit");
        assertThat(a.text()).startsWith("Порт открыл").doesNotContain("\uFFFD");
    }

    @Test
    void deeplyNestedAndMalformedHtmlIsHandled() {
        String deep = "<div>".repeat(20_000) + "<p>The harbour authority said on Tuesday that the terminal opens later." + "</span></b>".repeat(50);
        long t0 = System.nanoTime();
        var a = extractor.extract(deep, "https://x.example/");
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
        assertThat(a).isNotNull();
        var b = extractor.extract("<html><p>unclosed <b><i>tags<table><td>cell</p></html", null);
        assertThat(b).isNotNull();
        assertThat(extractor.extract((byte[]) null, null, null).warnings()).isNotEmpty();
        assertThat(extractor.extract(new byte[] {(byte) 0xff, 0, (byte) 0xfe, 1}, "not a url", "text/html; charset=nonsense")).isNotNull();
    }
    @Test
    void dateLineUnderTheHeadlineIsRead() {
        var a = run("date-near-headline.html", "https://news.example.de/rat");
        assertThat(a.published().toLocalDate()).isEqualTo(java.time.LocalDate.of(2021, 11, 2));
    }

    @Test
    void publishedOnLabelWinsOverOtherTimes() {
        var a = run("date-published-label.html", "https://news.example.de/rat");
        assertThat(a.published().toLocalDate()).isEqualTo(java.time.LocalDate.of(2019, 8, 16));
    }

    @Test
    void utcTimeTakesThePagesLocalOffset() {
        var a = run("date-utc-local.html", "https://news.example.com/rat");
        assertThat(a.published()).isEqualTo(OffsetDateTime.of(2022, 5, 3, 23, 37, 37, 0, ZoneOffset.ofHours(-4)));
    }

    @Test
    void utcTimeTakesTheOffsetOfTheDateTimeShownOnThePage() {
        var a = run("date-utc-visible-local.html", "https://news.example.com/budget");
        assertThat(a.published()).isEqualTo(OffsetDateTime.of(2022, 5, 3, 22, 41, 0, 0, ZoneOffset.ofHours(-4)));
    }

    @Test
    void utcTimeStaysUtcWhenNoShownTimeFitsAnOffset() {
        var a = run("date-utc-visible-other-time.html", "https://news.example.com/budget");
        assertThat(a.published()).isEqualTo(OffsetDateTime.of(2022, 5, 4, 2, 41, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void utcLocalMidnightKeepsTheLocalDay() {
        var a = run("date-utc-midnight.html", "https://news.example.de/rat");
        assertThat(a.published().toLocalDate()).isEqualTo(java.time.LocalDate.of(2022, 11, 7));
    }

    @Test
    void kickerInsideTheHeadlineIsLeftOut() {
        var a = run("title-h1-kicker.html", "https://news.example.de/rat");
        assertThat(a.title()).isEqualTo("Rat beschließt Haushalt");
    }

    @Test
    void rubricH1GivesWayToTheHeadingThatShowsTheMetadataTitle() {
        var a = run("title-h1-rubric.html", "https://news.example.de/rat");
        assertThat(a.title()).isEqualTo("Warum der Haushalt zu spät kommt");
    }

    @Test
    void h1WinsWhenNoOtherArticleHeadingShowsTheMetadataTitle() {
        var a = run("title-h1-unconfirmed.html", "https://news.example.de/rat");
        assertThat(a.title()).isEqualTo("Rat beschließt Haushalt nach langer Debatte");
    }

    @Test
    void headingThatTheMetadataTitleQualifiesIsTheTitle() {
        var a = run("title-h2-qualified.html", "https://news.example.de/bruecke");
        assertThat(a.title()).isEqualTo("Die Brücke über den Fluss");
    }

    @Test
    void shortRubricHeadingIsNotTheTitle() {
        var a = run("title-h2-short-rubric.html", "https://news.example.de/rat");
        assertThat(a.title()).isEqualTo("News: Rat beschließt Haushalt für das kommende Jahr");
    }

    @Test
    void logoHeadingIsNotTheTitleAndHeadlineKeepsItsDash() {
        var a = run("title-h1-logo.html", "https://news.example.de/rat");
        assertThat(a.title()).isEqualTo("Rat beschließt Haushalt – Gäste willkommen");
    }

    @Test
    void publisherNamedAsAuthorGivesWayToTheByline() {
        var a = run("author-publisher-not-person.html", "https://news.example.de/rat");
        assertThat(a.authors()).containsExactly("Anna Berg");
    }

    @Test
    void nestedTeaserArticlesAreNotTheBody() {
        var a = run("nested-teaser-articles.html", "https://news.example.de/rat");
        assertThat(a.text()).contains("Haushalt für das kommende Jahr", "sachliche Zusammenarbeit");
        assertThat(a.text()).doesNotContain("Schwimmbad", "Radweg");
    }
    @Test
    void bodySplitAcrossLayoutRowsIsTakenWhole() {
        var a = run("body-split-in-grid-rows.html", "https://news.example.com/banks");
        assertThat(a.text()).contains("The latest wave of financial startups", "billions of dollars every year");
        assertThat(a.text()).doesNotContain("Advertisement");
    }

    @Test
    void standfirstAboveTheBodyOpensTheText() {
        var a = run("lead-standfirst.html", "https://news.example.com/heat");
        assertThat(a.text()).startsWith("Heat pumps are booming");
        assertThat(a.text()).contains("subsidies for old buildings");
    }

    @Test
    void moreStoriesListAtTheEndIsRemoved() {
        var a = run("more-stories-heading.html", "https://news.example.com/insta");
        assertThat(a.text()).contains("effect on their campaigns");
        assertThat(a.text()).doesNotContain("More Great", "strange life", "data brokers");
    }
    @Test
    void authorLabelFollowedByTheName() {
        var a = run("author-label.html", "https://news.example.com/budget");
        assertThat(a.authors()).containsExactly("Nina Huke");
    }

    @Test
    void textBylineKeepsTheWriterNotTheIllustrator() {
        var a = run("byline-text-and-illustration.html", "https://news.example.com/budget");
        assertThat(a.authors()).containsExactly("Christian Seiler");
    }

    @Test
    void postedOnDateByNameGivesTheName() {
        var a = run("byline-posted-on-by.html", "https://news.example.com/budget");
        assertThat(a.authors()).containsExactly("Adi Tzlil");
    }

    @Test
    void organisationIsTheAuthorWhenNoPersonIsNamed() {
        var a = run("author-organisation-only.html", "https://news.example.com/budget");
        assertThat(a.authors()).containsExactly("Harbour Times GmbH");
    }
    @Test
    void publishedLabelInItsOwnElementWithAFrenchDate() {
        var a = run("date-label-own-element.html", "https://radio.example.fr/son/1");
        assertThat(a.published().toLocalDate()).isEqualTo(java.time.LocalDate.of(2019, 5, 23));
    }
    @Test
    void standfirstInsideTheHeaderBlockOpensTheText() {
        var a = run("lead-in-header-block.html", "https://news.example.ch/cars");
        assertThat(a.text()).startsWith("On Saturday night two young drivers");
    }

    @Test
    void excerptOfAnotherStoryIsNotTheStandfirst() {
        var a = run("lead-teaser-excerpt-ignored.html", "https://news.example.com/plague");
        assertThat(a.text()).startsWith("A hunter in northern China");
        assertThat(a.text()).doesNotContain("Two people in China");
    }

    @Test
    void inlineDatelineStaysInItsParagraph() {
        var a = run("dateline-in-paragraph.html", "https://news.example.jp/masks");
        assertThat(a.text()).startsWith("KOBE – A total of 6,000 surgical masks");
    }
    @Test
    void captionOutsideFigcaptionIsNotBodyText() {
        var a = run("caption-outside-figcaption.html", "https://news.example.com/depot");
        assertThat(a.text()).contains("cut its sales forecast", "building materials");
        assertThat(a.text()).doesNotContain("garage door trims");
    }
    @Test
    void clickHereLineIsRemoved() {
        var a = run("call-to-action-line.html", "https://news.example.com/retail");
        assertThat(a.text()).contains("holiday season", "three cuts earlier this year");
        assertThat(a.text()).doesNotContain("CLICKING HERE");
    }

    @Test
    void linkedHeadlineInCapitalsIsRemoved() {
        var a = run("shouted-link-paragraph.html", "https://news.example.com/retail");
        assertThat(a.text()).contains("holiday season", "three cuts earlier this year");
        assertThat(a.text()).doesNotContain("AMERICAN DREAM");
    }
    @Test
    void headingLinkedToTheHomePageIsTheSiteName() {
        var a = run("title-logo-link.html", "http://rueda.example.org/enchufla");
        assertThat(a.title()).isEqualTo("Enchufla Figures");
        assertThat(a.siteName()).isEqualTo("Salsa Figures - Rueda in Berlin");
    }
    @Test
    void embeddedSocialPostIsKeptButShareBarIsNot() {
        var a = run("social-embed-kept.html", "https://news.example.com/campaign");
        assertThat(a.text()).contains("spent nearly half a million dollars", "proved that it was working");
        assertThat(a.text()).doesNotContain("Share on Facebook");
    }
    @Test
    void topStoriesListAtTheEndIsRemoved() {
        var a = run("top-stories-heading.html", "https://news.example.com/insta");
        assertThat(a.text()).contains("effect on their campaigns");
        assertThat(a.text()).doesNotContain("Top stories", "strange life", "data brokers");
    }
}
