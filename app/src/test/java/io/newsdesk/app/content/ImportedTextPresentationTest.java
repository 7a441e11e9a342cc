package io.newsdesk.app.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13, hand-written fixtures: excerpts come from the body's paragraphs (never a caption, credit, byline or a
 * dateline alone), the lead picture is not repeated at the top of the body, credits are stored without their label
 * in any language, and names in Cyrillic are written in Latin letters by one table shared with slugs.
 */
class ImportedTextPresentationTest {
    private static final String LEAD = "https://images.outlet.example/media/tidal-station-1200x675.jpg";

    @Test
    void theExcerptIsCutFromTheBodysParagraphsNotFromItsFigureBylineOrDateline() {
        BodyHtml.Clean body = BodyHtml.sanitize("""
                <figure><img src="/media/harbour.jpg" alt="Photo: Jan Roe / Fixture Agency">
                  <figcaption>The harbour at dawn. <span>Photo: Jan Roe / Fixture Agency</span></figcaption></figure>
                <p>By Jan Roe</p>
                <p>Updated 3 June 2026, 10:42</p>
                <p>PORTHAVEN, June 3 (Reuters) - The tidal power station began feeding the grid on Monday.</p>
                <p>Engineers said the turbines met every test.</p>""", "https://outlet.example/news/1");
        String excerpt = Excerpts.of(body.lead());
        assertThat(excerpt).startsWith("PORTHAVEN, June 3 (Reuters) - The tidal power station began")
                .contains("Engineers said").doesNotContain("Photo", "Jan Roe", "harbour at dawn", "Updated");
        // the body itself keeps everything: only what excerpts are cut from changes
        assertThat(body.text()).contains("The harbour at dawn.").contains("By Jan Roe");
    }

    @Test
    void aDatelineStandingAloneIsNotAnOpeningButOneThatOpensTheSentenceStays() {
        assertThat(Excerpts.lead(parse("<p>LONDON, May 3 (Reuters) -</p><p>The bank kept its rate at 4 per cent.</p>")))
                .isEqualTo("The bank kept its rate at 4 per cent.");
        assertThat(Excerpts.lead(parse("<p>LONDON, May 3 (Reuters) - The bank kept its rate.</p>")))
                .isEqualTo("LONDON, May 3 (Reuters) - The bank kept its rate.");
        assertThat(Excerpts.lead(parse("<p>Фото: Приморская газета</p><p>Автор: Марина Соколова</p><p>Паром вышел в море.</p>")))
                .isEqualTo("Паром вышел в море.");
        // a short sentence is a paragraph like any other; a body without paragraphs gives its text without figures
        assertThat(Excerpts.lead(parse("<p>Yes.</p><p>No</p>"))).isEqualTo("Yes.");
        assertThat(Excerpts.lead(parse("<figure><figcaption>Caption</figcaption></figure><div>Text in a div</div>")))
                .isEqualTo("Text in a div");
        assertThat(Excerpts.lead(parse("<figure><figcaption>Only a caption</figcaption></figure>"))).isEqualTo("Only a caption");
        // a heading long enough to be a standfirst opens the text; a short heading does not
        assertThat(Excerpts.lead(parse("<h2>Short heading</h2><h2>The council will decide on the new harbour bridge next week after "
                + "a year of debate</h2><p>Text.</p>"))).startsWith("The council will decide").endsWith("debate Text.");
    }

    @Test
    void theBodysFirstImageIsDroppedWhenItIsTheLeadImage() {
        // the same file in another size, with a query: the lead picture again, with its figure and caption
        String repeated = "<figure><a href=\"/big\"><img src=\"https://images.outlet.example/media/tidal-station.jpg?w=800\" "
                + "alt=\"Photo: Jan Roe\"></a><figcaption>Caption</figcaption></figure><p>Text.</p>"
                + "<p><img src=\"https://images.outlet.example/media/chart.png\"></p>";
        BodyHtml.Clean clean = BodyHtml.sanitize(repeated, "https://outlet.example/", LEAD);
        assertThat(clean.html()).doesNotContain("tidal-station", "<figure>", "Caption").contains("chart.png").startsWith("<p>Text.</p>");
        // an image in a paragraph goes with the wrappers it leaves empty
        BodyHtml.Clean inParagraph = BodyHtml.sanitize("<p><a href=\"/x\"><img src=\"" + LEAD + "\"></a></p><p>Text.</p>",
                "https://outlet.example/", LEAD);
        assertThat(inParagraph.html()).isEqualTo("<p>Text.</p>");
        // another picture first: the body keeps it (and the lead later on stays too: only the opening repeats)
        BodyHtml.Clean other = BodyHtml.sanitize("<p><img src=\"https://images.outlet.example/media/map.png\"></p><p>Text.</p>",
                "https://outlet.example/", LEAD);
        assertThat(other.html()).contains("map.png");
        assertThat(LeadFigure.same("http://IMAGES.outlet.example/media/tidal-station-1200x675.jpg#x", LEAD)).isTrue();
        assertThat(LeadFigure.same("https://cdn.example/media/tidal-station@2x.jpg", LEAD)).isTrue();
        assertThat(LeadFigure.same("https://images.outlet.example/media/tidal-power.jpg", LEAD)).isFalse();
    }

    @Test
    void creditsAreStoredWithoutTheirLabelInAnyLanguageAndShownWithTheSitesOnce() {
        assertThat(Credits.strip("Photo: Photo: Coastline Courier / Elin Vast")).isEqualTo("Coastline Courier / Elin Vast");
        assertThat(Credits.strip("Фото: Приморская газета / Иван Петров")).isEqualTo("Приморская газета / Иван Петров");
        assertThat(Credits.strip("FOTO: © dpa")).isEqualTo("dpa");
        assertThat(Credits.strip("Zdjęcie: PAP/Leszek Szymański")).isEqualTo("PAP/Leszek Szymański");
        assertThat(Credits.strip("Bild: Anna Berg")).isEqualTo("Anna Berg");
        assertThat(Credits.strip("Image credit: NASA")).isEqualTo("NASA");
        assertThat(Credits.strip("Fotocredit: Ilze Kitshoff")).isEqualTo("Ilze Kitshoff");
        assertThat(Credits.strip("Photograph by Jan Roe")).isEqualTo("Jan Roe");
        assertThat(Credits.strip("© <b>Reuters</b>")).isEqualTo("Reuters");
        // a label word that is the name itself, without a separator, stays
        assertThat(Credits.strip("Image Bank / Getty")).isEqualTo("Image Bank / Getty");
        assertThat(Credits.strip("Photo:")).isNull();
        assertThat(Credits.line("en", "Фото: Приморская газета")).isEqualTo("Photo: Приморская газета");
        assertThat(Credits.line("de", "Photo: Photo: AP")).isEqualTo("Foto: AP");
        assertThat(Credits.line("en", null)).isNull();
        assertThat(Credits.labelled("Photo: Jan Roe / Fixture Agency")).isTrue();
        assertThat(Credits.labelled("Photography is the subject of the exhibition opening on Monday.")).isFalse();
    }

    @Test
    void namesAreRomanizedByTheTableSlugsUse() {
        assertThat(Romanization.latin("Марина Соколова", "ru")).isEqualTo("Marina Sokolova");
        assertThat(Romanization.latin("Приморская газета / Иван Петров", null)).isEqualTo("Primorskaya gazeta / Ivan Petrov");
        assertThat(Romanization.latin("Олександр Гнатюк", "uk")).isEqualTo("Oleksandr Hnatiuk");
        assertThat(Romanization.latin("Дар'я Юрченко", "uk")).isEqualTo("Daria Iurchenko");
        assertThat(Romanization.latin("ЖКХ и Щукин", "ru")).isEqualTo("ZHKKH i Shchukin");
        assertThat(Romanization.latin("Jan Roe", "ru")).isEqualTo("Jan Roe");
        // slugs read the same table
        assertThat(Slugs.of("Марина Соколова")).isEqualTo(Slugs.of(Romanization.latin("Марина Соколова", "ru")));
        assertThat(Slugs.of("Don't stop")).isEqualTo("dont-stop");
    }

    @Test
    void titlesAreComparedByTheirWords() {
        assertThat(CleanText.sameWords("Port opens: new quay", "port opens — new  quay!")).isTrue();
        assertThat(CleanText.sameWords("Port opens", "Port closes")).isFalse();
    }

    private static org.jsoup.nodes.Element parse(String html) {
        return org.jsoup.Jsoup.parseBodyFragment(html).body();
    }
}
