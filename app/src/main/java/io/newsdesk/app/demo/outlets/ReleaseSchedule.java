package io.newsdesk.app.demo.outlets;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When each demo story appears: about a third are already out at the start, backdated over the past hours,
 * so a newcomer's site is not empty; the rest come out one per interval, in catalog order, and carry their
 * release time as their publication time. Depends only on the start instant, so it is deterministic.
 */
final class ReleaseSchedule {
    /** Spacing of the stories that are already out at the start. */
    static final Duration BACKDATE_STEP = Duration.ofMinutes(47);

    private final List<ReleasedStory> all; // in release order

    ReleaseSchedule(StoryCatalog catalog, Instant start, Duration interval) {
        if (interval.isNegative() || interval.isZero()) throw new IllegalArgumentException("release interval must be positive");
        List<DemoStory> stories = catalog.stories();
        int initial = (stories.size() + 2) / 3;
        List<ReleasedStory> list = new ArrayList<>(stories.size());
        for (int i = 0; i < stories.size(); i++) {
            Instant at = i < initial
                    ? start.minus(BACKDATE_STEP.multipliedBy(initial - i))
                    : start.plus(interval.multipliedBy(i - initial + 1L));
            DemoStory s = stories.get(i);
            list.add(new ReleasedStory(s, catalog.outlets().get(s.outlet()), at));
        }
        this.all = List.copyOf(list);
    }

    /** Every story, released or not, in release order. */
    List<ReleasedStory> all() {
        return all;
    }

    /** Stories out at {@code now}, newest first. */
    List<ReleasedStory> releasedAt(Instant now) {
        return all.stream().filter(r -> !r.published().isAfter(now))
                .sorted(Comparator.comparing(ReleasedStory::published).reversed()).toList();
    }

    /** Stories of one outlet out at {@code now}, newest first. */
    List<ReleasedStory> releasedAt(Instant now, String outletSlug) {
        return releasedAt(now).stream().filter(r -> r.outlet().slug().equals(outletSlug)).toList();
    }

    /** The next release after {@code now}, if any story is still to come. */
    Optional<Instant> nextReleaseAfter(Instant now) {
        return all.stream().map(ReleasedStory::published).filter(t -> t.isAfter(now)).min(Comparator.naturalOrder());
    }
}
