package io.newsdesk.app.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsdesk.app.PathologicalText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {
    private static final LanguagePair RU = new LanguagePair("ru", "en");

    /** Issue 18, 3: the variants' alternation and the kept names' patterns are linear on hostile text. */
    @Test
    void finishesOnPathologicalText() {
        Glossary g = Glossary.shipped();
        List<String> hostile = List.of(PathologicalText.combiningMarks('K', 90_000), PathologicalText.withoutSpaces("Kiev", 100_000),
                PathologicalText.withoutSpaces("kiev ", 100_000), "Kiev" + " ".repeat(100_000) + "x", PathologicalText.nestedQuotes(50_000),
                PathologicalText.withoutSpaces("Укрзалізниц", 100_000));
        for (String text : hostile) {
            assertTimeoutPreemptively(PathologicalText.GENEROUS, () -> {
                assertThat(g.violations(RU, text, text)).isNotNull();
                assertThat(g.apply(RU, text)).hasSizeGreaterThan(0);
                assertThat(g.knowsSource(RU, text)).isNotNull();
            }, () -> "on " + text.substring(0, 12) + "… (" + text.length() + " chars)");
        }
    }

    @Test
    void knowsCognatesAndTheSourceFormsOfItsNames() {
        Glossary g = Glossary.shipped();
        assertThat(g.isTargetWord(RU, "plan")).isTrue();
        assertThat(g.isTargetWord(RU, "most")).isFalse();
        assertThat(g.knowsSource(RU, "Харькова")).isTrue();
        assertThat(g.knowsSource(RU, "Обстрел")).isFalse();
    }

    @Test
    void appliesPreferredRenderingsOnWholeWordsKeepingCase() {
        Glossary g = Glossary.shipped();
        assertThat(g.apply(RU, "Kiev's mayor, KIEV, kiev-based; Kievan Rus; Kharkov and Odessa, 200 grivnas, Verkhovnaya  Rada"))
                .isEqualTo("Kyiv's mayor, KYIV, kyiv-based; Kievan Rus; Kharkiv and Odesa, 200 hryvnias, Verkhovna Rada");
    }

    @Test
    void reportsViolationsAndTranslatedKeptNames() {
        Glossary g = Glossary.shipped();
        assertThat(g.violations(RU, "Поезд из Киева в Одессу", "A train from Kiev to Odessa")).containsExactly(
                "glossary: \"Kiev\" where the glossary says \"Kyiv\"", "glossary: \"Odessa\" where the glossary says \"Odesa\"");
        assertThat(g.violations(new LanguagePair("uk", "en"), "«Укрзалізниця» скасувала поїзд", "Ukrainian Railways cancelled a train"))
                .containsExactly("glossary: \"Укрзалізниц\" is a name kept as \"Ukrzaliznytsia\", not translated");
        assertThat(g.violations(RU, "Поезд из Киева", "A train from Kyiv")).isEmpty();
        assertThat(g.policy(RU)).contains("Kyiv");
    }

    @Test
    void aFileInTheDataDirectoryExtendsAndOverridesTheShippedGlossary(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("glossary.json"), """
                {"entries": [
                  {"pairs": ["ru-en"], "source": ["Киев"], "target": "Kyiv", "never": ["Kiew"]},
                  {"pairs": ["ru-en"], "source": ["Бровар"], "target": "Brovary", "never": ["Brovari"]}
                ]}""");
        Glossary g = Glossary.load(data);
        assertThat(g.apply(RU, "Kiew, Kiev and Brovari")).isEqualTo("Kyiv, Kiev and Brovary");
        assertThat(g.apply(RU, "Kharkov")).isEqualTo("Kharkiv");
        assertThat(Glossary.load(data.resolve("missing")).apply(RU, "Kiev")).isEqualTo("Kyiv");
    }
}
