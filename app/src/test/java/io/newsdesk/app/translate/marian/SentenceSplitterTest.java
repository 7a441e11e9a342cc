package io.newsdesk.app.translate.marian;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(SentenceSplitter.Sentence::text).toList();
    }

    @Test
    void splitsAtSentencePunctuationBeforeACapital() {
        assertThat(sentences("Привет мир. Как дела? Всё хорошо!")).containsExactly("Привет мир.", "Как дела?", "Всё хорошо!");
        assertThat(sentences("Він сказав: «Ми готові». Потім пішов.")).containsExactly("Він сказав: «Ми готові».", "Потім пішов.");
        assertThat(sentences("Цены выросли на 3.5 процента. 12 человек ранены.")).containsExactly("Цены выросли на 3.5 процента.", "12 человек ранены.");
    }

    @Test
    void keepsAbbreviationsInitialsAndLowerCaseContinuations() {
        assertThat(sentences("Встреча прошла в 2024 г. В ней участвовали министры.")).hasSize(1);
        assertThat(sentences("Мы купили хлеб, молоко и т.д. и пошли домой.")).hasSize(1);
        assertThat(sentences("Поэт А. С. Пушкин родился в Москве.")).hasSize(1);
        assertThat(sentences("Mr. Smith met Dr. Jones in the U.S. on Monday.")).hasSize(1);
        assertThat(sentences("Он сказал... и замолчал.")).hasSize(1);
    }

    @Test
    void rejoiningKeepsTheWhiteSpace() {
        String text = "  Первое.  Второе!\nТретье?\n\nЗаголовок без точки\n\nКонец";
        StringBuilder back = new StringBuilder(SentenceSplitter.leadingSpace(text));
        for (SentenceSplitter.Sentence s : SentenceSplitter.split(text)) back.append(s.text()).append(s.after());
        assertThat(back.toString()).isEqualTo(text);
        assertThat(sentences(text)).containsExactly("Первое.", "Второе!", "Третье?", "Заголовок без точки", "Конец");
    }

    @Test
    void blankTextHasNoSentences() {
        assertThat(SentenceSplitter.split("")).isEmpty();
        assertThat(SentenceSplitter.split("  \n ")).isEmpty();
    }
}
