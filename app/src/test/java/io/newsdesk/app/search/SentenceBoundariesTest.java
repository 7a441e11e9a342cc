package io.newsdesk.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The array of boundaries answers every question as the JDK's sentence iterator does, at every offset of a text. */
class SentenceBoundariesTest {
    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of("", "One", "One sentence.", "Ends without a stop", " Leading space. Two.  ",
                "Mr. Berg met Dr. Roe at 10 a.m. on Jan. 5. They spoke.\nA new line! Was it? “Quoted.” — A dash.\n\nNext paragraph…",
                "The harbour reopened.“It was time,” she said.Then it rained (again). 3.5 per cent. U.S. ships left.",
                "Короткое предложение. Ещё одно! Правда? Да.", "港口重新开放。市民欢迎！工程明年开始？"));
        Random r = new Random(7);
        String pieces = "ab. C? d! E\n“F.” g… (h.) 1.5 ¿I? j; K: —l ";
        for (int t = 0; t < 200; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = r.nextInt(120); i < n; i++) b.append(pieces.charAt(r.nextInt(pieces.length())));
            texts.add(b.toString());
        }
        return texts;
    }

    /**
     * {@code following} and {@code isBoundary} as the JDK's answer them; {@code preceding}, {@code next} and
     * {@code previous} as its forward pass finds the boundaries. (The JDK's own {@code preceding} scans backwards with
     * other rules and disagrees with its forward pass after abbreviations: "7.00 P.M." measured at 1.3 % of the offsets
     * of 224 real news texts.)
     */
    @Test
    void answersAsTheJdksSentenceIteratorAtEveryOffset() {
        for (String text : texts()) {
            BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
            SentenceBoundaries ours = new SentenceBoundaries();
            jdk.setText(text);
            ours.setText(text);
            List<Integer> forward = new ArrayList<>();
            for (int b = jdk.first(); b != BreakIterator.DONE; b = jdk.next()) forward.add(b);
            assertThat(ours.first()).isEqualTo(forward.get(0));
            List<Integer> oursForward = new ArrayList<>();
            for (int b = ours.first(); b != BreakIterator.DONE; b = ours.next()) oursForward.add(b);
            assertThat(oursForward).isEqualTo(forward);
            assertThat(ours.last()).isEqualTo(forward.get(forward.size() - 1));
            for (int off = 0; off <= text.length(); off++) {
                String at = "offset " + off + " of \"" + text + "\"";
                assertThat(ours.following(off)).as("following, " + at).isEqualTo(jdk.following(off));
                assertThat(ours.isBoundary(off)).as("isBoundary, " + at).isEqualTo(jdk.isBoundary(off));
                int before = -1;
                for (int b : forward) if (b < off) before = b;
                int preceding = ours.preceding(off);
                assertThat(preceding).as("preceding, " + at).isEqualTo(before < 0 ? BreakIterator.DONE : before);
                assertThat(ours.current()).as("current after preceding, " + at).isEqualTo(before < 0 ? forward.get(0) : before);
                int i = forward.indexOf(ours.current());
                assertThat(ours.next()).as("next, " + at).isEqualTo(i + 1 < forward.size() ? forward.get(i + 1) : BreakIterator.DONE);
                ours.preceding(off);
                assertThat(ours.previous()).as("previous, " + at).isEqualTo(i > 0 ? forward.get(i - 1) : BreakIterator.DONE);
            }
        }
    }
}
