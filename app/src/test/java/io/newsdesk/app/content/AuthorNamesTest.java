package io.newsdesk.app.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 18 (also seen): only plausible person or organisation names become author pages. */
class AuthorNamesTest {
    @Test
    void namesOfPeopleAndOrganisationsAreKept() {
        assertThat(AuthorNames.plausible("Jane Roe")).contains("Jane Roe");
        assertThat(AuthorNames.plausible("By Jane Roe")).contains("Jane Roe");
        assertThat(AuthorNames.plausible("<span class=\"byline\">By <b>Jane</b> Roe</span>")).contains("Jane Roe");
        assertThat(AuthorNames.plausible("Jean-Luc O'Brien")).contains("Jean-Luc O'Brien");
        assertThat(AuthorNames.plausible("J.K. Rowling")).contains("J.K. Rowling");
        assertThat(AuthorNames.plausible("Reuters")).contains("Reuters");
        assertThat(AuthorNames.plausible("AP")).contains("AP");
        assertThat(AuthorNames.plausible("Reuters/AP")).contains("Reuters/AP");
        assertThat(AuthorNames.plausible("Олена Петренко")).contains("Олена Петренко");
        assertThat(AuthorNames.plausible("张伟")).contains("张伟");
        assertThat(AuthorNames.plausible("Ali ibn Abi Talib al-Hashimi")).isPresent();
    }

    @Test
    void markupUrlsAddressesLabelsAndNoiseAreNot() {
        for (String junk : List.of(
                "&lt;div class=&quot;author&quot;&gt;", "<img src=x onerror=alert(1)>", "\"><script>alert(1)</script>",
                "{{ author.name }}", "[object Object]", "object Object", "https://outlet.example/staff/jane", "www.outlet.example",
                "jane.roe@outlet.example", "mailto:jane@outlet.example", "By", "by", "admin", "Admin", "STAFF", "Editor",
                "unknown", "null", "jsmith", "12345", "—", "...", "  ", "", "a",
                "This article was written by our correspondent in the capital with reporting from three other cities",
                "x".repeat(200), "Jane Roe, John Doe, Ann Smith, Bob Brown, Carl Green and Dana White")) {
            assertThat(AuthorNames.plausible(junk)).as(junk).isEmpty();
        }
        assertThat(AuthorNames.plausible(null)).isEmpty();
    }
}
