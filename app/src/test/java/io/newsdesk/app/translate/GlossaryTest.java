package io.newsdesk.app.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {
    private static final LanguagePair RU = new LanguagePair("ru", "en");

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
