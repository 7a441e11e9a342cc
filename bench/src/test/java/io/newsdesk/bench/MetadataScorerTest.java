package io.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataScorerTest {
    @Test
    void normMetaIsNfkcCasefoldAndCollapsedSpaces() {
        assertThat(MetadataScorer.normMeta("  Die GROSSE  Straße\u2003—\tTitel ")).isEqualTo("die grosse strasse — titel");
        assertThat(MetadataScorer.normMeta("\uFB01ona\u00a0")).isEqualTo("fiona");
    }

    @Test
    void titleForgivesASiteSuffixButNotAPrefix() {
        assertThat(MetadataScorer.titleCorrect("Berne interdit le chlorothalonil | TDG", "Berne interdit le chlorothalonil")).isTrue();
        assertThat(MetadataScorer.titleCorrect("BERNE interdit le  chlorothalonil", "Berne interdit le chlorothalonil")).isTrue();
        assertThat(MetadataScorer.titleCorrect("TDG | Berne interdit", "Berne interdit")).isFalse();
        assertThat(MetadataScorer.titleCorrect("Berne interdit | ", "Berne interdit")).isFalse();
        assertThat(MetadataScorer.titleCorrect("Berne interdit: la suite", "Berne interdit")).isFalse();
        assertThat(MetadataScorer.titleCorrect("Berne interdit – TDG", "Berne interdit")).isTrue();
        assertThat(MetadataScorer.titleExact("Berne interdit – TDG", "Berne interdit")).isFalse();
        assertThat(MetadataScorer.titleCorrect("", "Berne interdit")).isFalse();
    }

    @Test
    void authorNamesAsPythonSplitsThem() {
        // Expected values computed with the README's definition in Python.
        assertThat(MetadataScorer.names("Von Roland Brockmann und Sebastian Drescher"))
                .containsExactly("sebastian drescher", "von roland brockmann");
        assertThat(MetadataScorer.names("dpa/lno")).containsExactly("dpa", "lno");
        assertThat(MetadataScorer.names("Maria y José")).containsExactly("josé", "maria");
        assertThat(MetadataScorer.names("Sandy Young")).containsExactly("sandy young");
        assertThat(MetadataScorer.names("ANDREW Ayers and Étienne")).containsExactly("andrew ayers", "étienne");
        assertThat(MetadataScorer.names("Straße Groß")).containsExactly("strasse gross");
        assertThat(MetadataScorer.authorCorrect("Jan Brandt; Anna Müller", "Anna Müller, Jan Brandt")).isTrue();
        assertThat(MetadataScorer.authorCorrect("Anna Müller", "Anna Müller, Jan Brandt")).isFalse();
    }

    @Test
    void dateMustBeTheIsoDay() {
        assertThat(MetadataScorer.dateCorrect(" 2019-12-12 ", "2019-12-12")).isTrue();
        assertThat(MetadataScorer.dateCorrect("2019-12-12T10:00:00Z", "2019-12-12")).isFalse();
        assertThat(MetadataScorer.dateCorrect(null, "2019-12-12")).isFalse();
    }

    @Test
    void scoresFieldsAndSnippets() {
        Map<String, MetadataScorer.Truth> truths = new LinkedHashMap<>();
        truths.put("a", new MetadataScorer.Truth("Title A", "Anna", "2020-01-02",
                List.of("first  sentence", "last one"), List.of("Subscribe now", "Related"), null));
        truths.put("b", new MetadataScorer.Truth("Title B", null, "2021-03-04", List.of("body b"), List.of("cookie"), null));
        truths.put("c", new MetadataScorer.Truth("Title C", "Carl", "2022-05-06", List.of("c text"), List.of("ads"), null));
        Map<String, MetadataScorer.Prediction> predictions = Map.of(
                "a", new MetadataScorer.Prediction("Title A - Site", "anna", "2020-01-02", "The first\nsentence. Related stories"),
                "b", new MetadataScorer.Prediction("Other", "Someone", "", "body b"));
        MetadataScorer.Result r = MetadataScorer.score(truths, predictions);
        assertThat(r.title()).isEqualTo(new MetadataScorer.Field(1, 2, 3));
        assertThat(r.titleExact().correct()).isZero();
        assertThat(r.author()).isEqualTo(new MetadataScorer.Field(1, 1, 2));
        assertThat(r.date()).isEqualTo(new MetadataScorer.Field(1, 1, 3));
        // a: "first sentence" found across the line break, "last one" not, "Related" found;
        // b: found, clean; c: no text, so its snippet is missed and its boilerplate absent.
        assertThat(r.body()).isEqualTo(new MetadataScorer.Body(2, 1, 2, 3));
        assertThat(r.body().f1()).isEqualTo(4.0 / (4 + 1 + 2));
        assertThat(r.body().withoutAbsent()).isEqualTo(0.75);
    }
}
