package io.newsdesk.app.translate.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsdesk.app.PathologicalText;
import io.newsdesk.app.translate.LanguagePair;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TranslationGuardTest {
    private static final LanguagePair RU = new LanguagePair("ru", "en");
    private static final LanguagePair UK = new LanguagePair("uk", "en");
    private static TranslationGuard guard;

    @BeforeAll
    static void load() {
        guard = TranslationGuard.shipped();
    }

    @Test
    void holdsTheReferenceSitesTransliteratedTitle() {
        Verdict v = guard.check(RU, "Сколько дронов и ракет задержала оборона с начала недели",
                "Skolko Dronov and missiles detained the pattern with the beginning of the week");
        assertThat(v.held()).isTrue();
        assertThat(v.line()).startsWith("hold: ").contains("transliterated, not translated: \"Skolko\" (Сколько), \"Dronov\" (дронов)");
    }

    @Test
    void holdsInventedCapitalisedWords() {
        Verdict v = guard.check(UK, "Беспілотник атакував автомобіль міжнародної гуманітарної організації",
                "Nambuznik Attakabel Car of an international humanitarian organization");
        assertThat(v.reasons()).anyMatch(r -> r.startsWith("not English and not in the source: \"Nambuznik\", \"Attakabel\""));
    }

    @Test
    void passesTransliteratedNamesPlacesNumbersAndLinks() {
        assertThat(guard.check(RU, "Зеленский встретился с Мицотакисом в Харькове, сообщил Андрей Ермак: https://t.me/x/12.",
                "Zelensky met Mitsotakis in Kharkiv, Andriy Yermak said: https://t.me/x/12.").line()).isEqualTo("pass");
        assertThat(guard.check(UK, "Голова Херсонської ОВА Олександр Прокудін повідомив про 3 поранених.",
                "The head of the Kherson regional military administration, Oleksandr Prokudin, reported 3 injured.").line())
                .isEqualTo("pass");
    }

    @Test
    void aCapitalisedStartIsANameOnlyWithEvidence() {
        // no evidence: "Атака" starting a title is a common word, transliterated
        assertThat(guard.check(RU, "Атака на Одессу.", "Ataka on Odesa.").reasons()).anyMatch(r -> r.contains("\"Ataka\" (Атака)"));
        assertThat(guard.check(UK, "Повінь у Закарпатті", "Povin in Zakarpattia").held()).isTrue();
        // a common noun before a name is not a first name: the translation does not keep them side by side
        assertThat(guard.check(RU, "Затопление Каховки: новые данные", "Zatoplenie of Kakhovka: new data").held()).isTrue();
        // evidence of a name: the shape of a surname, a colon (a speaker), a first name before a surname, the glossary
        assertThat(guard.check(RU, "Ковальчук возглавил сборную", "Kovalchuk to lead the national team").line()).isEqualTo("pass");
        assertThat(guard.check(UK, "Маляр: ситуація на фронті складна", "Maliar: the situation at the front is difficult").line()).isEqualTo("pass");
        assertThat(guard.check(UK, "Мирослава Мартинюк очолила комітет", "Myroslava Martyniuk heads the committee").line()).isEqualTo("pass");
        assertThat(guard.check(UK, "Енергодар знову без води", "Enerhodar without water again").line()).isEqualTo("pass");
    }

    @Test
    void theArticleShowsWhetherATitlesFirstWordIsAName() {
        String title = "Гаврош уходит из театра";
        String article = title + "\n\nАктер Михаил Гаврош объявил, что уходит из театра после 30 лет работы.";
        assertThat(guard.check(RU, title, "Gavrosh leaves the theatre").held()).as("alone, no evidence").isTrue();
        assertThat(guard.check(RU, title, "Gavrosh leaves the theatre", article).line()).isEqualTo("pass");
        String common = "Потоп в подвале театра";
        assertThat(guard.check(RU, common, "Potop in the theatre basement", common + "\n\nПотоп случился ночью, потоп залил сцену.").held()).isTrue();
    }

    @Test
    void holdsTransliteratedAbbreviationsButNotEnglishOnes() {
        assertThat(guard.check(RU, "Работы ЖКХ в Самаре", "ZhKKh works in Samara").reasons()).anyMatch(r -> r.contains("\"ZhKKh\" (ЖКХ)"));
        assertThat(guard.check(UK, "Рішення РНБО набуло чинності", "The RNBO decision took effect").held()).isTrue();
        assertThat(guard.check(RU, "Данные ГИБДД за неделю", "GIBDD data for the week").held()).isTrue();
        // written so in English, or by the glossary
        assertThat(guard.check(RU, "Генсек НАТО приедет в Киев", "The NATO Secretary General will come to Kyiv").line()).isEqualTo("pass");
        assertThat(guard.check(UK, "НАБУ повідомило про підозру", "NABU announced a notice of suspicion").line()).isEqualTo("pass");
        assertThat(guard.check(RU, "ФСБ задержала студента", "The FSB detained a student").line()).isEqualTo("pass");
        // an abbreviation that is not a spelling of the source's (OSCE for ОБСЕ) is the translator's own
        assertThat(guard.check(RU, "Миссия ОБСЕ покинула город", "The OSCE mission left the city").line()).isEqualTo("pass");
    }

    @Test
    void holdsShortEnglishWordsThatSpellASourceWord() {
        assertThat(guard.check(RU, "Над рекой поднялся пар", "Par rose over the river").reasons()).anyMatch(r -> r.contains("\"Par\" (пар)"));
        assertThat(guard.check(RU, "Утренний бег полезен для сердца", "A morning beg is good for the heart").held()).isTrue();
        assertThat(guard.check(RU, "Врачи советуют долгий сон", "Doctors recommend a long son").held()).isTrue();
        assertThat(guard.check(UK, "Мама дала синові лук", "Mother gave her son a bow").line()).isEqualTo("pass");
        // cognates the glossary lists, and function words that spell English ones by chance (но: no, он: on)
        assertThat(guard.check(RU, "Банк утвердил план на год", "The bank approved the plan for the year").line()).isEqualTo("pass");
        assertThat(guard.check(RU, "Ему 20 лет, и ему не дали уйти", "He is 20 and they did not let him leave").line()).isEqualTo("pass");
    }

    @Test
    void holdsCyrillicLeftIdenticalTruncatedAndGlossaryViolations() {
        assertThat(guard.check(RU, "Цены на бензин снова выросли", "Цены on petrol rose again").reasons())
                .contains("Cyrillic letters left in the output: \"Цены\"");
        assertThat(guard.check(UK, "Тривога по всій Україні", "Тривога по всій Україні").reasons())
                .contains("output identical to the source (not translated)");
        assertThat(guard.check(RU, "Спасатели извлекли из-под завалов тела еще четырех человек, среди них двое детей.", "Rescuers recovered")
                .reasons()).anyMatch(r -> r.startsWith("length 0.") && r.endsWith("(cut short?)"));
        assertThat(guard.check(RU, "Атака на Киев", "Attack on Kiev").line())
                .isEqualTo("hold: glossary: \"Kiev\" where the glossary says \"Kyiv\"");
    }

    @Test
    void holdsAHighShareOfNonEnglishWords() {
        Verdict v = guard.check(RU, "Водители жалуются на очереди на границе.", "voditeli zhaluyutsya on ocheredi at the granitse.");
        assertThat(v.reasons()).anyMatch(r -> r.matches("\\d+% of the words are not English \\(limit 34%\\)"));
    }

    /**
     * Masking addresses is linear in the output: "a@" repeated made \\S+@\\S+ try every start and backtrack
     * to the end of the run.
     */
    @Test
    void manyAtSignsAreMaskedInLinearTime() {
        String manyAts = "a@".repeat(50_000);
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(2),
                () -> assertThat(guard.check(RU, "Привет", manyAts)).isNotNull());
    }

    /**
     * Issue 18, 3: the guard is linear on hostile text. Before, one long word cost quadratic time (the closed
     * compound check tried every split of it: 90,000 marks took minutes) and so did a long source word.
     */
    @Test
    void finishesOnPathologicalTextInBothSourceAndOutput() {
        List<String> hostile = List.of(PathologicalText.combiningMarks('Z', 90_000), PathologicalText.combiningMarks('Ж', 90_000),
                PathologicalText.withoutSpaces("x", 100_000), PathologicalText.withoutSpaces("Ab", 100_000),
                PathologicalText.withoutSpaces("я", 100_000), PathologicalText.withoutSpaces("«Н»", 100_000),
                PathologicalText.nestedQuotes(50_000), PathologicalText.withoutSpaces("ВСУ ", 100_000));
        for (String text : hostile) {
            assertTimeoutPreemptively(PathologicalText.GENEROUS, () -> {
                assertThat(guard.check(RU, "Обычный заголовок новости", text)).isNotNull();
                assertThat(guard.check(UK, text, "An ordinary news headline")).isNotNull();
                assertThat(guard.check(RU, text, text, text)).isNotNull();
            }, () -> "on " + text.substring(0, 12) + "… (" + text.length() + " chars)");
        }
    }

    @Test
    void linksAddressesAndHandlesAreStillMaskedBeforeCountingWords() {
        Verdict v = guard.check(RU, "Подробности на сайте", "Details at https://zqxv.example/Blorptik, mail zqxv@blorp.example or @Zorbnik #Quexal");
        assertThat(v.held()).as(v.line()).isFalse();
    }
}
