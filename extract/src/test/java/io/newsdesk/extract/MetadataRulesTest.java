package io.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The metadata rules of issue 13, each on bylines and small pages written here: author names
 * without labels, roles, dates and credentials; titles without a site name or a cut.
 */
class MetadataRulesTest {
    private final Extractor extractor = new Extractor();

    private static final String BODY = "<p>" + "The harbour board met on Monday and agreed a new plan for the old quay. ".repeat(6) + "</p>";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // labels, in several languages, before the name or run into it
            "Artikel von: Anna Berg | Anna Berg",
            "Eingestellt von Anna Berg | Anna Berg",
            "Ein Gastbeitrag von Anna Berg | Anna Berg",
            "Post author By Anna Berg | Anna Berg",
            "AuthorAnna Berg | Anna Berg",
            "Auteurs : Anna Berg | Anna Berg",
            "Автор: Анна Берг | Анна Берг",
            "Interview: Anna Berg | Anna Berg",
            "vom Support Team | Support Team",
            // roles before and after the name
            "FOCUS-Online-Experte Anna Berg | Anna Berg",
            "Anna Berg Chefredakteurin | Anna Berg",
            "Anna Berg, Staff Writer | Anna Berg",
            "Anna Berg, Washington Correspondent | Anna Berg",
            "Anna Berg Alle Artikel | Anna Berg",
            // dates and times after the name
            "Anna Berg · 22. Oktober 2019 | Anna Berg",
            "Anna Berg am 29.12.2010, 13:36 Uhr | Anna Berg",
            "Anna Berg at 18:52 | Anna Berg",
            // a credential is no second author
            "Anna Berg; PhD | Anna Berg",
            "Anna Berg, MD | Anna Berg",
            // an address hidden by a mail filter
            "Harbour Wire - [email protected] | Harbour Wire",
    })
    void bylineGivesTheNameAlone(String byline, String name) {
        assertThat(Authors.splitAuthors(byline)).containsExactly(name);
    }

    @Test
    void desksAndHandlesStayWhole() {
        assertThat(Authors.splitAuthors("HLNF Staff Report")).containsExactly("HLNF Staff Report");
        assertThat(Authors.splitAuthors("Redaktion")).containsExactly("Redaktion");
        assertThat(Authors.splitAuthors("Bo2man")).containsExactly("Bo2man");
        assertThat(Authors.splitAuthors("Ursula von der Leyen")).containsExactly("Ursula von der Leyen");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Name", "Follow", "Autoren", "Stand: 20. April 2020", "En kiosques : juillet 2020",
            "Foto: Anna Berg", "Zuletzt geändert am:", "https://example.com/anna", "anna@example.com"})
    void labelsDatesAndCreditsAreNoNames(String byline) {
        assertThat(Authors.splitAuthors(byline)).isEmpty();
    }

    @Test
    void commentFormLabelIsNotTheAuthor() {
        var a = extractor.extract("<html><head><title>Quay plan agreed</title></head><body><article><h1>Quay plan agreed at last</h1>"
                + BODY + "<p class='byline'>Von Anna Berg</p></article><div id='respond'><form><p class='comment-form-author'>"
                + "<label for='author'>Name (erforderlich)</label><input id='author'></p></form></div></body></html>", "https://news.example.de/a");
        assertThat(a.authors()).containsExactly("Anna Berg");
        var onlyForm = extractor.extract("<html><body><article><h1>Quay plan agreed at last</h1>" + BODY + "</article>"
                + "<form><p class='comment-form-author'><label for='author'>Name</label><input id='author'></p></form></body></html>",
                "https://news.example.de/a");
        assertThat(onlyForm.authors()).isEmpty();
    }

    @Test
    void jsonLdAuthorByReferenceAndAFirstNameCompletedFromTheBio() {
        String ld = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"Article\",\"headline\":\"Quay plan agreed at last\","
                + "\"author\":{\"@id\":\"https://news.example.de/#/person/1\"}},{\"@type\":\"Person\",\"@id\":\"https://news.example.de/#/person/1\","
                + "\"name\":\"Anna\",\"description\":\"Anna Berg schreibt über Häfen und Schiffe.\"}]}";
        var a = extractor.extract("<html><head><script type='application/ld+json'>" + ld + "</script></head><body><article>"
                + "<h1>Quay plan agreed at last</h1>" + BODY + "</article></body></html>", "https://news.example.de/a");
        assertThat(a.authors()).containsExactly("Anna Berg");
        var noBio = extractor.extract("<html><head><script type='application/ld+json'>" + ld.replace("Anna Berg schreibt", "Sie schreibt")
                + "</script></head><body><article><h1>Quay plan agreed at last</h1>" + BODY + "</article></body></html>", "https://news.example.de/a");
        assertThat(noBio.authors()).containsExactly("Anna");
    }

    @Test
    void aWebPageInTheGraphStandsInForAMissingArticleObject() {
        String ld = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Harbour Notes\"},"
                + "{\"@type\":\"WebPage\",\"name\":\"Quay plan agreed at last\",\"datePublished\":\"2024-05-03T08:00:00+02:00\","
                + "\"author\":{\"@id\":\"https://notes.example/#/person/1\"}},"
                + "{\"@type\":\"Person\",\"@id\":\"https://notes.example/#/person/1\",\"name\":\"Anna Berg\"}]}";
        var a = extractor.extract("<html><head><script type='application/ld+json'>" + ld + "</script></head><body><article>"
                + "<h1>Quay plan agreed at last</h1>" + BODY + "</article></body></html>", "https://notes.example/quay");
        assertThat(a.authors()).containsExactly("Anna Berg");
        assertThat(a.published()).hasToString("2024-05-03T08:00+02:00");
        // an article object, where there is one, is still the source: the page's fields do not mix in
        var withArticle = extractor.extract("<html><head><script type='application/ld+json'>" + ld.replace("{\"@type\":\"WebSite\"",
                "{\"@type\":\"Article\",\"headline\":\"Quay plan agreed at last\",\"author\":\"Bea Holm\"},{\"@type\":\"WebSite\"")
                + "</script></head><body><article><h1>Quay plan agreed at last</h1>" + BODY + "</article></body></html>", "https://notes.example/quay");
        assertThat(withArticle.authors()).containsExactly("Bea Holm");
    }

    @Test
    void authorsOfTeaserCardsAreNotThePagesAuthors() {
        String card = "<div class='card'><h2><a href='https://news.example.com/other-%d'>Another story %d</a></h2>"
                + "<span class='author vcard' itemprop='author'>%s</span></div>";
        // the story's own byline comes after a slider of other stories, each card with its author
        var slider = extractor.extract("<html><body><div class='slider'>" + card.formatted(1, 1, "Carl Dahl") + card.formatted(2, 2, "Dora Falk")
                + "</div><article><h1>Quay plan agreed at last</h1><div class='author'><a rel='author' href='/autor/anna-berg'>Anna Berg</a>"
                + "</div>" + BODY + "</article></body></html>", "https://news.example.com/quay");
        assertThat(slider.authors()).containsExactly("Anna Berg");
        // cards of related posts after the story do not add their authors to the story's
        var related = extractor.extract("<html><body><article><h1>Quay plan agreed at last</h1><span itemprop='author'>Anna Berg</span>"
                + BODY + "</article><section>" + card.formatted(1, 1, "Carl Dahl") + card.formatted(2, 2, "Dora Falk")
                + "</section></body></html>", "https://news.example.com/quay");
        assertThat(related.authors()).containsExactly("Anna Berg");
        // a card that is one link to another story, its title beside the byline; a byline linked to a profile stays
        var linkCards = extractor.extract("<html><body><ul><li><a href='https://news.example.com/other-1'><span>Brass bands draw the "
                + "young back to the valley</span><span class='author'>Von Carl Dahl</span></a></li></ul><article>"
                + "<h1>Quay plan agreed at last</h1><div class='author'>Von <a href='https://news.example.com/autor/anna-berg'>Anna Berg</a>"
                + "</div>" + BODY + "</article></body></html>", "https://news.example.com/quay");
        assertThat(linkCards.authors()).containsExactly("Anna Berg");
        // a heading that links to the page itself (a blog's permalink title) is no card
        var permalink = extractor.extract("<html><body><div class='post'><h2><a href='https://blog.example.com/quay/'>Quay plan agreed at last"
                + "</a></h2><span class='author'>Anna Berg</span><p>The harbour board met on Monday.</p></div></body></html>",
                "https://blog.example.com/quay");
        assertThat(permalink.authors()).containsExactly("Anna Berg");
    }

    @Test
    void byLabelInItsOwnElementAndTheBylineTag() {
        var a = extractor.extract("<html><body><article><h1>Quay plan agreed at last</h1><div><span class='sr'>| By </span>"
                + "<span>Anna Berg</span> | <time>May 3, 2024</time></div>" + BODY + "</article></body></html>", "https://news.example.com/a");
        assertThat(a.authors()).containsExactly("Anna Berg");
        var b = extractor.extract("<html><body><article><h1>Quay plan agreed at last</h1><byline>Von Anna Berg, dpa</byline>" + BODY
                + "</article></body></html>", "https://news.example.de/a");
        assertThat(b.authors()).containsExactly("Anna Berg");
    }

    @Test
    void siteNameAtEitherEndOfTheTitleGoes() {
        var byHost = extractor.extract("<html><head><title>Harbour Times » Blog Archiv » Quay plan agreed at last</title></head><body>"
                + "<h1><a href='/'>Harbour Times</a></h1>" + BODY + "</body></html>", "https://www.harbourtimes.example/2024/quay");
        assertThat(byHost.title()).isEqualTo("Quay plan agreed at last");
        var byName = extractor.extract("<html><head><meta property='og:site_name' content='HTM'><title>HTM - Quay plan agreed at last</title>"
                + "</head><body>" + BODY + "</body></html>", "https://news.example.com/quay");
        assertThat(byName.title()).isEqualTo("Quay plan agreed at last");
        // a last part that the web address names, too long for the short-suffix rule
        var trailing = extractor.extract("<html><head><title>Quay plan agreed at last | Harbour Times Of The North</title></head><body>"
                + BODY + "</body></html>", "https://www.harbourtimesofthenorth.example/2024/quay");
        assertThat(trailing.title()).isEqualTo("Quay plan agreed at last");
        // a first part that is not the site's is part of the title
        var kept = extractor.extract("<html><head><title>Harbour - Quay plan agreed at last</title></head><body>" + BODY + "</body></html>",
                "https://news.example.com/quay");
        assertThat(kept.title()).isEqualTo("Harbour - Quay plan agreed at last");
    }

    @Test
    void shortLastPartStaysWhenTheTitleElementShowsItBeforeTheSiteName() {
        var a = extractor.extract("<html><head><meta property='og:site_name' content='Harbour Times'><meta property='og:title' "
                + "content='Quay plan agreed – at last'><title>Quay plan agreed – at last | Harbour Times</title></head><body>" + BODY
                + "</body></html>", "https://news.example.com/quay");
        assertThat(a.title()).isEqualTo("Quay plan agreed – at last");
    }

    @Test
    void metaTitleCutByAQuoteIsTakenWholeFromTheTitleElement() {
        var a = extractor.extract("<html><head><meta property='og:title' content=\"Mayor calls the plan \"><title>Mayor calls the plan "
                + "\"reckless\"</title></head><body>" + BODY + "</body></html>", "https://news.example.com/quay");
        assertThat(a.title()).isEqualTo("Mayor calls the plan \"reckless\"");
    }

    @Test
    void kickerInTheHeadlineGoesWhenTheTitleElementAgreesWithTheHeadlinePart() {
        var a = extractor.extract("<html><head><meta property='og:title' content='Press releases'><title>Quay plan agreed at last</title>"
                + "</head><body><h1><span>Press release of the harbour board:</span> <span>Quay plan agreed at last</span></h1>" + BODY
                + "</body></html>", "https://news.example.com/quay");
        assertThat(a.title()).isEqualTo("Quay plan agreed at last");
    }

    private java.time.LocalDate published(String bodyHtml) {
        var a = extractor.extract("<html><head><title>Quay plan agreed at last</title></head><body>" + bodyHtml + "</body></html>",
                "https://news.example.de/quay");
        return a.published() == null ? null : a.published().toLocalDate();
    }

    @Test
    void microformatDateInATitleAttribute() {
        assertThat(published("<article><h1>Quay plan agreed at last</h1>" + BODY
                + "<p><span class='updated' title='2013-04-04T18:52:11+00:00'></span></p></article>"))
                .isEqualTo(java.time.LocalDate.of(2013, 4, 4));
    }

    @Test
    void dateLabelInItsOwnElementBeforeTheText() {
        assertThat(published("<ul class='info'><li><span>Datum:</span>26. Januar 2022</li></ul><h1>Quay plan agreed at last</h1>" + BODY))
                .isEqualTo(java.time.LocalDate.of(2022, 1, 26));
        // a word "date" in running text without a colon is no label
        assertThat(published("<p>We will date the plan later, 26. Januar 2022 is too early.</p>" + BODY)).isNull();
    }

    @Test
    void shortDottedDateUnderTheHeadline() {
        assertThat(published("<h1>Quay plan agreed at last</h1><div class='uploaded'> 23.09.22 </div>" + BODY))
                .isEqualTo(java.time.LocalDate.of(2022, 9, 23));
        assertThat(Dates.parseText("version 1.2.22.4")).isNull();
    }

    @Test
    void dateInTheAuthorLine() {
        assertThat(published(BODY + "<div class='left author'>Author: <a href='/p/1'><b>Bo2man</b></a> am 29.12.2010, 13:36 Uhr</div>"))
                .isEqualTo(java.time.LocalDate.of(2010, 12, 29));
    }

    @Test
    void nameInTheDatelineNextToTheHeadline() {
        var a = extractor.extract("<html><body><div><h1>Quay plan agreed at last</h1><p class='muted'>11.12.2019 - Anna Berg</p></div>"
                + BODY + "</body></html>", "https://news.example.de/quay");
        assertThat(a.authors()).containsExactly("Anna Berg");
        var before = extractor.extract("<html><body><div><small>04.02.2022 | 13:10 Uhr | Anna Berg</small><h1>Quay plan agreed at last</h1></div>"
                + BODY + "</body></html>", "https://news.example.de/quay");
        assertThat(before.authors()).containsExactly("Anna Berg");
        // a dateline with two other parts names no one for sure
        var two = extractor.extract("<html><body><div><h1>Quay plan agreed at last</h1><p>11.12.2019 - Anna Berg - Hafen Blog</p></div>"
                + BODY + "</body></html>", "https://news.example.de/quay");
        assertThat(two.authors()).isEmpty();
    }

    @Test
    void firstNameInMetaCompletedFromTheJsonLdPersonsBio() {
        var a = extractor.extract("<html><head><meta name='author' content='Anna'><script type='application/ld+json'>{\"@graph\":"
                + "[{\"@type\":\"Person\",\"@id\":\"#p\",\"name\":\"Anna\",\"description\":\"Anna Berg - Reporterin am Hafen.\"}]}"
                + "</script></head><body><h1>Quay plan agreed at last</h1>" + BODY + "</body></html>", "https://news.example.de/quay");
        assertThat(a.authors()).containsExactly("Anna Berg");
    }
    // ---- round 2 (i13-meta2): agreement between the <title>, the metadata and the page's headings ----

    @Test
    void partOfASeveralPartTitleThatAHeadingShowsIsTheTitle() {
        var a = extractor.extract("<html><head><title>Harbour club e.V. - News » Quay plan agreed at last</title></head><body>"
                + "<h1>Events</h1><h1>Sailing</h1><h1>News</h1><div><h2>Quay plan agreed at last</h2>" + BODY + "</div><h1>Partners</h1>"
                + "</body></html>", "https://club.example.org/index.php?site=news&id=4");
        assertThat(a.title()).isEqualTo("Quay plan agreed at last");
        // a rubric <h1>: the metadata title's part that a heading shows wins
        var b = extractor.extract("<html><head><meta property='og:site_name' content='harbour.example'><meta property='og:title' "
                + "content='harbour.example - News - Quay plan agreed at last'></head><body><h1>News | Entry</h1>"
                + "<h2>Quay plan agreed at last</h2>" + BODY + "</body></html>", "https://www.harbour.example/news/4");
        assertThat(b.title()).isEqualTo("Quay plan agreed at last");
        // a part the page shows only as its logo is the site's name, not the title
        var logo = extractor.extract("<html><head><meta property='og:site_name' content='HBN'><title>Quay plan agreed at last | "
                + "Newsletter of the board of the port</title></head><body><h1><a href='https://www.harbour.example/'>Newsletter of the board "
                + "of the port</a></h1>" + BODY + "</body></html>", "https://www.harbour.example/news/4");
        assertThat(logo.title()).isEqualTo("Quay plan agreed at last | Newsletter of the board of the port");
    }

    @Test
    void pageWithoutAnyTitleKeepsItsAuthorAndDate() {
        var a = extractor.extract("<html><body><p class='byline'>Von Anna Berg</p><p>Veröffentlicht am 26.01.2022</p>" + BODY
                + "</body></html>", "https://news.example.de/quay");
        assertThat(a.title()).isNull();
        assertThat(a.authors()).containsExactly("Anna Berg");
        assertThat(a.published().toLocalDate()).isEqualTo(java.time.LocalDate.of(2022, 1, 26));
    }

    @Test
    void headingThatTheTitleElementNamesBeatsAFirstHeadingThatIsNot() {
        var a = extractor.extract("<html><head><title>Quay plan agreed at last</title></head><body><h1>harbour notes</h1>"
                + "<div><h1>Quay plan agreed at last</h1>" + BODY + "</div></body></html>", "https://notes.example.org/2024/05/quay");
        assertThat(a.title()).isEqualTo("Quay plan agreed at last");
    }

    @Test
    void titleElementParsedIntoTheBodyStillGivesTheTitle() {
        var a = extractor.extract("<b>Warning</b>: something in /var/www/index.php on line 3<br />\n<html><head>"
                + "<title>Quay plan agreed at last</title></head><body>" + BODY + "</body></html>", "https://news.example.com/quay");
        assertThat(a.title()).isEqualTo("Quay plan agreed at last");
    }

    @Test
    void kickerAndHeadlineInElementsOfTheirOwnAsTheMetadataSplitsThem() {
        var a = extractor.extract("<html><head><meta property='og:title' content='After the vote: Quay plan agreed at last | Harbour Times'>"
                + "<meta property='og:site_name' content='Harbour Times'></head><body><h1><span class='kicker'>After the vote</span> "
                + "<span class='headline'>Quay plan agreed at last</span></h1>" + BODY + "</body></html>", "https://news.example.com/quay");
        assertThat(a.title()).isEqualTo("Quay plan agreed at last");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // an overline of its own before the headline's text, the metadata joining them with a dash
            "<h1><span class='overline'>After the vote</span> Quay plan agreed at last</h1># After the vote - Quay plan agreed at last | Harbour Times",
            // a label inside the headline's link, the metadata joining them with a bar
            "<h1><a href='/quay'><span class='label'>Harbour</span><span>&nbsp;</span>Quay plan agreed at last</a></h1># Harbour | Quay plan agreed at last",
            // a <small> kicker and a line break inside the headline's element
            "<h1><span><small>Week in review</small><br>Quay plan agreed at last</span></h1># Week in review | Quay plan agreed at last - HT.COM",
    })
    void leadingKickerElementGoesWhenTheMetadataShowsItAsAPartOfItsOwn(String h1, String ogTitle) {
        var a = extractor.extract("<html><head><meta property='og:title' content='" + ogTitle + "'>"
                + "<meta property='og:site_name' content='Harbour Times'></head><body>" + h1 + BODY + "</body></html>",
                "https://news.example.com/quay");
        assertThat(a.title()).isEqualTo("Quay plan agreed at last");
    }

    @Test
    void leadingElementThatTheMetadataRunsOnIsPartOfTheHeadline() {
        // the metadata shows the first words as part of the headline, not as a part of their own
        var a = extractor.extract("<html><head><meta property='og:title' content='Mayor Anna Berg opens the new quay'></head><body>"
                + "<h1><a href='/berg'>Mayor Anna Berg</a> opens the new quay</h1>" + BODY + "</body></html>", "https://news.example.com/quay");
        assertThat(a.title()).isEqualTo("Mayor Anna Berg opens the new quay");
    }

    @Test
    void declaredMultiByteCharsetIsNotTakenForACyrillicOne() throws Exception {
        String page = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'><title>港口新码头计划终于通过</title>"
                + "</head><body><h1>港口新码头计划终于通过</h1><p>" + "港务局周一开会，同意了旧码头的新计划。市民对此表示欢迎，工程将于明年开始。".repeat(8)
                + "</p></body></html>";
        var a = extractor.extract(page.getBytes("GB2312"), "https://news.example.cn/quay", null);
        assertThat(a.title()).isEqualTo("港口新码头计划终于通过");
        assertThat(a.text()).contains("港务局周一开会");
    }
    @Test
    void authorsProfileLinkAfterTheHeadlineNamesTheAuthor() {
        var a = extractor.extract("<html><body><a href='/autoren/tom-lind-12'>Tom Lind</a><article><h1>Quay plan agreed at last</h1>"
                + "<div class='meta'><a href='/autoren/anna-berg-684124'><img src='/a.jpg' alt='Anna Berg'><span>© Anna Berg</span>"
                + "<span itemprop='name'>Anna Berg</span></a> am 26.01.2022</div>" + BODY + "</article></body></html>",
                "https://news.example.de/quay");
        assertThat(a.authors()).containsExactly("Anna Berg");
        // a link to a section or a tag is no author's page
        var tag = extractor.extract("<html><body><article><h1>Quay plan agreed at last</h1><a href='/tags/harbour-board'>Harbour Board</a>"
                + BODY + "</article></body></html>", "https://news.example.de/quay");
        assertThat(tag.authors()).isEmpty();
    }

    @Test
    void dateLineThatShowsTheModificationDayIsThePagesDay() {
        String head = "<meta property='article:published_time' content='2021-10-27T20:35:36+01:00'>"
                + "<meta property='article:modified_time' content='2021-10-28T13:21:30+01:00'>";
        var shown = extractor.extract("<html><head>" + head + "</head><body><h1>Quay plan agreed at last</h1><p class='meta'>Harbour, "
                + "28.10.2021</p>" + BODY + "</body></html>", "https://news.example.de/quay");
        assertThat(shown.published().toLocalDate()).isEqualTo(java.time.LocalDate.of(2021, 10, 28));
        // a date line with the publication day, or none: the publication day stays
        var pub = extractor.extract("<html><head>" + head + "</head><body><h1>Quay plan agreed at last</h1><p class='meta'>Harbour, "
                + "27.10.2021</p>" + BODY + "</body></html>", "https://news.example.de/quay");
        assertThat(pub.published().toLocalDate()).isEqualTo(java.time.LocalDate.of(2021, 10, 27));
        var none = extractor.extract("<html><head>" + head + "</head><body><h1>Quay plan agreed at last</h1>" + BODY + "</body></html>",
                "https://news.example.de/quay");
        assertThat(none.published().toLocalDate()).isEqualTo(java.time.LocalDate.of(2021, 10, 27));
    }

    @Test
    void publishedOnLineBeatsAMetaTagThatOnlySaysDate() {
        assertThat(published("<meta name='date' content='2021-10-15'><h1>Quay plan agreed at last</h1><p><span>Erschienen am:</span> "
                + "13.10.2021</p>" + BODY)).isEqualTo(java.time.LocalDate.of(2021, 10, 13));
        // the generic tag still gives the date when the page shows none
        assertThat(published("<meta name='date' content='2021-10-15'><h1>Quay plan agreed at last</h1>" + BODY))
                .isEqualTo(java.time.LocalDate.of(2021, 10, 15));
    }

    @Test
    void aPersonalSiteNamesItsAuthorInItsNameWhenTheAddressSpellsIt() {
        // the site's name is a person's, and the address spells it: the owner wrote the post
        var named = extractor.extract("<html><head><meta property='og:site_name' content='Dr. Anna Berg'><title>Quay notes – Dr. Anna Berg"
                + "</title></head><body><article><h1>Quay plan agreed at last</h1>" + BODY + "</article></body></html>",
                "https://www.anna-berg.example/quay-notes/");
        assertThat(named.authors()).containsExactly("Anna Berg");
        var possessive = extractor.extract("<html><head><title>Anna Berg's Harbour Notes | Quay plan agreed at last</title></head><body>"
                + "<article><h1>Quay plan agreed at last</h1>" + BODY + "</article></body></html>", "https://annaberg.blog.example/2024/quay");
        assertThat(possessive.authors()).containsExactly("Anna Berg");
        // an outlet whose name spells its address is no person: without a title or a possessive there is no owner
        var outlet = extractor.extract("<html><head><meta property='og:site_name' content='Harbour Times'></head><body><article>"
                + "<h1>Quay plan agreed at last</h1>" + BODY + "</article></body></html>", "https://www.harbourtimes.example/quay");
        assertThat(outlet.authors()).isEmpty();
        // a site named like a person on another address, and a byline that names someone, give no owner
        var otherHost = extractor.extract("<html><head><meta property='og:site_name' content='Dr. Anna Berg'></head><body><article>"
                + "<h1>Quay plan agreed at last</h1>" + BODY + "</article></body></html>", "https://harbour.example/quay");
        assertThat(otherHost.authors()).isEmpty();
        var byline = extractor.extract("<html><head><meta property='og:site_name' content='Dr. Anna Berg'></head><body><article>"
                + "<h1>Quay plan agreed at last</h1><p class='byline'>Von Carl Dahl</p>" + BODY + "</article></body></html>",
                "https://annaberg.example/quay");
        assertThat(byline.authors()).containsExactly("Carl Dahl");
    }

    @Test
    void titleRunIntoTheSitesNameGivesTheHeadingAlone() {
        // a theme glued the blog's description to the post's name, with no separator between them
        var a = extractor.extract("<html><head><meta property='og:title' content='Quay agreedNotes from the harbour | Notes from the "
                + "harbour'></head><body><h1><a href='https://notes.example/'>Notes from the harbour</a></h1><h1>Quay agreed</h1>"
                + BODY + "</body></html>", "https://notes.example/?p=12");
        assertThat(a.title()).isEqualTo("Quay agreed");
        // a title that only starts with the heading's text keeps what follows
        var b = extractor.extract("<html><head><meta property='og:title' content='Quay agreed after a long night'></head><body>"
                + "<h1><a href='https://notes.example/'>Notes from the harbour</a></h1><h1>Quay agreed</h1>" + BODY + "</body></html>",
                "https://notes.example/?p=12");
        assertThat(b.title()).isEqualTo("Quay agreed after a long night");
        // the site's name followed by more words is part of the title, not a tagline run into it
        var c = extractor.extract("<html><head><meta property='og:site_name' content='Harbour Times'><meta property='og:title' "
                + "content='Quay agreed Harbour Times special: the night it happened'></head><body><h1>Quay agreed</h1>" + BODY
                + "</body></html>", "https://notes.example/?p=12");
        assertThat(c.title()).isEqualTo("Quay agreed Harbour Times special: the night it happened");
    }

    @Test
    void authorsOfCommentsAndReviewsInMicrodataAreReaders() {
        String review = "<article class='entry' itemscope itemtype='http://schema.org/Review'><div itemprop='author' itemscope "
                + "itemtype='http://schema.org/Person'><span itemprop='name'>quaywatcher12</span></div><p itemprop='reviewBody'>Good.</p></article>";
        var a = extractor.extract("<html><body><main><h1>Quay plan agreed at last</h1><div class='byline'>Von Anna Berg</div>" + BODY
                + "</main><section>" + review + "</section></body></html>", "https://news.example.de/quay");
        assertThat(a.authors()).containsExactly("Anna Berg");
        // the article's own microdata author stays
        var b = extractor.extract("<html><body><article itemscope itemtype='http://schema.org/NewsArticle'><h1>Quay plan agreed at last</h1>"
                + "<span itemprop='author'>Anna Berg</span>" + BODY + "</article></body></html>", "https://news.example.de/quay");
        assertThat(b.authors()).containsExactly("Anna Berg");
    }

    @Test
    void markedTimeBeatsAMetaTagThatOnlySaysDate() {
        var a = extractor.extract("<html><head><meta name='dcterms.date' content='2022-01-21T09:43+01:00'></head><body><h1>Quay plan "
                + "agreed at last</h1><div class='article-meta'><time class='date-display' datetime='2022-01-25T08:00:00+01:00'>25.01.2022"
                + "</time></div>" + BODY + "</body></html>", "https://news.example.de/quay");
        assertThat(a.published().toLocalDate()).isEqualTo(java.time.LocalDate.of(2022, 1, 25));
        // without a marked time the meta tag still dates the page
        var b = extractor.extract("<html><head><meta name='dcterms.date' content='2022-01-21T09:43+01:00'></head><body><h1>Quay plan "
                + "agreed at last</h1>" + BODY + "</body></html>", "https://news.example.de/quay");
        assertThat(b.published().toLocalDate()).isEqualTo(java.time.LocalDate.of(2022, 1, 21));
    }

    @Test
    void aLastChangedLabelDatesAPageThatGivesNoOtherDate() {
        assertThat(published("<h1>Quay plan agreed at last</h1>" + BODY + "<div><label>Letzte Änderung:</label><div> 14.01.2022 um 09:25"
                + "</div></div>")).isEqualTo(java.time.LocalDate.of(2022, 1, 14));
        // a publication date, where there is one, is still the date
        assertThat(published("<h1>Quay plan agreed at last</h1><p>Veröffentlicht am 10.01.2022</p>" + BODY
                + "<p>Letzte Änderung: 14.01.2022</p>")).isEqualTo(java.time.LocalDate.of(2022, 1, 10));
    }

    @Test
    void aTitleThatNamesOnlySectionsGivesWayToTheDatedHeading() {
        String page = "<html><head><title>Swimming - News - Swimming | Harbour Swim Club</title></head><body><div class='main'>"
                + "<h2>Find a club</h2><form><input name='q'></form><h2>New swimming passes can be ordered now</h2><div class='item'>"
                + "<div class='head'><b>Swimming</b><br><span>01.02.2022</span> Category: Swimming</div>" + BODY + "</div></div>"
                + "<div class='box'><h1>Quick links</h1><h1>Our partners</h1><h1>Book a hotel</h1></div></body></html>";
        var a = extractor.extract(page, "https://swim.example/news/item?id=5");
        assertThat(a.title()).isEqualTo("New swimming passes can be ordered now");
        assertThat(a.published().toLocalDate()).isEqualTo(java.time.LocalDate.of(2022, 2, 1));
        // a title with a headline in it stays, whatever heading is dated
        var b = extractor.extract(page.replace("Swimming - News - Swimming", "Passes on sale - News"), "https://swim.example/news/item?id=5");
        assertThat(b.title()).isEqualTo("Passes on sale - News");
    }

    @Test
    void aSocialNetworkHandleBesideTheNameIsNoPartOfIt() {
        var a = extractor.extract("<html><body><article><h1>Quay plan agreed at last</h1><div class='entry-meta-author'><a href="
                + "'/author/anna/'>Anna Berg</a> <a href='https://twitter.com/harbourwriter'>harbourwriter</a></div>" + BODY
                + "</article></body></html>", "https://news.example.com/quay");
        assertThat(a.authors()).containsExactly("Anna Berg");
        // a link to the author's page on the site itself is the name
        var b = extractor.extract("<html><body><article><h1>Quay plan agreed at last</h1><div class='entry-meta-author'><a href="
                + "'https://news.example.com/author/anna/'>Anna Berg</a></div>" + BODY + "</article></body></html>", "https://news.example.com/quay");
        assertThat(b.authors()).containsExactly("Anna Berg");
    }

    @Test
    void aDatelineWithAMonthsNameAndATwoDigitYear() {
        assertThat(published("<h1>Quay plan agreed at last</h1><div><em>( Portmouth, 14 Gennaio 20 )</em>" + BODY + "</div>"))
                .isEqualTo(java.time.LocalDate.of(2020, 1, 14));
        // a time of day after the month is no year
        assertThat(Dates.parseText("am 14. Januar 20:15")).isNull();
        assertThat(Dates.parseText("14. Januar 20 Uhr")).isNull();
        // a four-digit year is still read first
        assertThat(Dates.parseText("14 Gennaio 2019").toLocalDate()).isEqualTo(java.time.LocalDate.of(2019, 1, 14));
    }

    @Test
    void aHiddenCopyOfTheDatesIsNoDateLineReadersAreShown() {
        // the machine copy of the dates is hidden; the line readers see gives the publication day, not the modification day
        var a = extractor.extract("<html><body><article><h1>Quay plan agreed at last</h1><time itemprop='dateModified' class='hidden'>"
                + "2018-08-29 14:15:57</time><time itemprop='datePublished' datetime='2018-06-22 10:20:00' class='hidden'>2018-06-22 10:20:00"
                + "</time><span>22.06.2018 10:20</span>" + BODY + "</article></body></html>", "https://news.example.de/quay");
        assertThat(a.published().toLocalDate()).isEqualTo(java.time.LocalDate.of(2018, 6, 22));
        // a date line readers see that gives the modification day still makes it the page's day
        var b = extractor.extract("<html><body><article><h1>Quay plan agreed at last</h1><time itemprop='dateModified' class='hidden'>"
                + "2018-08-29 14:15:57</time><time itemprop='datePublished' datetime='2018-06-22 10:20:00' class='hidden'>2018-06-22 10:20:00"
                + "</time><span>29.08.2018 14:15</span>" + BODY + "</article></body></html>", "https://news.example.de/quay");
        assertThat(b.published().toLocalDate()).isEqualTo(java.time.LocalDate.of(2018, 8, 29));
    }
}
