package io.newsdesk.app.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be: 12 to 256 characters, not the user's name, not a common password (the shipped
 * {@code accounts/common-passwords.txt}, also with digits or symbols around it: "Password2024!"), not a run of
 * a keyboard row, the alphabet or digits, and not a few characters repeated.
 */
public final class PasswordRules {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    private static final Set<String> COMMON = load();
    private static final String[] RUNS = {"0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm",
            "qwertzuiop", "azertyuiop", "1qaz2wsx3edc4rfv", "zaq1xsw2cde3vfr4"};
    /** Every run twice (so pieces may wrap around) and reversed, in one string to search. */
    private static final String RUN_TEXT = runText();

    private PasswordRules() {}

    /** Why {@code password} is refused, or empty when it is fine. */
    public static Optional<String> problem(char[] password, String userName) {
        if (password.length < MIN_LENGTH) return Optional.of("The password needs at least " + MIN_LENGTH + " characters.");
        if (password.length > MAX_LENGTH) return Optional.of("The password may have at most " + MAX_LENGTH + " characters.");
        String p = new String(password).toLowerCase(Locale.ROOT);
        if (userName != null && userName.strip().length() >= 3 && p.contains(userName.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("The password may not contain the user name.");
        }
        String core = p.replaceAll("^[\\d\\W_]+|[\\d\\W_]+$", "");
        if (COMMON.contains(p) || COMMON.contains(core) || COMMON.contains(p.replaceAll("[\\s\\W_]", ""))) {
            return Optional.of("That password is too common; please choose another.");
        }
        if (p.codePoints().distinct().count() < 5) return Optional.of("The password repeats too few characters; please choose another.");
        if (isRun(p)) return Optional.of("The password is a run of keys, letters or digits; please choose another.");
        return Optional.empty();
    }

    /** Whether the password is mostly steps along runs ("qwertyuiop", "0123456789", …, either way): 3 in 4 of its pairs. */
    private static boolean isRun(String p) {
        int steps = 0;
        for (int i = 0; i + 1 < p.length(); i++) if (RUN_TEXT.contains(p.substring(i, i + 2))) steps++;
        return steps * 4 >= (p.length() - 1) * 3;
    }

    private static String runText() {
        StringBuilder b = new StringBuilder();
        for (String run : RUNS) {
            b.append(run).append(run).append(' ').append(new StringBuilder(run + run).reverse()).append(' ');
        }
        return b.toString();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        var in = PasswordRules.class.getResourceAsStream("/accounts/common-passwords.txt");
        if (in == null) throw new IllegalStateException("accounts/common-passwords.txt is missing from the build");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) words.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
