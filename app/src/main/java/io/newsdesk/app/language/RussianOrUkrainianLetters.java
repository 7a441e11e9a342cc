package io.newsdesk.app.language;

/**
 * The letter rule: і ї є ґ are written only in Ukrainian, ы э ъ ё only in Russian (among the two), so a
 * Cyrillic text carrying one kind and not the other is settled without a model; when both kinds appear
 * (a quotation, a name), the more frequent kind wins; an even count leaves the question open.
 */
final class RussianOrUkrainianLetters {
    private RussianOrUkrainianLetters() {}

    /** {@code "uk"}, {@code "ru"}, or null when the letters do not decide. */
    static String decide(String text) {
        int uk = 0, ru = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (Character.toLowerCase(text.charAt(i))) {
                case 'і', 'ї', 'є', 'ґ' -> uk++;
                case 'ы', 'э', 'ъ', 'ё' -> ru++;
                default -> { }
            }
        }
        if (uk > ru) return "uk";
        if (ru > uk) return "ru";
        return null;
    }
}
