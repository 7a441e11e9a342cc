package io.newsdesk.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    /** One shared identifier, as the pipeline uses it: the site's en plus sources in de and pl (ru, uk, en always). */
    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier(List.of("en", "de", "pl"));

    private static String detect(String text, String hint) {
        return IDENTIFIER.detect(text, hint);
    }

    @Test
    void alwaysKnowsRussianUkrainianAndEnglishAndSkipsUnknownCodes() {
        LanguageIdentifier id = new LanguageIdentifier(List.of("de-AT", "xx", "klingon", "EN_gb", "und", "auto"));
        assertThat(id.languages()).containsExactly("de", "en", "ru", "uk");
        assertThat(IDENTIFIER.languages()).containsExactly("de", "en", "pl", "ru", "uk");
    }

    @Test
    void russianAndUkrainianParagraphs() {
        assertThat(detect(Texts.RUSSIAN, null)).isEqualTo("ru");
        assertThat(detect(Texts.UKRAINIAN, null)).isEqualTo("uk");
        // the letters outweigh a wrong declaration
        assertThat(detect(Texts.RUSSIAN, "uk")).isEqualTo("ru");
        assertThat(detect(Texts.UKRAINIAN, "ru")).isEqualTo("uk");
    }

    @Test
    void withoutTheDistinguishingLettersLinguaDecides() {
        assertThat(detect(Texts.RUSSIAN_WITHOUT_MARKERS, null)).isEqualTo("ru");
        assertThat(detect(Texts.UKRAINIAN_WITHOUT_MARKERS, null)).isEqualTo("uk");
        assertThat(detect(Texts.RUSSIAN_WITHOUT_MARKERS, "auto")).isEqualTo("ru");
    }

    @Test
    void onShortTitlesTheDeclaredLanguageBreaksTies() {
        // the same words in Russian and Ukrainian
        assertThat(detect("Погода на завтра", "ru")).isEqualTo("ru");
        assertThat(detect("Погода на завтра", "uk")).isEqualTo("uk");
        assertThat(detect("Погода на завтра", "ru-RU")).isEqualTo("ru");
        // a short Latin title readable as English or German
        assertThat(detect("Hotel Berlin", "de")).isEqualTo("de");
        assertThat(detect("Hotel Berlin", "en")).isEqualTo("en");
        // without a hint, a short title Lingua is sure enough about
        assertThat(detect("Парламент ухвалив бюджет", null)).isEqualTo("uk");
        assertThat(detect("Regierung beschließt Haushalt", null)).isEqualTo("de");
    }

    @Test
    void theHintIsNotTheTruth() {
        assertThat(detect(Texts.ENGLISH, "ru")).isEqualTo("en");
        assertThat(detect(Texts.ENGLISH, "de")).isEqualTo("en");
        assertThat(detect(Texts.GERMAN, "en")).isEqualTo("de");
        assertThat(detect("Погода на завтра", "en")).isIn("ru", "uk", "und");
        assertThat(detect("Government approves new budget", "ru")).isEqualTo("en");
        // long enough for Lingua to outweigh a wrong declaration even without the distinguishing letters
        assertThat(detect(Texts.UKRAINIAN_WITHOUT_MARKERS, "ru")).isEqualTo("uk");
        assertThat(detect(Texts.RUSSIAN_WITHOUT_MARKERS, "uk")).isEqualTo("ru");
    }

    @Test
    void germanPolishAndEnglishParagraphs() {
        assertThat(detect(Texts.GERMAN, null)).isEqualTo("de");
        assertThat(detect(Texts.POLISH, null)).isEqualTo("pl");
        assertThat(detect(Texts.ENGLISH, null)).isEqualTo("en");
        assertThat(detect(Texts.POLISH, "pl-PL")).isEqualTo("pl");
    }

    @Test
    void nothingToGoOnIsUndetermined() {
        assertThat(detect(null, "en")).isEqualTo("und");
        assertThat(detect("", null)).isEqualTo("und");
        assertThat(detect("   \n\t ", "ru")).isEqualTo("und");
        assertThat(detect("12 345 — 67,89 % (2026) 10:30", "en")).isEqualTo("und");
        assertThat(detect("!!! ??? …", null)).isEqualTo("und");
    }

    @Test
    void halfOneScriptHalfAnotherIsUndetermined() {
        String mixed = "Президент подписал закон о налоговой реформе. The president signed the tax reform law today.";
        assertThat(detect(mixed, null)).isEqualTo("und");
    }

    @Test
    void aVeryLongTextIsReadOnlyAtItsStart() {
        String huge = (Texts.UKRAINIAN_WITHOUT_MARKERS + " ").repeat(20_000) + Texts.RUSSIAN.repeat(20_000);
        assertThat(huge.length()).isGreaterThan(4_000_000);
        detect(Texts.ENGLISH, null); // models loaded before timing
        long start = System.nanoTime();
        String found = detect(huge, null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(found).isEqualTo("uk"); // the Russian tail lies beyond the sample
        assertThat(millis).as("detection on the first 2000 characters only").isLessThan(2_000);
        assertThat(TextSample.of(huge).text().length()).isLessThanOrEqualTo(TextSample.MAX_CHARS);
    }

    @Test
    void otherCyrillicLanguagesLoadedStillGetRussianAndUkrainianRight() {
        LanguageIdentifier withBulgarian = new LanguageIdentifier(List.of("bg"));
        assertThat(withBulgarian.detect(Texts.RUSSIAN, null)).isEqualTo("ru");
        assertThat(withBulgarian.detect(Texts.UKRAINIAN, null)).isEqualTo("uk");
        assertThat(withBulgarian.detect("""
                Правителството одобри новия бюджет за следващата година. Разходите за образование и \
                здравеопазване ще се увеличат, а дефицитът ще бъде намален до три процента.""", null)).isEqualTo("bg");
    }

    @Test
    void sharedAcrossThreads() throws Exception {
        LanguageIdentifier fresh = new LanguageIdentifier(List.of("de", "pl"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String text = switch (i % 4) {
                    case 0 -> Texts.GERMAN;
                    case 1 -> Texts.POLISH;
                    case 2 -> Texts.ENGLISH;
                    default -> Texts.RUSSIAN_WITHOUT_MARKERS;
                };
                results.add(pool.submit(() -> fresh.detect(text, null)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(List.of("de", "pl", "en", "ru").get(i % 4));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDeclaredLanguageWithoutALoadedModelIsTakenAsDeclared() {
        LanguageIdentifier withoutGerman = new LanguageIdentifier(List.of("en"));
        assertThat(withoutGerman.detect(Texts.GERMAN, "de")).isEqualTo("de");
        assertThat(withoutGerman.detect(Texts.GERMAN, null)).isNotEqualTo("de"); // without the hint it cannot know
        assertThat(IDENTIFIER.detect(Texts.ENGLISH, "de")).isEqualTo("en"); // a loaded hint is only a hint
    }

    @Test
    void aLatinTextIsInTheOnlyLoadedLatinLanguageAsLinguaWouldSay() {
        // en is the only loaded language written in Latin letters (ru and uk are Cyrillic): no model needed
        LanguageIdentifier englishSite = new LanguageIdentifier(List.of("en"));
        assertThat(englishSite.detect(Texts.ENGLISH, null)).isEqualTo("en");
        assertThat(englishSite.detect(Texts.ENGLISH, "ru")).isEqualTo("en");
        assertThat(englishSite.detect(Texts.RUSSIAN, "en")).isEqualTo("ru");
        // with two Latin languages loaded the models decide, and a German text is German
        assertThat(IDENTIFIER.detect(Texts.GERMAN, "en")).isEqualTo("de");
        assertThat(new LanguageIdentifier(List.of("en", "de")).detect(Texts.GERMAN, null)).isEqualTo("de");
    }
}
