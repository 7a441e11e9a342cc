package io.newsdesk.app.cli;

import io.newsdesk.app.translate.Glossary;
import io.newsdesk.app.translate.LanguagePair;
import io.newsdesk.app.translate.guard.EnglishWords;
import io.newsdesk.app.translate.guard.TranslationGuard;
import io.newsdesk.app.translate.guard.Verdict;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsdesk translation}: tools around machine translation. */
@Command(name = "translation", mixinStandardHelpOptions = true,
        description = "Translation tools.",
        subcommands = {TranslationCommand.Check.class, CommandLine.HelpCommand.class})
final class TranslationCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The source languages translated into the site's language (English). */
    enum From { ru, uk }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Run the translation guard on one translation into English and print one line: 'pass', or 'hold: ' and the reasons separated by '; '.",
                    "The guard holds output with source-script letters, transliterated or invented words, too many non-English words, "
                            + "a length far from the source's, an untranslated copy, or glossary violations (Kiev where the glossary says Kyiv).",
                    "The glossary is the shipped one, extended by DIR/glossary.json when it exists."},
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {"0:pass", "1:hold", "2:usage error (or an unreadable glossary file)"})
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        DataOption data;

        @Option(names = "--from", required = true, paramLabel = "LANG", description = "The source language: ${COMPLETION-CANDIDATES}.")
        From from;

        @Option(names = "--source", required = true, paramLabel = "TEXT", description = "The text that was translated.")
        String source;

        @Option(names = "--output", required = true, paramLabel = "TEXT", description = "The engine's English translation.")
        String output;

        @Override
        public Integer call() {
            Glossary glossary;
            try {
                glossary = Glossary.load(data.resolve());
            } catch (IOException | RuntimeException e) {
                spec.commandLine().getErr().println("translation check: " + e.getMessage());
                return 2;
            }
            Verdict verdict = new TranslationGuard(EnglishWords.load(), glossary).check(new LanguagePair(from.name(), "en"), source, output);
            spec.commandLine().getOut().println(verdict.line());
            spec.commandLine().getOut().flush();
            return verdict.passed() ? 0 : 1;
        }
    }
}
