package io.newsdesk.extract;

import static io.newsdesk.extract.Dates.Reading.IN_TEXT;
import static io.newsdesk.extract.Dates.Reading.WHOLE_VALUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void feedAndSitemapFieldsAreReadExactly() {
        assertThat(Dates.parse(" 2024-05-17 ", WHOLE_VALUE)).isEqualTo(OffsetDateTime.parse("2024-05-17T00:00Z"));
        assertThat(Dates.parse("2024-05-17T08:30", WHOLE_VALUE)).isEqualTo(OffsetDateTime.parse("2024-05-17T08:30Z"));
        assertThat(Dates.parse("2024-05-17T08:30+02:00", WHOLE_VALUE)).isEqualTo(OffsetDateTime.parse("2024-05-17T08:30+02:00"));
        assertThat(Dates.parse("Wed, 04 May 2022 02:41:00 GMT", WHOLE_VALUE)).isEqualTo(OffsetDateTime.parse("2022-05-04T02:41Z"));
    }

    @Test
    void aWholeValueIsOneDateOrNothing() {
        assertThat(Dates.parse("2024-13-01", WHOLE_VALUE)).isNull();
        assertThat(Dates.parse("published 2024-05-17", WHOLE_VALUE)).isNull();
        assertThat(Dates.parse("2024-05-17 by the desk", WHOLE_VALUE)).isNull();
        assertThat(Dates.parse("17 May 2024", WHOLE_VALUE)).isNull();
        assertThat(Dates.parse("1715934600", WHOLE_VALUE)).isNull();
        assertThat(Dates.parse("", WHOLE_VALUE)).isNull();
        assertThat(Dates.parse(null, WHOLE_VALUE)).isNull();
    }

    @Test
    void pageDatesAreFoundInsideText() {
        assertThat(Dates.parse("published 2024-05-17T08:30:15Z", IN_TEXT)).isEqualTo(OffsetDateTime.parse("2024-05-17T08:30:15Z"));
        assertThat(Dates.parse("Wed, 04 May 2022 02:41:00 GMT", IN_TEXT)).isEqualTo(OffsetDateTime.parse("2022-05-04T02:41Z"));
        assertThat(Dates.parse("1715934600", IN_TEXT)).isEqualTo(OffsetDateTime.parse("2024-05-17T08:30Z"));
        assertThat(Dates.parseText("17.\u00a0Mai 2024")).isEqualTo(OffsetDateTime.parse("2024-05-17T00:00Z"));
        assertThat(Dates.fromUrl("https://n.example/2024/05/17/story")).isEqualTo(OffsetDateTime.parse("2024-05-17T00:00Z"));
    }

    // Where the page reader and the feed reader disagreed before they were one parser (docs/decisions.md):

    @Test
    void fractionalSecondsAreKeptWhereverTheDateIsRead() {
        OffsetDateTime exact = OffsetDateTime.parse("2024-05-17T08:30:15.250-05:00");
        assertThat(Dates.parse("2024-05-17T08:30:15.250-05:00", WHOLE_VALUE)).isEqualTo(exact);
        assertThat(Dates.parse("published 2024-05-17T08:30:15.250-05:00", IN_TEXT)).isEqualTo(exact);
        assertThat(Dates.parse("2024-05-17T08:30:15,25-05:00", IN_TEXT)).isEqualTo(exact);
        assertThat(Dates.parse("2024-05-17T08:30:15.123456789123Z", WHOLE_VALUE).getNano()).isEqualTo(123_456_789);
    }

    @Test
    void aYearOrAMonthAloneIsNotADateInAnyContext() {
        for (String coarse : new String[] {"2024", "2024-05"}) {
            assertThat(Dates.parse(coarse, WHOLE_VALUE)).as(coarse).isNull();
            assertThat(Dates.parse(coarse, IN_TEXT)).as(coarse).isNull();
        }
    }

    @Test
    void offsetsWithoutAColonOrMinutesAndASpaceForTheTAreReadInFeedsToo() {
        OffsetDateTime t = OffsetDateTime.parse("2024-05-17T08:30+02:00");
        for (String v : new String[] {"2024-05-17T08:30:00+0200", "2024-05-17T08:30:00+02", "2024-05-17 08:30:00+02:00"}) {
            assertThat(Dates.parse(v, WHOLE_VALUE)).as(v).isEqualTo(t);
            assertThat(Dates.parse(v, IN_TEXT)).as(v).isEqualTo(t);
        }
    }

    @Test
    void aLowerCaseTAndZAreReadOnAPageAsInAFeed() {
        OffsetDateTime t = OffsetDateTime.parse("2024-05-17T08:30:15Z");
        assertThat(Dates.parse("2024-05-17t08:30:15z", WHOLE_VALUE)).isEqualTo(t);
        assertThat(Dates.parse("2024-05-17t08:30:15z", IN_TEXT)).isEqualTo(t);
    }

    @Test
    void anRfc1123DateIsReadInAFeedFieldAsOnAPage() {
        OffsetDateTime t = OffsetDateTime.parse("2024-05-17T08:30+02:00");
        assertThat(Dates.parse("Fri, 17 May 2024 08:30:00 +0200", WHOLE_VALUE)).isEqualTo(t);
        assertThat(Dates.parse("Fri, 17 May 2024 08:30:00 +0200", IN_TEXT)).isEqualTo(t);
    }

    @Test
    void rssDatesInTheFormsOfRfc822AreRead() {
        assertThat(Dates.parse("Tue, 10 Jun 2003 04:00:00 EDT", WHOLE_VALUE)).isEqualTo(OffsetDateTime.parse("2003-06-10T04:00-04:00"));
        assertThat(Dates.parse("Tue, 10 Jun 2003 04:00:00 EDT", IN_TEXT)).isEqualTo(OffsetDateTime.parse("2003-06-10T04:00-04:00"));
        assertThat(Dates.parse("10 Jun 03 04:00 PST", WHOLE_VALUE)).isEqualTo(OffsetDateTime.parse("2003-06-10T04:00-08:00"));
        assertThat(Dates.parse("Tuesday, 10 June 2003 04:00:00 UT", WHOLE_VALUE)).isEqualTo(OffsetDateTime.parse("2003-06-10T04:00Z"));
        assertThat(Dates.parse("Tue, 10 Jun 2003 04:00:00", WHOLE_VALUE)).as("no zone: not a time we can place").isNull();
    }
}
