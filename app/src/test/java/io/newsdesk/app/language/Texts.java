package io.newsdesk.app.language;

/** News paragraphs and titles written for these tests (not copied from any outlet). */
final class Texts {
    private Texts() {}

    static final String RUSSIAN = """
            Правительство утвердило новый бюджет на следующий год. Расходы на образование и здравоохранение \
            вырастут, а дефицит, по словам министра финансов, удастся сократить до трёх процентов. Депутаты \
            обсудят документ на следующей неделе.""";

    static final String UKRAINIAN = """
            Уряд затвердив новий бюджет на наступний рік. Видатки на освіту та охорону здоров'я зростуть, \
            а дефіцит, за словами міністра фінансів, вдасться скоротити до трьох відсотків. Депутати обговорять \
            документ наступного тижня.""";

    /** Russian without і ї є ґ ы э ъ ё: only a model can tell. */
    static final String RUSSIAN_WITHOUT_MARKERS = """
            Президент подписал закон о налоговой реформе. Документ предусматривает снижение ставки для малого \
            бизнеса, а также другие правила для крупного бизнеса. Закон вступит в силу в начале следующего года, \
            сообщает пресс-служба.""";

    /** Ukrainian without і ї є ґ ы э ъ ё. */
    static final String UKRAINIAN_WITHOUT_MARKERS = """
            Уряд ухвалив закон про податкову реформу. Ставки податку знизять вже цього року, бо так погодили \
            депутати. Чому так сталося, пояснила прес-служба уряду.""";

    static final String ENGLISH = """
            The city council voted on Tuesday to extend the night bus network to the northern suburbs. \
            Officials said the new routes would start in the spring and cost less than the council had \
            expected, because the buses already run to the depot after midnight.""";

    static final String GERMAN = """
            Der Stadtrat hat am Dienstag beschlossen, das Nachtbusnetz bis in die nördlichen Vororte zu \
            verlängern. Nach Angaben der Verwaltung sollen die neuen Linien im Frühjahr starten und weniger \
            kosten als erwartet, weil die Busse nach Mitternacht ohnehin zum Depot fahren.""";

    static final String POLISH = """
            Rada miasta zdecydowała we wtorek o przedłużeniu sieci nocnych autobusów do północnych dzielnic. \
            Według urzędników nowe linie ruszą wiosną i będą kosztować mniej, niż zakładano, ponieważ autobusy \
            i tak jeżdżą po północy do zajezdni.""";
}
