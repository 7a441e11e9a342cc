package io.newsdesk.app.demo.outlets;

import io.newsdesk.app.content.Slugs;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A story as its outlet published it: when, and at which path. */
record ReleasedStory(DemoStory story, DemoOutlet outlet, Instant published) {
    /** The Vantara Coast keeps Central European time, without daylight saving to keep the demo simple. */
    static final ZoneOffset COAST_TIME = ZoneOffset.ofHours(1);

    OffsetDateTime localPublished() {
        return published.atOffset(COAST_TIME);
    }

    String slug() {
        return Slugs.of(story.headline());
    }

    /** {@code /<outlet>/<yyyy>/<mm>/<dd>/<slug>.html}, dated in coast time like the outlet's own pages. */
    String path() {
        LocalDate day = localPublished().toLocalDate();
        return "/%s/%04d/%02d/%02d/%s.html".formatted(outlet.slug(), day.getYear(), day.getMonthValue(), day.getDayOfMonth(), slug());
    }

    String imagePath() {
        return "/" + outlet.slug() + "/media/" + slug() + ".jpg";
    }
}
