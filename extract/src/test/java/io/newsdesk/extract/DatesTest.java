package io.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void w3cFormsOfFeedsAndSitemapsAreReadExactly() {
        assertThat(Dates.parseW3c("2024")).isEqualTo(OffsetDateTime.parse("2024-01-01T00:00Z"));
        assertThat(Dates.parseW3c("2024-05")).isEqualTo(OffsetDateTime.parse("2024-05-01T00:00Z"));
        assertThat(Dates.parseW3c(" 2024-05-17 ")).isEqualTo(OffsetDateTime.parse("2024-05-17T00:00Z"));
        assertThat(Dates.parseW3c("2024-05-17T08:30")).isEqualTo(OffsetDateTime.parse("2024-05-17T08:30Z"));
        assertThat(Dates.parseW3c("2024-05-17T08:30+02:00")).isEqualTo(OffsetDateTime.parse("2024-05-17T08:30+02:00"));
        assertThat(Dates.parseW3c("2024-05-17T08:30:15.250-05:00").getNano()).isEqualTo(250_000_000);
    }

    @Test
    void w3cParsingRefusesWhatItCannotReadExactly() {
        assertThat(Dates.parseW3c("2024-13-01")).isNull();
        assertThat(Dates.parseW3c("published 2024-05-17")).isNull();
        assertThat(Dates.parseW3c("17 May 2024")).isNull();
        assertThat(Dates.parseW3c("")).isNull();
        assertThat(Dates.parseW3c(null)).isNull();
    }

    @Test
    void pageDatesAreReadLeniently() {
        assertThat(Dates.parse("published 2024-05-17T08:30:15.250Z")).isEqualTo(OffsetDateTime.parse("2024-05-17T08:30:15Z"));
        assertThat(Dates.parse("Wed, 04 May 2022 02:41:00 GMT")).isEqualTo(OffsetDateTime.parse("2022-05-04T02:41Z"));
        assertThat(Dates.parseText("17.\u00a0Mai 2024")).isEqualTo(OffsetDateTime.parse("2024-05-17T00:00Z"));
        assertThat(Dates.fromUrl("https://n.example/2024/05/17/story")).isEqualTo(OffsetDateTime.parse("2024-05-17T00:00Z"));
    }
}
