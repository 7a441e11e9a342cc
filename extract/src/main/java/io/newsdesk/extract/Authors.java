package io.newsdesk.extract;

import static io.newsdesk.extract.Metadata.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The article's authors: the names of the first source in {@link #SOURCES} that gives any. Metadata
 * often names the publisher as the author (institutional sites): such names are set aside there, so
 * that a person's byline further down the list wins, and are the answer only when no source names
 * anyone else. Bylines split into names without labels ("By", "Autor:", "Автор:"), roles, dates,
 * credentials and e-mail addresses; comment threads and forms are not read for bylines.
 */
final class Authors {
    private Authors() {}

    /** A place that names authors; {@code dropsPublisher}: names there may be the publisher's. */
    private record Source(Function<PageScan, List<String>> names, boolean dropsPublisher) {}

    // meta tags that name authors, best first; each is a source of its own
    private static final List<String> META_KEYS = List.of("article:author", "author", "parsely-author", "sailthru.author",
            "dc.creator", "dcterms.creator", "byl", "citation_author", "twitter:creator");
    // where the names come from, best first: metadata, then bylines written on the page
    private static final List<Source> SOURCES = Stream.of(
                    Stream.of(new Source(Authors::jsonLd, true), new Source(Authors::microdata, true)),
                    META_KEYS.stream().map(key -> new Source(page -> metaNames(page, key), true)),
                    Stream.of(new Source(Authors::bylineElements, false), new Source(Authors::writtenBylines, false),
                            new Source(Authors::labelledNames, false), new Source(Authors::profileLinks, false)))
            .flatMap(s -> s).toList();

    /** Elements looked at in the page's body for a written byline. */
    private static final int MAX_BODY_ELEMENTS = 5000;
    private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]"),
            HEADINGS = QueryParser.parse("h1, h2, h3, h4, [itemprop=headline]");
    private static final Set<String> BYLINE_TAGS = Set.of("span", "p", "div", "small", "em", "strong", "address", "li", "b", "i", "byline");
    // "By", "Von", "Text von", "Autorin:" … at the start of a short line
    private static final String BYLINE_WORD = "(?:(?:[Tt]ext|[Ss]tory|[Ww]ords|[Ww]ritten)\\s+)?(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\\b|(?:Autor(?:in)?|Author|Auteur|Autore|Text)\\s*:";
    private static final Pattern VISIBLE_BYLINE_START = Pattern.compile("^[\\s\\u00a0]*(?:" + BYLINE_WORD + ")");
    // then a capitalised name of two or more words, lower-case particles allowed ("Jose de la Cruz")
    private static final Pattern VISIBLE_BYLINE = Pattern.compile("^\\s*(?:" + BYLINE_WORD + ")\\s*\\p{Lu}\\p{L}+"
            + "(?:\\s+(?:de|la|le|da|di|del|dos|das|du|van|von|der|den|ten|ter|y|e)){0,3}\\s+\\p{Lu}");
    // a label in an element of its own: "Autor:", "Author", "| By"
    private static final Pattern AUTHOR_LABEL = Pattern.compile("(?iu)\\s*\\|?\\s*(?:autor(?:in|en)?|author|authors|auteurs?|autore|verfasser(?:in)?|автор|by|von|par|por|door)\\s*:?\\s*");
    private static final Pattern PARTICLE = Pattern.compile("de|la|le|da|di|del|dos|das|du|van|von|der|den|ten|ter|y|e|bin|al|el");
    // legal forms and kinds of organisations: a name carrying one is not a person's
    private static final Pattern ORG_FORM = Pattern.compile("(?iu)(?:\\be\\.\\s?V\\.|\\b(?:GmbH|gGmbH|AG|Inc|Ltd|LLC|Verlag|Stiftung|Verband)\\b)");

    // what a byline carries besides names, compiled once: bylines are split for every page.
    // Words that introduce a name, in the languages of the sites we import: a label ("Author:", "Автор:", "Interview:"),
    // or a verb of writing or posting before "by" ("Eingestellt von", "Ein Beitrag von", "Publié par")
    private static final String LEAD_WORDS = "written|posted|reported|published|text|story|words|article|artikel|ein|eine|a|"
            + "beitrag|gastbeitrag|kommentar|analyse|geschrieben|verfasst|eingestellt|veröffentlicht|publiziert|erstellt|"
            + "publié|écrit|rédigé|escrito|publicado|scritto|pubblicato|geschreven|написано|опубликовано";
    private static final String BY_WORDS = "by|von|vom|par|por|di|da|de|door|av|af|от";
    private static final String LABEL_WORDS = "post\\s+author|authors?|autor(?:in|innen|en)?|auteur(?:e|s)?|autore|autori|"
            + "verfasser(?:in)?|name|text|texte|texto|testo|interview|entretien|entrevista|reportage|автор(?:ы)?|автори?";
    private static final Pattern BY_PREFIX = Pattern.compile("(?iu)^\\s*(?:(?:" + LEAD_WORDS + ")\\s+){0,2}(?:(?:" + BY_WORDS
            + ")\\s*:?\\s+|(?:" + LABEL_WORDS + ")(?:\\s*:\\s*|\\s+(?:(?:" + BY_WORDS + ")\\s+)?))");
    // a label run into the name with no space, as screen-reader text does ("AuthorAnna Berg")
    private static final Pattern GLUED_LABEL = Pattern.compile("^(?:Post author|Authors?|Autor(?:in)?|Auteur|Verfasser|Автор)(?=\\p{Lu})");
    private static final Pattern POSTED_BY = Pattern.compile("(?iu)^(?:posted|published|veröffentlicht|publié|publicado)\\b.*?\\b(?:by|von|par|por)\\s+(.+)$");
    private static final Pattern CREDIT_PART = Pattern.compile("(?iu)[\\s,;|]+(?:illustrations?|fotos?|photos?|photography|bilder?|grafiken?|images?)\\s*(?:von|by|:).*$");
    // a picture credit ("Foto: Anna Berg", "Photo by …") names a photographer, not a writer
    private static final Pattern CREDIT_LINE = Pattern.compile("(?iu)^\\s*(?:illustrations?|fotos?|photos?|photography|bilder?|bild|grafiken?|images?|credits?|quelle|source)\\b\\s*(?:von|by|:)");
    // a job title after the name: "Anna Berg, Staff Writer", "Anna Berg Chefredakteurin", "Anna Berg, Washington Correspondent"
    private static final Pattern ROLE = Pattern.compile(
            "(?iu)(?:\\b(?:staff|senior|chief|contributing|associate|deputy|managing|special|foreign|political|washington|guest)?\\s*"
            + "(?:staff|writer|reporter|editor|correspondent|columnist|journalist|contributor|freelancer)s?|"
            + "\\p{L}*(?:redakteur|korrespondent|reporter|kolumnist|journalist)(?:in|innen)?)\\b.*$");
    // a job title before the name: "FOCUS-Online-Experte Anna Berg", "Gastautorin Anna Berg"
    private static final Pattern ROLE_PREFIX = Pattern.compile(
            "(?u)^(?:[\\p{L}-]+-)?(?:[Ee]xpert(?:e|in)?|[Gg]astautor(?:in)?|[Kk]olumnist(?:in)?|[Cc]hefredakteur(?:in)?|[Rr]edakteur(?:in)?|"
            + "[Kk]orrespondent(?:in)?|[Rr]eporter(?:in)?)\\s+(?=\\p{Lu})");
    // links that follow a byline: "Alle Artikel", "More from Anna Berg", "Follow"
    private static final Pattern AUTHOR_LINKS = Pattern.compile("(?iu)\\s+(?:alle\\s+(?:artikel|beiträge)|all\\s+(?:articles|posts|stories)|"
            + "more\\s+(?:from|by|articles|stories)|mehr\\s+(?:von|artikel|zum\\s+autor)|weitere\\s+artikel|follow|folgen|suivre|seguir|"
            + "view\\s+profile|profil)\\b.*$");
    private static final String MONTHS = "jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|janv|févr|fev|avr|juin|juil|"
            + "août|déc|ene|abr|ago|dic|gen|mag|giu|lug|set|ott|янв|фев|мар|апр|мая|июн|июл|авг|сен|окт|ноя|дек";
    private static final Pattern MONTH_DATE = Pattern.compile("(?iu)[\\s,\\-–|·•]*\\b(?:on\\s+)?(?:" + MONTHS + ")\\p{L}*\\.?\\s+\\d{1,2}\\b.*$");
    // "· 22. Oktober 2019", "le 3 mars 2020", "am 3. März"
    private static final Pattern DAY_MONTH_DATE = Pattern.compile("(?iu)[\\s,\\-–|·•]*(?:\\b(?:on|am|le|el|il|den|vom)\\s+)?\\b\\d{1,2}\\.?\\s+(?:"
            + MONTHS + ")\\p{L}*\\.?(?:\\s+\\d{4})?\\b.*$");
    // a time of day after the name: "at 18:52", "um 9:30 Uhr"
    private static final Pattern TIME_ON = Pattern.compile("(?iu)[\\s,\\-–|·•]*(?:\\b(?:at|um|à|a las|alle|в)\\s+)?\\b\\d{1,2}[:h]\\d{2}\\b.*$");
    // a word left dangling at the end once a date is cut off ("Anna Berg am", "Anna Berg on")
    private static final Pattern DANGLING = Pattern.compile("(?iu)(?:\\s+(?:am|on|at|um|le|il|el|den|vom|der|the|–|-|·|•))+$");
    // academic and professional credentials: a part of the byline, not a second author ("Anna Berg, PhD")
    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?iu)(?:ph\\.?\\s?d|m\\.?\\s?d|d\\.o|mba|m\\.?\\s?sc|b\\.?\\s?sc|m\\.a|b\\.a|rn|mph|dvm|jd|ll\\.?\\s?m|esq|jr|sr|dr|prof|"
            + "dr\\.\\s?med|dipl\\.?-?\\p{L}*|mag|ing)\\.?");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?iu)posted(?: on)?|no author|admin|wordpressadmin|administrator|"
            + "editor|editors|unknown|anonymous|guest|user|webmaster|team|name|follow|folgen|suivre|seguir|share|teilen|about|"
            + "authors?|autor(?:in|en)?|auteurs?|verfasser|profile?|kontakt|contact|e-?mail|more|mehr|stand|updated?|aktualisiert");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+|\\[email\\s*protected\\]");
    private static final Pattern AFTER_BAR = Pattern.compile("\\|.*$");
    private static final Pattern AFTER_TIME_WORD = Pattern.compile("(?iu)\\b(updated|published|aktualisiert|veröffentlicht|publiziert|zuletzt|stand)\\b.*$");
    private static final Pattern COUNTS = Pattern.compile("(?i)\\b\\d*\\s*(shares?|comments?|views?)\\s*$");
    private static final Pattern NUMERIC_DATE_ON = Pattern.compile("\\d{1,2}[./]\\s?\\d{1,2}[./]\\s?\\d{2,4}.*$");
    private static final Pattern ISO_DATE_ON = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}.*$");
    // a number standing as a word: names have none ("Bo2man" is a handle and stays)
    private static final Pattern NUMBER_WORD = Pattern.compile("(?<![\\p{L}\\d])\\d+(?![\\p{L}\\d])");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^)]*(?:\\)|$)");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b)\\s*");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s·•–—]+|[\\p{Punct}\\s·•–—&&[^.]]+$");
    private static final Pattern DOMAIN = Pattern.compile("\\S+\\.[a-z]{2,}(/\\S*)?");
    // a bio that opens with a name: "Nils Pickert ist …", "Anna Berg - Maschinenbauerin …"
    private static final Pattern SURNAME_AFTER = Pattern.compile("\\s*(\\p{Lu}[\\p{L}-]+)\\s+(\\p{Lu}[\\p{L}-]+)(?=[\\s,.;:–—-])");
    private static final Pattern DATELINE_SEPARATOR = Pattern.compile("\\s+[-–—|·•/]\\s+|\\s*[|·•]\\s*");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    // the address of an author's page: a path segment naming authors or profiles, then the author's own segment
    private static final Pattern PROFILE_PATH = Pattern.compile(
            "(?i)/(?:authors?|autor(?:en|in|innen)?|auteurs?|autore|autori|profiles?|profil|redakteur(?:e|in)?)/[^/?#\\s]+/?(?:[?#].*)?$");
    // containers of other people's names: comment threads, reply and contact forms
    private static final Pattern COMMENTS = Pattern.compile("(?i)comment|respond|reply|discussion|kommentar");
    /** The longest byline read: six names with roles and a date fit well within it. */
    static final int MAX_BYLINE_CHARS = 500;

    /**
     * {@code site} is the site's name ({@link SiteName}), or null; {@code headline} the page's
     * headline {@code <h1>}, or null. Distinct names in page order.
     */
    static List<String> of(PageScan page, String site, Element headline) {
        Publisher publisher = new Publisher(site, page.ld().publisher(), page.ld().organisations());
        List<String> publisherNames = null; // the first names that were all the publisher's
        for (Source source : SOURCES) {
            List<String> names = source.names().apply(page);
            if (source.dropsPublisher() && !names.isEmpty()) {
                List<String> people = publisher.without(names);
                if (people.isEmpty() && publisherNames == null) publisherNames = names;
                names = people;
            }
            if (!names.isEmpty()) return distinct(completed(names, page.ld()));
        }
        if (publisherNames != null) return distinct(publisherNames);
        List<String> dateline = datelineName(headline);
        if (!dateline.isEmpty()) return dateline;
        // a personal site names its author only in its own name
        String owner = PersonalSite.owner(site, clean(page.doc().title()), page.url());
        return owner != null ? List.of(owner) : List.of();
    }

    /**
     * The name in a dateline next to the headline, "11.12.2019 - Anna Berg" or "04.02.2022 | 13:10 Uhr |
     * Anna Berg": the line holds a date, and besides dates and times exactly one part, a capitalised name.
     */
    private static List<String> datelineName(Element headline) {
        if (headline == null) return List.of();
        for (Element line : new Element[] {headline.nextElementSibling(), headline.previousElementSibling()}) {
            if (line == null || line.childrenSize() > 6) continue;
            String tx = clean(line.text());
            if (tx == null || tx.length() > 100 || Dates.parseText(tx) == null) continue;
            List<String> parts = new ArrayList<>();
            for (String part : DATELINE_SEPARATOR.split(tx)) {
                String p = part.trim();
                if (!p.isEmpty() && !DIGIT.matcher(p).find()) parts.add(p);
            }
            if (parts.size() != 1 || parts.get(0).indexOf(' ') < 0) continue;
            List<String> names = visibleNames(parts.get(0));
            if (names.size() == 1 && names.get(0).equals(parts.get(0))) return names;
        }
        return List.of();
    }

    private static List<String> distinct(List<String> names) {
        return List.copyOf(new LinkedHashSet<>(names));
    }

    /** Who publishes the page: the site, the JSON-LD publisher and the organisations JSON-LD names. */
    private record Publisher(String site, String jsonLdPublisher, List<String> organisations) {
        List<String> without(List<String> names) {
            List<String> out = new ArrayList<>();
            for (String n : names) if (!isPublisher(n)) out.add(n);
            return out;
        }

        private boolean isPublisher(String name) {
            String k = name.toLowerCase(Locale.ROOT);
            if (k.length() < 2) return false;
            if (sameOrg(k, site) || sameOrg(k, jsonLdPublisher) || ORG_FORM.matcher(name).find()) return true;
            for (String o : organisations) if (sameOrg(k, o)) return true;
            return false;
        }

        private static boolean sameOrg(String name, String org) {
            if (org == null) return false;
            String o = org.toLowerCase(Locale.ROOT);
            return o.contains(name) || name.contains(o);
        }
    }

    // ---- sources ----

    private static List<String> jsonLd(PageScan page) {
        List<String> out = new ArrayList<>();
        Object v = page.ld().get("author");
        if (v == null) v = page.ld().get("creator");
        List<?> list = v instanceof List<?> l ? l : v == null ? List.of() : List.of(v);
        for (Object o : list) {
            if (o instanceof String s) out.addAll(splitAuthors(s));
            else if (o instanceof Map<?, ?> m) {
                // a graph names the author by reference ({"@id": …}) to a Person elsewhere in it
                Map<?, ?> person = m.get("name") == null && page.ld().person(m.get("@id")) != null ? page.ld().person(m.get("@id")) : m;
                if (!(person.get("name") instanceof String s)) continue;
                // an organisation listed after a person is the publisher, not a co-author
                if (JsonLd.types(person.get("@type")).contains("organization") && !out.isEmpty()) continue;
                for (String name : splitAuthors(s)) out.add(fullName(name, person.get("description")));
            }
        }
        return out;
    }

    /** First names alone in full where a JSON-LD person of that name has a bio that gives the surname. */
    private static List<String> completed(List<String> names, JsonLd ld) {
        if (ld.persons().isEmpty()) return names;
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            String full = name;
            for (Map<String, Object> person : ld.persons().values()) {
                if (full.equals(name) && name.equals(person.get("name"))) full = fullName(name, person.get("description"));
            }
            out.add(full);
        }
        return out;
    }

    /**
     * A first name alone ("Nils") in full when the person's description opens with it and a
     * surname ("Nils Pickert ist freier Autor …"): profiles often show the first name, bios the whole.
     */
    private static String fullName(String name, Object description) {
        if (name.indexOf(' ') >= 0 || !(description instanceof String d)) return name;
        Matcher m = SURNAME_AFTER.matcher(d);
        return m.lookingAt() && m.group(1).equals(name) ? name + " " + m.group(2) : name;
    }

    private static List<String> microdata(PageScan page) {
        List<String> out = new ArrayList<>();
        for (Element e : page.itempropAuthors()) {
            if (!inTeaser(e, page) && !inCommentsOrForm(e) && !ofACommentOrReview(e)) out.addAll(splitAuthors(microdataName(e)));
        }
        return out;
    }

    // schema.org items whose author is a reader, not the article's
    private static final Pattern READER_ITEM = Pattern.compile("(?i)schema\\.org/(?:Comment|Review|Answer|Question)\\b");

    /** The author property belongs to a comment or a review item (its nearest item scope): a reader wrote it. */
    private static boolean ofACommentOrReview(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.hasAttr("itemscope")) return READER_ITEM.matcher(p.attr("itemtype")).find();
        }
        return false;
    }

    private static String microdataName(Element e) {
        Element name = e.selectFirst(ITEMPROP_NAME);
        if (name != null) return name.hasAttr("content") ? name.attr("content") : name.text();
        return e.hasAttr("content") ? e.attr("content") : e.text();
    }

    /** Names in the values of one meta tag; profile links and handles ("@anna") are not names. */
    private static List<String> metaNames(PageScan page, String key) {
        List<String> out = new ArrayList<>();
        for (String v : page.metaAll(key)) if (!v.startsWith("http") && !v.startsWith("@")) out.addAll(splitAuthors(v));
        return out;
    }

    /** The names of the first short element whose class, id or rel names a byline or an author. */
    private static List<String> bylineElements(PageScan page) {
        for (Element e : page.bylines()) {
            if (inCommentsOrForm(e) || inTeaser(e, page)) continue;
            String tx = withoutSocialLinks(e);
            if (tx.length() > 3 && tx.length() < 120) {
                List<String> names = splitAuthors(tx);
                if (!names.isEmpty()) return names;
            }
        }
        return List.of();
    }

    // links to a profile on a social network: the handle beside the name ("Anna Berg annab") is no part of it
    private static final Pattern SOCIAL_LINK = Pattern.compile(
            "(?i)^(?:https?:)?//(?:[a-z0-9-]+\\.)*(?:twitter\\.com|x\\.com|facebook\\.com|instagram\\.com|linkedin\\.com|xing\\.com|"
            + "threads\\.net|bsky\\.app|mastodon\\.social|youtube\\.com|tiktok\\.com)(?:[/?#]|$)");

    /** The element's text less the text of its links to social-network profiles. */
    private static String withoutSocialLinks(Element e) {
        boolean any = false;
        for (Element a : e.getElementsByTag("a")) any |= SOCIAL_LINK.matcher(a.attr("href").trim()).find();
        if (!any) return e.text();
        Element copy = e.clone();
        for (Element a : copy.getElementsByTag("a")) if (SOCIAL_LINK.matcher(a.attr("href").trim()).find()) a.remove();
        return copy.text();
    }

    /** Visible byline text: a short line starting with "By"/"Von"/"Par"/"Por" and a capitalised name. */
    private static List<String> writtenBylines(PageScan page) {
        int seen = 0;
        for (Element e : bodyElements(page)) {
            if (++seen > MAX_BODY_ELEMENTS) break;
            if (!BYLINE_TAGS.contains(e.normalName())) continue;
            Node firstChild = e.childNodeSize() == 0 ? null : e.childNode(0);
            if (!(firstChild instanceof TextNode tn)) continue;
            String own = tn.getWholeText();
            if (own.length() > 200 || own.isBlank() || !VISIBLE_BYLINE_START.matcher(own).find()) continue;
            String full = e.text();
            if (full.length() <= 100 && !inCommentsOrForm(e) && !inTeaser(e, page) && VISIBLE_BYLINE.matcher(Dates.spaces(full)).find()) {
                List<String> names = visibleNames(full);
                if (!names.isEmpty()) return names;
            }
        }
        return List.of();
    }

    /** A label element ("Autor", "Author") followed by the name in the next element. */
    private static List<String> labelledNames(PageScan page) {
        int seen = 0;
        for (Element e : bodyElements(page)) {
            if (++seen > MAX_BODY_ELEMENTS) break;
            if (e.childrenSize() > 0) continue;
            String label = e.text();
            if (label.length() > 14 || !AUTHOR_LABEL.matcher(label).matches() || inCommentsOrForm(e) || inTeaser(e, page)) continue;
            Element next = e.nextElementSibling();
            if (next != null && next.text().length() <= 80) {
                List<String> names = visibleNames(next.text());
                if (!names.isEmpty()) return names;
            }
        }
        return List.of();
    }

    /**
     * The name in the first link to an author's page ("/autoren/anna-berg", "/author/anna/") after the headline
     * (before it when none follows), and in such links beside it: sites link the byline to the author's profile.
     */
    private static List<String> profileLinks(PageScan page) {
        Element body = page.doc().body();
        if (body == null) return List.of();
        Element headline = page.h1s().isEmpty() ? null : page.h1s().get(0);
        boolean past = headline == null;
        Element before = null, first = null;
        int seen = 0;
        for (Element e : Tree.elements(body)) {
            if (++seen > MAX_BODY_ELEMENTS) break;
            if (e == headline) past = true;
            if (!e.normalName().equals("a") || !PROFILE_PATH.matcher(e.attr("href")).find() || inCommentsOrForm(e) || linkName(e) == null
                    || inTeaser(e, page))
                continue;
            if (past) {
                first = e;
                break;
            }
            if (before == null) before = e;
        }
        if (first == null) first = before;
        if (first == null) return List.of();
        List<String> out = new ArrayList<>();
        for (Element sib : first.parent() == null ? List.of(first) : first.parent().children()) {
            if (sib == first || sib.normalName().equals("a") && PROFILE_PATH.matcher(sib.attr("href")).find()) {
                String n = linkName(sib);
                if (n != null && out.size() < 5) out.add(n);
            }
        }
        return out;
    }

    /** The one name a profile link shows: its text, else the text of one of its innermost elements. */
    private static String linkName(Element link) {
        String tx = clean(link.text());
        if (tx == null || tx.length() > 120) return null;
        if (onlyName(tx) != null) return onlyName(tx);
        for (Element e : Tree.elements(link)) {
            if (e == link || e.childrenSize() > 0) continue;
            String n = onlyName(clean(e.text()));
            if (n != null) return n;
        }
        return null;
    }

    private static String onlyName(String tx) {
        if (tx == null || tx.length() > 60) return null;
        List<String> names = visibleNames(tx);
        return names.size() == 1 && names.get(0).equals(tx) ? tx : null;
    }

    private static List<Element> bodyElements(PageScan page) {
        Element body = page.doc().body();
        return body == null ? List.of() : Tree.elements(body);
    }

    // ---- bylines to names ----

    /**
     * Names from a byline written on the page: as {@link #splitAuthors}, but a part that is not
     * capitalised like a name ("Projektleiterin der HSS in Tunesien") is a role or an affiliation.
     */
    static List<String> visibleNames(String raw) {
        List<String> out = new ArrayList<>();
        for (String p : splitAuthors(raw)) {
            boolean name = true;
            for (String w : p.split("\\s+")) {
                if (w.isEmpty() || Character.isUpperCase(w.charAt(0)) || PARTICLE.matcher(w).matches()) continue;
                name = false;
                break;
            }
            if (name) out.add(p);
        }
        return out;
    }

    /** Splits a byline into names, without "By", dates, roles, e-mail addresses. */
    static List<String> splitAuthors(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) return out;
        String s = clean(raw);
        if (s == null || CREDIT_LINE.matcher(s).find()) return out;
        // the patterns below backtrack over long runs (combining marks, digits, punctuation): a byline is short,
        // so only its start is read, which keeps a hostile meta tag or JSON-LD name from costing quadratic time
        if (s.length() > MAX_BYLINE_CHARS) s = s.substring(0, MAX_BYLINE_CHARS);
        s = GLUED_LABEL.matcher(s).replaceFirst("");
        s = EMAIL.matcher(s).replaceAll(" ");
        s = AFTER_BAR.matcher(s).replaceFirst("");
        // "Posted on September 21, 2020 by Anna Berg": the name follows the last "by"
        Matcher posted = POSTED_BY.matcher(s);
        if (posted.matches()) s = posted.group(1);
        s = AFTER_TIME_WORD.matcher(s).replaceFirst("");
        // "Text von Anna Berg, Illustration von Tom Lind": pictures are credited, not authored
        s = CREDIT_PART.matcher(s).replaceFirst("");
        s = BY_PREFIX.matcher(s).replaceFirst("");
        s = AUTHOR_LINKS.matcher(s).replaceFirst("");
        // dates and times after the name, and the word that introduced them
        s = MONTH_DATE.matcher(s).replaceFirst("");
        s = DAY_MONTH_DATE.matcher(s).replaceFirst("");
        s = TIME_ON.matcher(s).replaceFirst("");
        s = COUNTS.matcher(s).replaceFirst("");
        s = NUMERIC_DATE_ON.matcher(s).replaceFirst("");
        s = ISO_DATE_ON.matcher(s).replaceFirst("");
        s = PARENTHESIS.matcher(s).replaceAll(" ");
        for (String part : NAME_SEPARATOR.split(s)) {
            String p = BY_PREFIX.matcher(part).replaceFirst("").trim();
            p = ROLE_PREFIX.matcher(p).replaceFirst("");
            p = withoutRole(p);
            p = EDGE_PUNCTUATION.matcher(p).replaceAll("").trim();
            p = DANGLING.matcher(p).replaceFirst("");
            p = EDGE_PUNCTUATION.matcher(p).replaceAll("").trim();
            if (p.isEmpty() || p.length() > 60) continue;
            int words = p.split("\\s+").length;
            if (words > 5) continue;
            if (!Character.isLetter(p.charAt(0))) continue;
            // placeholders and handles that CMSs print where a name should be; credentials; numbers
            if (NOT_A_NAME.matcher(p).matches() || CREDENTIAL.matcher(p).matches() || NUMBER_WORD.matcher(p).find()
                    || p.contains("http") || DOMAIN.matcher(p).matches()) continue;
            out.add(p);
        }
        return out;
    }

    /**
     * The name without a job title after it. A title after a single word stays: "HLNF Staff Report"
     * names a desk, not a person with a role.
     */
    private static String withoutRole(String part) {
        Matcher m = ROLE.matcher(part);
        if (!m.find()) return part;
        String name = EDGE_PUNCTUATION.matcher(part.substring(0, m.start())).replaceAll("").trim();
        return name.isEmpty() || name.indexOf(' ') > 0 ? name : part;
    }

    /** The element sits in a comment thread or a form: names there are readers', labels there are the form's. */
    private static boolean inCommentsOrForm(Element e) {
        int up = 0;
        for (Element p = e; p != null && up < 10; p = p.parent(), up++) {
            String tag = p.normalName();
            if (tag.equals("body")) break;
            if (tag.equals("form") || tag.equals("label") || tag.equals("textarea")) return true;
            if (COMMENTS.matcher(p.className()).find() || COMMENTS.matcher(p.id()).find()) return true;
        }
        return false;
    }

    /** Text longer than this is an article or a page region, not a teaser card. */
    private static final int MAX_CARD_CHARS = 1500;
    /** Text a link holds besides a byline when it is a whole teaser card (a title at least), not a link to a profile. */
    private static final int MIN_CARD_TEXT = 30;

    /**
     * The element sits in a teaser card of another story ("More stories", a slider of opinion pieces): a small
     * block (little text, at most two paragraphs) whose heading links to another page, or a link to another page
     * that holds a title besides the byline. Names there are the other stories' authors.
     */
    private static boolean inTeaser(Element e, PageScan page) {
        int up = 0;
        for (Element p = e.parent(); p != null && up < 8; p = p.parent(), up++) {
            if (p.normalName().equals("body") || TextLengths.exceeds(p, MAX_CARD_CHARS) || p.getElementsByTag("p").size() > 2) return false;
            // a card that is one link to the other story, its title and summary around the byline
            if (p.normalName().equals("a") && isOtherPage(AbsoluteUrl.of(p, "href"), page)
                    && TextLengths.exceeds(p, e.text().length() + MIN_CARD_TEXT)) return true;
            for (Element h : p.select(HEADINGS)) {
                Element link = h.normalName().equals("a") ? h : h.selectFirst(Headlines.LINK);
                if (link != null && isOtherPage(AbsoluteUrl.of(link, "href"), page)) return true;
            }
        }
        return false;
    }

    /** An address that is not the page's own (its address, canonical link or og:url), fragments and final slashes aside. */
    private static boolean isOtherPage(String href, PageScan page) {
        if (href.isEmpty()) return false;
        String link = comparable(href);
        for (String own : new String[] {page.url(), page.canonicalLink(), page.meta("og:url")}) {
            if (own != null && comparable(own).equals(link)) return false;
        }
        return true;
    }

    private static final Pattern FRAGMENT = Pattern.compile("#.*$"), SCHEME = Pattern.compile("^https?://(www\\.)?");

    private static String comparable(String url) {
        String u = SCHEME.matcher(FRAGMENT.matcher(url).replaceFirst("")).replaceFirst("");
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
