package io.newsdesk.app.demo.outlets;

import java.util.List;
import java.util.Map;

/**
 * The words around an article on an outlet's page, in the outlet's language: the boilerplate the importer
 * must leave out. The demo sections (site.json) give the menu.
 */
record PageLabels(
        String home,
        Map<String, String> sections,
        List<String> extraMenu,
        String sponsorLabel,
        String sponsorText,
        String byPrefix,
        String share,
        String readAlso,
        String related,
        String newsletter,
        String newsletterButton,
        String leaveReply,
        String enterComment,
        String enterName,
        String postComment,
        String mostPopular,
        String cookieText,
        String cookieAccept,
        String footerLinks,
        String rights) {

    static PageLabels of(String language) {
        return switch (language) {
            case "uk" -> new PageLabels("Головна",
                    Map.of("world", "Світ", "politics", "Політика", "economy", "Економіка", "technology", "Технології",
                            "culture", "Культура", "sport", "Спорт"),
                    List.of("Погода і припливи", "Передплата"),
                    "— Реклама —", "Морські пороми «Вантара»: щоденні рейси на острови Халво. Квитки онлайн.",
                    "Автор:", "Поділитися", "Читайте також", "Більше новин",
                    "Найважливіші новини узбережжя щоранку у вашій пошті.", "Підписатися",
                    "ЗАЛИШТЕ КОМЕНТАР", "Будь ласка, введіть коментар!", "Будь ласка, введіть своє ім'я",
                    "Надіслати коментар", "Найпопулярніше",
                    "Ми використовуємо файли cookie для аналізу відвідуваності та показу реклами.", "Погоджуюсь",
                    "Про нас · Контакти · Реклама на сайті · Політика конфіденційності", "Усі права захищено.");
            case "ru" -> new PageLabels("Главная",
                    Map.of("world", "В мире", "politics", "Политика", "economy", "Экономика", "technology", "Технологии",
                            "culture", "Культура", "sport", "Спорт"),
                    List.of("Погода и приливы", "Подписка"),
                    "— Реклама —", "Паромы побережья Вантары: ежедневные рейсы на острова Халво. Билеты онлайн.",
                    "Автор:", "Поделиться", "Читайте также", "Ещё по теме",
                    "Главные новости побережья каждое утро в вашей почте.", "Подписаться",
                    "ОСТАВЬТЕ КОММЕНТАРИЙ", "Пожалуйста, введите комментарий!", "Пожалуйста, введите своё имя",
                    "Отправить комментарий", "Самое читаемое",
                    "Мы используем файлы cookie для анализа посещаемости и показа рекламы.", "Согласен",
                    "О нас · Контакты · Реклама на сайте · Политика конфиденциальности", "Все права защищены.");
            case "de" -> new PageLabels("Startseite",
                    Map.of("world", "Welt", "politics", "Politik", "economy", "Wirtschaft", "technology", "Technik",
                            "culture", "Kultur", "sport", "Sport"),
                    List.of("Wetter & Gezeiten", "E-Paper"),
                    "– Anzeige –", "Vantara-Küstenfähren: täglich auf die Halvo-Inseln. Jetzt online buchen.",
                    "Von", "Teilen", "Lesen Sie auch", "Mehr zum Thema",
                    "Der Morgen an der Küste: unser Newsletter, jeden Tag um sechs Uhr.", "Anmelden",
                    "SCHREIBEN SIE EINEN KOMMENTAR", "Bitte geben Sie Ihren Kommentar ein!",
                    "Bitte geben Sie hier Ihren Namen ein", "Kommentar absenden", "Meistgelesen",
                    "Wir verwenden Cookies, um Reichweite zu messen und passende Werbung zu zeigen.", "Einverstanden",
                    "Impressum · Kontakt · Mediadaten · Datenschutz", "Alle Rechte vorbehalten.");
            case "pl" -> new PageLabels("Strona główna",
                    Map.of("world", "Świat", "politics", "Polityka", "economy", "Gospodarka", "technology", "Technologie",
                            "culture", "Kultura", "sport", "Sport"),
                    List.of("Pogoda i pływy", "E-wydanie"),
                    "— Reklama —", "Promy Wybrzeża Vantara: codzienne rejsy na Wyspy Halvo. Kup bilet online.",
                    "Autor:", "Udostępnij", "Czytaj także", "Więcej na ten temat",
                    "Poranny przegląd z wybrzeża prosto na Twoją skrzynkę.", "Zapisz się",
                    "ZOSTAW KOMENTARZ", "Proszę wpisać komentarz!", "Proszę podać swoje imię",
                    "Opublikuj komentarz", "Najpopularniejsze",
                    "Używamy plików cookie, aby mierzyć oglądalność i wyświetlać dopasowane reklamy.", "Akceptuję",
                    "O nas · Kontakt · Reklama · Polityka prywatności", "Wszelkie prawa zastrzeżone.");
            default -> new PageLabels("Home",
                    Map.of("world", "World", "politics", "Politics", "economy", "Economy", "technology", "Technology",
                            "culture", "Culture", "sport", "Sport"),
                    List.of("Tides & Weather", "Subscribe for €1"),
                    "- A word from our sponsors -", "Vantara Coast Ferries: daily crossings to the Halvo Isles. Book online.",
                    "By", "Share", "Read also", "More on this story",
                    "Get the Morning Tide briefing in your inbox every weekday at 6am.", "Sign up",
                    "LEAVE A REPLY", "Please enter your comment!", "Please enter your name here", "Post Comment",
                    "Most Popular",
                    "We use cookies to measure readership and to show you relevant advertising.", "Accept all",
                    "About us · Contact · Advertise · Privacy policy", "All rights reserved.");
        };
    }

    String section(String slug) {
        return sections.getOrDefault(slug, slug);
    }

    /** Boilerplate texts that appear on every page of the outlet and never belong to an article. */
    List<String> boilerplate() {
        List<String> all = new java.util.ArrayList<>(extraMenu);
        all.addAll(List.of(sponsorLabel, sponsorText, readAlso, related, newsletter, leaveReply,
                enterComment, enterName, postComment, mostPopular, cookieText, footerLinks, rights));
        return List.copyOf(all);
    }
}
