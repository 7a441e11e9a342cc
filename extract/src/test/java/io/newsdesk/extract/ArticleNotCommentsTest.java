package io.newsdesk.extract;

import static io.newsdesk.extract.ExtractorTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's extraction failures, one hand-written page per class: page builders whose every block
 * is a "widget", comment threads that outweigh the story, a lead figure outside the body container,
 * spaces between CJK and Latin text, calls to action at the end of the body.
 */
class ArticleNotCommentsTest {
    private final Extractor extractor = new Extractor();

    private ExtractedArticle run(String name) {
        return extractor.extract(fixture(name), "https://news.example.com/story", null);
    }

    @Test
    void pageBuilderWidgetsKeepTheArticleAndNotTheCommentThread() {
        var a = run("page-builder-widgets.html");
        assertThat(a.text()).startsWith("The lake ferry will run four times a day")
                .contains("The operator promised to review the timetable in February");
        assertThat(a.text()).doesNotContain("This is ridiculous", "Four crossings a day", "Leave a Reply", "Peter L.",
                "Harbour festival returns");
        assertThat(a.bodyHtml()).contains("The first boat will leave the north pier");
    }

    @Test
    void commentsDeclaredAsSuchNeverOutrankTheArticle() {
        var a = run("comments-outrank-article.html");
        assertThat(a.text()).startsWith("The council has dropped its plan")
                .contains("Councillors voted unanimously on Monday");
        assertThat(a.text()).doesNotContain("I have lived next to that field", "Thank you for reporting on this", "Most read");
    }

    @Test
    void commentUnitsAreRecognisedByTheirStructureAlone() {
        // the same thread without itemtype/itemprop: avatar + name + date repeated in every unit
        Document doc = Jsoup.parse(new String(fixture("comments-outrank-article.html"), StandardCharsets.UTF_8));
        for (Element el : doc.getAllElements()) {
            el.removeAttr("itemtype").removeAttr("itemprop").removeAttr("itemscope");
        }
        var a = extractor.extract(doc.outerHtml(), "https://news.example.com/story");
        assertThat(a.text()).startsWith("The council has dropped its plan");
        assertThat(a.text()).doesNotContain("I have lived next to that field", "Sigrid");
    }

    @Test
    void commentWordsInATaxonomyClassDoNotMakeACommentThread() {
        assertThat(ClassWords.wordFlags("post type-post category-comments") & ClassWords.F_COMMENT).isZero();
        assertThat(ClassWords.wordFlags("comment-list") & ClassWords.F_COMMENT).isNotZero();
        assertThat(ClassWords.wordFlags("commentlist") & ClassWords.F_COMMENT).isNotZero();
        assertThat(ClassWords.wordFlags("commentary-body") & ClassWords.F_COMMENT).isZero();
    }

    @Test
    void leadFigureBeforeTheBodyContainerKeepsPhotoCaptionAndCredit() {
        var a = run("lead-figure-before-body.html");
        assertThat(a.leadImage()).isNotNull();
        assertThat(a.leadImage().url()).isEqualTo("https://news.example.com/media/2024/tidal-station-1200.jpg");
        assertThat(a.leadImage().caption()).isEqualTo("The tidal power station at low water on Monday.");
        assertThat(a.leadImage().credit()).isEqualTo("Photo: Jan Roe / Fixture Agency");
        assertThat(a.bodyHtml()).containsOnlyOnce("<figure>").contains("<figcaption>");
        assertThat(a.text()).startsWith("The tidal power station on the estuary began")
                .doesNotContain("Fixture Agency", "at low water");
    }

    @Test
    void spacesBetweenCjkAndLatinTextAreKept() {
        var a = run("cjk-latin-spaces.html");
        assertThat(a.text()).contains("パスワード管理ソフト KeePass の最新版", "今回の更新は Windows 10 と", "対応OS Windows");
        // a space at the start of a link or emphasis parts two words in the HTML too
        assertThat(a.bodyHtml()).contains("> KeePass</a>").doesNotContain("<em></em>");
        // Japanese is written without spaces: each character counts towards the article's length
        assertThat(a.wordCount()).isGreaterThan(100);
    }

    @Test
    void callsToActionAtTheEndOfTheBodyAreDropped() {
        var a = run("trailing-share-calls.html");
        assertThat(a.text()).endsWith("the director added.")
                .contains("Anyone who wants to help can follow the library's call");
        assertThat(a.text()).doesNotContain("Share it with a friend", "Facebook", "Follow us on Instagram");
    }

    @Test
    void headingsAndLeadInsLeftLastWithNothingToIntroduceAreDropped() {
        var a = run("trailing-orphan-headings.html");
        assertThat(a.text()).endsWith("während der drei Wochen mit Ersatzbussen.")
                .contains("Was sich für Pendler ändert"); // a heading with text after it stays
        assertThat(a.text()).doesNotContain("Weitere Informationen", "Mehr zum Thema", "Ersatzbusse fahren ab heute");
    }

    @Test
    void aPressReleasesContactBlockAtTheEndIsDropped() {
        var a = run("press-release-contact.html");
        assertThat(a.text()).endsWith("über ein Bürgerbüro am Hafen.")
                .contains("Kontakt zu den Anwohnern"); // the word in a sentence of the report is no label
        assertThat(a.text()).doesNotContain("Pressekontakt", "Erika Muster", "Telefon", "presse@hafenverband.example");
    }

    @Test
    void aContactBlockWrittenAsOneBlockOfShortLinesIsDropped() {
        var a = run("newsroom-contact-lines.html");
        assertThat(a.text()).endsWith("sagte der Landrat nach der Sitzung.");
        assertThat(a.text()).doesNotContain("Kontakt zur Lokalredaktion", "Deichstraße", "lokales@elbbote.example", "bei Facebook");
    }

    @Test
    void aCallToFollowWrittenWithoutItsAccentIsDropped() {
        var a = run("trailing-call-spanish.html");
        assertThat(a.text()).endsWith("según informó el ayuntamiento.").doesNotContain("Siguenos");
    }

    @Test
    void aCaptionSetAsALineOfTextIsKnownByTheCreditThatClosesIt() {
        var a = run("inline-caption-credit.html");
        assertThat(a.text()).doesNotContain("will in Peking für Furore sorgen", "AFP / Jan Muster")
                .contains("© hin oder her, sagte der Trainer") // a © inside a sentence closes nothing
                .endsWith("die Staffel folgt eine Woche später.");
    }

    @Test
    void creditReadingTimeFilingRatingAndScriptErrorLinesAreNotText() {
        var a = run("boilerplate-lines.html");
        assertThat(a.text()).startsWith("The night ferry between the two harbours")
                .contains("the copyright on the new timetable design") // the word in a sentence is text
                .endsWith("shortly after two in the morning.");
        assertThat(a.text()).doesNotContain("Min Read", "Creating default object", "Jan Roe", "Valora", "Tags:");
    }
}
