package io.newsdesk.app.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * What a reader typed, made safe to search with. SimpleQueryParser never fails on syntax (quotes, brackets,
 * {@code AND OR (}, {@code *:*} are words or harmless operators), and the length is capped so that a
 * query stays a small number of clauses.
 */
public final class UserQuery {
    public static final int MAX_CHARS = 200;
    /** "quoted phrases", -not, a|b, (grouping), prefix*; no fuzzy or proximity operators (costly, rarely meant). */
    private static final int OPERATORS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR
            | SimpleQueryParser.WHITESPACE_OPERATOR;

    private UserQuery() {}

    /** The query as it is searched and shown back: control characters gone, spaces collapsed, at most MAX_CHARS. */
    public static String clean(String raw) {
        if (raw == null) return "";
        String s = raw.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}]", " ").replaceAll("\\s+", " ").strip();
        if (s.length() <= MAX_CHARS) return s;
        int end = Character.isHighSurrogate(s.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return s.substring(0, end).strip();
    }

    /** The site's text: its title, standfirst and body together ({@link SearchIndex#WORDS}), analysed as English. */
    private static final Map<String, Float> SITE_FIELDS = Map.of(SearchIndex.WORDS, 1f);
    /** A translated article's original, each language in its own field and analysis. */
    private static final Map<String, Float> ORIGINAL_FIELDS = Map.of(SearchIndex.ORIGINAL_RU, 1f, SearchIndex.ORIGINAL_UK, 1f,
            SearchIndex.ORIGINAL_OTHER, 1f);

    /**
     * The Lucene query for a cleaned query: every word must match in the site's text (where the title's words count more),
     * or every word in a translation's original. Two queries, not one over all fields: a word the English analysis drops
     * ("the") would otherwise be required in the originals, which keep it.
     */
    static Query parse(String cleaned, Analyzer analyzer) {
        if (cleaned.isEmpty()) return new MatchNoDocsQuery();
        try {
            Query site = parse(cleaned, analyzer, SITE_FIELDS);
            Query original = parse(cleaned, analyzer, ORIGINAL_FIELDS);
            if (site == null || original == null) return site != null ? site : original != null ? original : new MatchNoDocsQuery();
            return new BooleanQuery.Builder().add(site, BooleanClause.Occur.SHOULD).add(original, BooleanClause.Occur.SHOULD).build();
        } catch (RuntimeException e) { // not expected; a reader's query must never break the page
            return new MatchNoDocsQuery();
        }
    }

    private static Query parse(String cleaned, Analyzer analyzer, Map<String, Float> fields) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields, OPERATORS) {
            @Override
            protected Query newPrefixQuery(String text) {
                return PrefixWords.scored(super.newPrefixQuery(text));
            }
        };
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(cleaned);
    }
}
