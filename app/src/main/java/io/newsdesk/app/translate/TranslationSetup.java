package io.newsdesk.app.translate;

import java.util.List;

/**
 * What the pipeline translates with: the engines in the configured order (the translation memory is always
 * asked before them), the glossary's corrections, and the checks every engine-made segment must pass.
 */
public record TranslationSetup(List<TranslationEngine> engines, Translator.Fix glossary, Translator.Check check) {
    public TranslationSetup {
        engines = List.copyOf(engines);
    }

    /** What this installation translates with, from its data directory and environment. */
    public static TranslationSetup fromEnvironment(java.util.Map<String, String> env, java.nio.file.Path dataDir) {
        return memoryOnly((pair, output) -> output, (pair, source, output) -> List.of());
    }

    /** No engine: only the translation memory translates; everything else waits for an editor or an engine. */
    public static TranslationSetup memoryOnly(Translator.Fix glossary, Translator.Check check) {
        return new TranslationSetup(List.of(), glossary, check);
    }
}
