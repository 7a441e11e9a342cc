package io.newsdesk.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RussianOrUkrainianLettersTest {
    @Test
    void lettersOfOneKindDecide() {
        assertThat(RussianOrUkrainianLetters.decide(Texts.RUSSIAN)).isEqualTo("ru");
        assertThat(RussianOrUkrainianLetters.decide(Texts.UKRAINIAN)).isEqualTo("uk");
        assertThat(RussianOrUkrainianLetters.decide("ЁЛКА")).isEqualTo("ru");
        assertThat(RussianOrUkrainianLetters.decide("ҐАНОК")).isEqualTo("uk");
    }

    @Test
    void theWrittenTestTextsReallyLackTheMarkers() {
        assertThat(RussianOrUkrainianLetters.decide(Texts.RUSSIAN_WITHOUT_MARKERS)).isNull();
        assertThat(RussianOrUkrainianLetters.decide(Texts.UKRAINIAN_WITHOUT_MARKERS)).isNull();
        assertThat(Texts.RUSSIAN_WITHOUT_MARKERS + Texts.UKRAINIAN_WITHOUT_MARKERS).doesNotContainPattern("[іїєґыэъёІЇЄҐЫЭЪЁ]");
    }

    @Test
    void whenBothKindsAppearTheMoreFrequentWins() {
        // a Ukrainian report quoting a Russian phrase, and the other way round
        assertThat(RussianOrUkrainianLetters.decide(Texts.UKRAINIAN + " Він сказав: «мы этого не знали».")).isEqualTo("uk");
        assertThat(RussianOrUkrainianLetters.decide(Texts.RUSSIAN + " Он сказал: «Київ»."))
                .isEqualTo("ru");
        assertThat(RussianOrUkrainianLetters.decide("ы і")).isNull();
    }
}
