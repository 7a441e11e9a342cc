package io.newsdesk.app.translate.marian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.app.translate.LanguagePair;
import io.newsdesk.app.translate.TranslationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole local decoding path on the tiny copy model: what goes in must come out. */
class MarianEngineTest {
    private static final LanguagePair RU_EN = LanguagePair.parse("ru-en");

    @TempDir
    Path data;

    private MarianEngine engine(MarianSettings settings) throws Exception {
        TinyModel.copyTo(MarianEngine.modelsDir(data).resolve("ru-en"));
        return new MarianEngine(MarianEngine.modelsDir(data), settings);
    }

    @Test
    void copyModelTranslatesEachSentenceBackToItself() throws Exception {
        try (MarianEngine engine = engine(MarianSettings.DEFAULTS)) {
            assertThat(engine.name()).isEqualTo("marian");
            assertThat(engine.handlesHtml()).isFalse();
            assertThat(engine.supports(RU_EN)).isTrue();
            assertThat(engine.supports(LanguagePair.parse("uk-en"))).isFalse();
            List<String> in = List.of("Привет мир. Как дела?", "", "  Привіт світ!\n\nЯк справи?  ", "Hello world. How are you?");
            assertThat(engine.translate(in, RU_EN)).containsExactlyElementsOf(in);
            assertThat(engine.model(RU_EN)).matches("ru-en@[0-9a-f]{12}");
        }
    }

    @Test
    void sentencesAreDecodedSeparately() throws Exception {
        try (MarianEngine engine = engine(MarianSettings.DEFAULTS)) {
            MarianModel model = engine.loaded(RU_EN);
            // the copy model emits </s> where the source's ends, so one sentence per batch row
            assertThat(model.translate(List.of("Привет мир.", "Как дела?"))).containsExactly("Привет мир.", "Как дела?");
            assertThat(engine.loaded(RU_EN)).isSameAs(model); // one shared model per pair
        }
    }

    @Test
    void batchingGivesTheSameTranslationsAsOneByOne() throws Exception {
        List<String> article = List.of(
                "Президент подписал закон о бюджете на следующий год. В Москве прошла встреча.",
                "Верховна Рада ухвалила закон.",
                "Как дела?",
                "The government said on Monday that prices rose by 3.5 percent. All is well, thank you.",
                "Привет мир.");
        List<String> batched;
        try (MarianEngine engine = engine(MarianSettings.DEFAULTS.withBatchSize(16))) {
            batched = engine.translate(article, RU_EN);
        }
        Path other = data.resolve("other");
        TinyModel.copyTo(MarianEngine.modelsDir(other).resolve("ru-en"));
        List<String> single = new ArrayList<>();
        try (MarianEngine engine = new MarianEngine(MarianEngine.modelsDir(other), MarianSettings.DEFAULTS.withBatchSize(1))) {
            for (String segment : article) single.add(engine.translate(List.of(segment), RU_EN).getFirst());
        }
        assertThat(batched).containsExactlyElementsOf(single).containsExactlyElementsOf(article);
    }

    @Test
    void longSentencesAreCutToTheTokenLimit() throws Exception {
        String sentence = "Президент подписал закон о бюджете на следующий год";
        try (MarianEngine engine = engine(MarianSettings.DEFAULTS.withMaxInputTokens(6))) {
            String out = engine.translate(List.of(sentence), RU_EN).getFirst();
            assertThat(out).isNotEmpty().isNotEqualTo(sentence);
            assertThat(sentence).startsWith(out);
            MarianTokenizer.Encoded e = tokenizer(engine).encode(sentence, 6);
            assertThat(e.truncated()).isTrue();
            assertThat(e.ids()).hasSize(6);
            assertThat(e.ids()[5]).isZero(); // </s> still ends the input
        }
    }

    private static MarianTokenizer tokenizer(MarianEngine engine) throws Exception {
        var field = MarianModel.class.getDeclaredField("tokenizer");
        field.setAccessible(true);
        return (MarianTokenizer) field.get(engine.loaded(RU_EN));
    }

    @Test
    void twoThreadsShareOneSession() throws Exception {
        try (MarianEngine engine = engine(MarianSettings.DEFAULTS); ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<String> a = List.of("Привет мир. Как дела?", "Верховна Рада ухвалила закон у Києві.");
            List<String> b = List.of("Hello world.", "The government said on Monday that prices rose.");
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                List<String> input = t == 0 ? a : b;
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        if (!engine.translate(input, RU_EN).equals(input)) return false;
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : runs) assertThat(f.get()).isTrue();
        }
    }

    @Test
    void aMissingFileIsNamedAndNotRetryable() throws Exception {
        try (MarianEngine engine = engine(MarianSettings.DEFAULTS)) {
            Files.delete(engine.modelDir(RU_EN).resolve("source.spm"));
            assertThat(engine.supports(RU_EN)).isFalse();
            assertThatThrownBy(() -> engine.translate(List.of("Привет."), RU_EN))
                    .isInstanceOfSatisfying(TranslationException.class, e -> assertThat(e.retryable()).isFalse())
                    .hasMessageContaining("missing source.spm");
        }
    }

    @Test
    void noModelDirectoryForThePair() {
        try (MarianEngine engine = MarianEngine.forDataDir(data)) {
            assertThat(engine.supports(RU_EN)).isFalse();
            assertThat(engine.model(RU_EN)).isNull();
            assertThatThrownBy(() -> engine.translate(List.of("Привет."), RU_EN))
                    .isInstanceOfSatisfying(TranslationException.class, e -> assertThat(e.retryable()).isFalse())
                    .hasMessageContaining("no Marian model directory");
        }
    }

    @Test
    void corruptFilesAreNamed() throws Exception {
        for (String file : List.of("encoder_model.onnx", "decoder_model.onnx", "target.spm", "vocab.json", "config.json")) {
            Path dir = data.resolve(file).resolve("ru-en");
            TinyModel.copyTo(dir);
            Files.writeString(dir.resolve(file), "this is not a model file", StandardCharsets.UTF_8);
            try (MarianEngine engine = new MarianEngine(dir.getParent(), MarianSettings.DEFAULTS)) {
                assertThatThrownBy(() -> engine.translate(List.of("Привет."), RU_EN))
                        .as(file)
                        .isInstanceOfSatisfying(TranslationException.class, e -> assertThat(e.retryable()).isFalse())
                        .hasMessageContaining(file);
            }
        }
    }

    @Test
    void aDecoderThatWantsPastKeyValuesIsRefusedClearly() throws Exception {
        Path dir = data.resolve("swapped").resolve("ru-en");
        TinyModel.copyTo(dir);
        // the encoder in the decoder's place has the wrong inputs, as a with-past or merged decoder would
        Files.copy(dir.resolve("encoder_model.onnx"), dir.resolve("decoder_model.onnx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (MarianEngine engine = new MarianEngine(dir.getParent(), MarianSettings.DEFAULTS)) {
            assertThatThrownBy(() -> engine.translate(List.of("Привет."), RU_EN))
                    .isInstanceOf(TranslationException.class)
                    .hasMessageContaining("decoder_model.onnx has inputs");
        }
    }

    @Test
    void aClosedEngineRefusesWork() throws Exception {
        MarianEngine engine = engine(MarianSettings.DEFAULTS);
        engine.translate(List.of("Привет."), RU_EN);
        engine.close();
        assertThatThrownBy(() -> engine.translate(List.of("Привет."), RU_EN)).isInstanceOf(TranslationException.class)
                .hasMessageContaining("shut down");
    }
}
