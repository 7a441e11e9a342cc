package io.newsdesk.app.ingest.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void wordsAreLowerCasedRunsOfLettersAndDigitsInAnyScript() {
        assertThat(TextNormalizer.words("Port Iselle's COUNCIL—voted 7-4; «Київ» Москва, Kraków!"))
                .containsExactly("port", "iselle", "s", "council", "voted", "7", "4", "київ", "москва", "kraków");
    }

    @Test
    void presentationFormsFoldToOneSpelling() {
        // full-width digits, a ligature and a decomposed accent are the same words after NFKC
        assertThat(TextNormalizer.words("１２ ﬁshermen Kraków")).containsExactly("12", "fishermen", "kraków");
    }

    @Test
    void aNumberIsOneWordWhateverItsGroupingOrDecimalSeparator() {
        assertThat(TextNormalizer.words("1,200 people, 1.200 Menschen, 4.7 metres, end.")).containsExactly(
                "1200", "people", "1200", "menschen", "47", "metres", "end");
    }

    @Test
    void contentWordsDropFunctionWordsButKeepNamesAndNumbers() {
        assertThat(TextNormalizer.contentWords("The council said it was the most important decision in 10 years"))
                .containsExactly("council", "most", "important", "decision", "10", "years");
        assertThat(TextNormalizer.contentWords("Der Rat hat die Fähre und den Hafen")).containsExactly("rat", "hat", "fähre", "hafen");
        assertThat(TextNormalizer.contentWords("Рада міста що на 5 років")).containsExactly("рада", "міста", "5", "років");
    }
}
