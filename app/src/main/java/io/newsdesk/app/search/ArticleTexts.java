package io.newsdesk.app.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** The clean text (standfirst and body) of articles, read from the database for their snippets. */
public interface ArticleTexts {
    /** An article's text and the change time of the row it was read from (to tell whether the index holds this text). */
    record Text(String text, long changedAt) {}

    /** Text per id; ids unknown to the source are absent. */
    Map<String, Text> of(Collection<String> ids);

    ArticleTexts NONE = ids -> Map.of();

    static ArticleTexts from(Jdbi jdbi) {
        return ids -> ids.isEmpty() ? Map.of() : jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, standfirst, body_text, changed_at FROM articles WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> Map.entry(rs.getString("id"),
                        new Text(SearchIndex.text(rs.getString("standfirst"), rs.getString("body_text")), rs.getLong("changed_at"))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
