package io.newsdesk.app.translate;

import io.newsdesk.app.translate.guard.EnglishWords;
import io.newsdesk.app.translate.marian.MarianEngine;
import io.newsdesk.app.translate.guard.TranslationGuard;
import io.newsdesk.app.translate.remote.DeepLEngine;
import io.newsdesk.app.translate.remote.LibreTranslateEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the pipeline translates with: the engines in the configured order (the translation memory is always
 * asked before them), the glossary's corrections, and the checks every engine-made segment must pass.
 */
public record TranslationSetup(List<TranslationEngine> engines, Translator.Fix glossary, Translator.Check check)
        implements AutoCloseable {
    /** The engines' order unless {@code NEWSDESK_TRANSLATION_ENGINES} says otherwise; unconfigured ones are skipped. */
    public static final String DEFAULT_ORDER = "marian,deepl,libretranslate";

    public TranslationSetup {
        engines = List.copyOf(engines);
    }

    /**
     * The engines configured in the environment, in the order of {@code NEWSDESK_TRANSLATION_ENGINES}: the local
     * engine for each pair with a model in {@code <data>/models/<pair>}, DeepL when a key is set, LibreTranslate
     * when its URL is set.
     */
    public static TranslationSetup fromEnvironment(Map<String, String> env, Path dataDir) {
        List<TranslationEngine> engines = new ArrayList<>();
        for (String name : env.getOrDefault("NEWSDESK_TRANSLATION_ENGINES", DEFAULT_ORDER).split(",")) {
            Optional<? extends TranslationEngine> engine = switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "deepl" -> DeepLEngine.fromEnvironment(env);
                case "libretranslate" -> LibreTranslateEngine.fromEnvironment(env);
                case "marian" -> Optional.of(MarianEngine.forDataDir(dataDir)); // supports the pairs with an installed model
                case "" -> Optional.empty();
                default -> throw new IllegalArgumentException("unknown translation engine '" + name.strip()
                        + "' in NEWSDESK_TRANSLATION_ENGINES (known: " + DEFAULT_ORDER + ")");
            };
            engine.ifPresent(engines::add);
        }
        Glossary glossary;
        try {
            glossary = Glossary.load(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the glossary in " + dataDir + ": " + e.getMessage(), e);
        }
        return new TranslationSetup(engines, glossary, guarded(glossary));
    }

    /**
     * Every engine-made segment is checked by the guard, which includes the glossary's rules. The guard's word
     * list (10 MB of heap) is read on the first check, not when the site starts: many sites never use an engine.
     */
    public static Translator.Check guarded(Glossary glossary) {
        return new Translator.Check() {
            private volatile TranslationGuard guard;

            @Override
            public List<String> problems(LanguagePair pair, String source, String output) {
                return problems(pair, source, output, null);
            }

            @Override
            public List<String> problems(LanguagePair pair, String source, String output, String article) {
                TranslationGuard g = guard;
                if (g == null) {
                    synchronized (this) {
                        if (guard == null) guard = new TranslationGuard(EnglishWords.load(), glossary);
                        g = guard;
                    }
                }
                return g.check(pair, source, output, article).reasons();
            }
        };
    }

    /** No engine: only the translation memory translates; everything else waits for an editor or an engine. */
    public static TranslationSetup memoryOnly(Translator.Fix glossary, Translator.Check check) {
        return new TranslationSetup(List.of(), glossary, check);
    }

    @Override
    public void close() {
        for (TranslationEngine e : engines) {
            if (e instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // closing an HTTP client or a model session: nothing left to do on failure
                }
            }
        }
    }
}
