package io.newsdesk.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatTest {
    @Test
    void languagesAreNamedInEnglishAndAnUnknownCodeIsShownAsItIs() {
        for (int i = 0; i < 2; i++) { // the second time from the names kept in memory
            assertThat(Format.languageName("de")).isEqualTo("German");
            assertThat(Format.languageName("uk")).isEqualTo("Ukrainian");
            assertThat(Format.languageName("pt-BR")).isEqualTo("Portuguese");
            assertThat(Format.languageName("not a language")).isEqualTo("not a language");
            assertThat(Format.languageName(" ")).isEmpty();
            assertThat(Format.languageName(null)).isEmpty();
        }
    }
}
