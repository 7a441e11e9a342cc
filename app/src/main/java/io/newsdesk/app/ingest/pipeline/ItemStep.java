package io.newsdesk.app.ingest.pipeline;

import io.newsdesk.app.content.ArticleWriter;
import io.newsdesk.app.content.Excerpts;
import io.newsdesk.app.content.Slugs;
import io.newsdesk.app.fetch.FetchRequest;
import io.newsdesk.app.fetch.FetchResult;
import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.ingest.queue.PermanentFailure;
import io.newsdesk.app.ingest.queue.Job;
import io.newsdesk.app.ingest.queue.JobQueue;
import io.newsdesk.app.ingest.sources.ContentPolicy;
import io.newsdesk.app.ingest.sources.SectionRules;
import io.newsdesk.app.ingest.sources.Source;
import io.newsdesk.app.ingest.sources.SourceStore;
import io.newsdesk.app.ingest.stories.StoryClusters;
import io.newsdesk.app.language.LanguageIdentifier;
import io.newsdesk.app.media.BodyImages;
import io.newsdesk.app.media.ImageImporter;
import io.newsdesk.app.news.Article;
import io.newsdesk.app.translate.ArticleTranslations;
import io.newsdesk.app.translate.LanguagePair;
import io.newsdesk.app.translate.Segments;
import io.newsdesk.app.translate.Translator;
import io.newsdesk.app.news.ArticleDraft;
import io.newsdesk.app.news.ArticleStatus;
import io.newsdesk.app.store.AuthorStore;
import io.newsdesk.app.store.SectionStore;
import io.newsdesk.app.util.Sha256;
import io.newsdesk.extract.ExtractedArticle;
import io.newsdesk.extract.Extractor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The second step, one "item" job per new or changed feed entry: fetch the page and extract the article
 * (full-text policy) or keep the feed's excerpt, decide the language and whether it waits for translation,
 * drop exact copies, join a story, choose the section, and store it, all of the storing in one transaction
 * with the idempotency record, so a crash at any point leaves either nothing or everything.
 */
final class ItemStep {
    static final String KIND = "item";
    static final int EXCERPT_WORDS = 50;
    private static final int MAX_AUTHORS = 3;

    enum Outcome { NEW, UPDATED, UNCHANGED, DUPLICATE }

    /** An item's article before cleaning: from the extracted page or from the feed entry. */
    private record Content(String title, String bodyHtml, String baseUri, String text, Instant published, Instant modified,
            String language, String imageUrl, String imageCaption, String imageCredit, List<String> authors) {}

    private final Jdbi jdbi;
    private final Fetcher fetcher;
    private final SourceStore sources;
    private final ArticleWriter writer;
    private final StoryClusters stories;
    private final Extractor extractor = new Extractor();
    private final Clock clock;
    private final String siteLanguage;
    private final ImportCounts counts;
    private final ArticleTranslations translations;
    private final TranslateStep translate;
    private final LanguageIdentifier languages;
    private final JobQueue queue;
    private final Translator.Fix nameFix;
    private final ImageImporter images;
    private final Consumer<String> events;

    /** @param images stores the lead and body images; null keeps none (an article without its pictures, never a hot link) */
    ItemStep(Jdbi jdbi, Fetcher fetcher, SourceStore sources, ArticleWriter writer, StoryClusters stories, Clock clock,
            String siteLanguage, ImportCounts counts, ArticleTranslations translations, TranslateStep translate,
            LanguageIdentifier languages, JobQueue queue, Translator.Fix nameFix, ImageImporter images, Consumer<String> events) {
        this.jdbi = jdbi;
        this.fetcher = fetcher;
        this.sources = sources;
        this.writer = writer;
        this.stories = stories;
        this.clock = clock;
        this.siteLanguage = primary(siteLanguage);
        this.counts = counts;
        this.translations = translations;
        this.translate = translate;
        this.languages = languages;
        this.queue = queue;
        this.nameFix = nameFix;
        this.images = images;
        this.events = events;
    }

    Outcome handle(Job job) {
        ItemPayload p = ItemPayload.parse(job.payload());
        Source source = sources.byId(p.sourceId())
                .orElseThrow(() -> new IllegalStateException("source " + p.sourceId() + " no longer exists"));
        Content read = source.policy() == ContentPolicy.FULL_TEXT ? fromPage(source, p) : fromFeed(source, p);
        if (blank(read.title())) throw new PermanentFailure("item has no title");
        Content c = withStoredImages(read, p.link());
        String language = c.language();
        boolean awaitsTranslation = source.translate() && !language.equals("und") && !language.equals(siteLanguage);
        String sectionId = section(source, p);
        long now = clock.millis();
        // Cleaning parses the body: done before the transaction, which holds SQLite's one write lock and so
        // makes every other worker's write wait (authors are the draft's only database part, and clean ignores them).
        ArticleDraft draft = new ArticleDraft(c.title(), null, c.bodyHtml(), c.baseUri(), c.imageUrl(), c.imageCaption(),
                c.imageCredit(), sectionId, List.of(), language,
                awaitsTranslation ? ArticleStatus.HELD : ArticleStatus.PUBLISHED,
                c.published() != null ? c.published() : Instant.ofEpochMilli(now), c.modified(),
                new ArticleDraft.Imported(source.outletId(), p.link(), c.title(), language, false));
        Article cleaned = ArticleWriter.clean(draft, "");
        String contentHash = Sha256.hex(cleaned.title() + "\n" + cleaned.bodyHtml());
        StoryClusters.Fingerprint fingerprint = StoryClusters.fingerprint(cleaned.title() + "\n" + c.text());
        // the job is completed in the same transaction as its article: done exactly when the article is stored
        return jdbi.inTransaction(h -> {
            queue.complete(h, job);
            Optional<ImportedItems.Known> known = ImportedItems.find(h, p.canonicalUrl(), source.id(), p.guid());
            if (known.isPresent() && !known.get().duplicate()) {
                ImportedItems.Known k = known.get();
                if (k.contentHash().equals(contentHash)) {
                    ImportedItems.seen(h, k, p.entryHash(), contentHash, now);
                    return Outcome.UNCHANGED;
                }
                if (translations.sourceChanged(h, k.articleId(), segments(cleaned))) {
                    // a translated article keeps its current version until the new original is translated
                    translate.queue(h, k.articleId(), contentHash);
                } else {
                    writer.replaceText(h, k.articleId(), cleaned, c.modified() != null ? c.modified() : Instant.ofEpochMilli(now));
                }
                stories.refresh(h, k.articleId(), fingerprint);
                ImportedItems.seen(h, k, p.entryHash(), contentHash, now);
                return Outcome.UPDATED;
            }
            Optional<String> copyOf = stories.exactCopy(h, fingerprint);
            if (copyOf.isPresent()) {
                if (known.isEmpty()) ImportedItems.insert(h, p, copyOf.get(), contentHash, true, now);
                else ImportedItems.seen(h, known.get(), p.entryHash(), contentHash, now);
                return Outcome.DUPLICATE;
            }
            Article stored = writer.save(h, cleaned, authorIds(h, c.authors(), language));
            if (awaitsTranslation) {
                translations.start(h, stored.id(), new LanguagePair(language, siteLanguage), segments(stored));
                translate.queue(h, stored.id(), null);
            }
            stories.place(h, stored.id(), fingerprint, stored.publishedAt().toEpochMilli());
            if (known.isEmpty()) {
                ImportedItems.insert(h, p, stored.id(), contentHash, false, now);
            } else { // it was a copy of another article and now has text of its own
                h.createUpdate("UPDATE imported_items SET article_id = :a, duplicate = FALSE WHERE canonical_url = :url")
                        .bind("a", stored.id()).bind("url", known.get().canonicalUrl()).execute();
                ImportedItems.seen(h, known.get(), p.entryHash(), contentHash, now);
            }
            return Outcome.NEW;
        });
    }

    private Content fromPage(Source source, ItemPayload p) {
        FetchResult page = fetcher.fetch(FetchRequest.page(p.link()));
        if (!page.ok()) {
            String reason = "page fetch failed: " + page.failure() + ": " + page.message();
            if (page.failure().permanent(page.status())) throw new PermanentFailure(reason);
            throw new IllegalStateException(reason);
        }
        String url = page.finalUrl().toString();
        ExtractedArticle x = extractor.extract(withHints(page.body(), url, source), url, page.contentType());
        // the same page gives the same extraction: no use retrying
        if (blank(x.bodyHtml())) throw new PermanentFailure("no article body found on " + url);
        counts.extracted.incrementAndGet();
        ExtractedArticle.LeadImage lead = x.leadImage();
        return new Content(blank(p.title()) ? x.title() : p.title(), x.bodyHtml(), url, x.text(),
                firstTime(p.published(), x.published(), p.updated()), firstTime(p.updated(), x.modified(), null),
                language(source, x.language(), p.language(), (blank(p.title()) ? x.title() : p.title()) + "\n" + x.text()),
                lead == null ? p.imageUrl() : lead.url(),
                lead == null ? null : lead.caption(), lead == null ? null : lead.credit(), x.authors());
    }

    /**
     * The lead and body images fetched and stored by the site (before the transaction: they are network work),
     * their addresses replaced by the site's own. A refused image is left out, the reason told and kept in
     * {@code image_sources}; the article is imported all the same. Stored files are content-addressed, so a job
     * that fails or crashes after this and runs again finds them in place.
     */
    private Content withStoredImages(Content c, String link) {
        Function<String, ImageImporter.Outcome> store = images != null ? images::importImage
                : url -> new ImageImporter.Refused(url, "images are not kept here");
        List<ImageImporter.Refused> refused = new ArrayList<>();
        String lead = null;
        if (!blank(c.imageUrl())) {
            ImageImporter.Outcome o = store.apply(resolve(c.baseUri(), c.imageUrl()));
            if (o instanceof ImageImporter.Stored s) lead = s.image().url();
            else refused.add((ImageImporter.Refused) o);
        }
        BodyImages.Result body = BodyImages.localize(c.bodyHtml(), c.baseUri(),
                blank(c.imageUrl()) ? null : resolve(c.baseUri(), c.imageUrl()), store);
        refused.addAll(body.refused());
        counts.imagesStored.addAndGet((lead != null ? 1 : 0) + body.stored());
        counts.imagesRefused.addAndGet(refused.size());
        for (ImageImporter.Refused r : refused) events.accept("item " + link + ": image " + r.sourceUrl() + " refused: " + r.reason());
        // caption and credit stay with the article as data, shown only with a picture
        return new Content(c.title(), body.html(), c.baseUri(), c.text(), c.published(), c.modified(), c.language(), lead,
                c.imageCaption(), c.imageCredit(), c.authors());
    }

    private static String resolve(String base, String url) {
        try {
            return base == null ? url.strip() : new java.net.URI(base).resolve(url.strip()).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return url.strip();
        }
    }

    private Content fromFeed(Source source, ItemPayload p) {
        String text = summaryText(p.summary(), p.contentHtml());
        String excerpt = words(text, EXCERPT_WORDS);
        String outlet = sources.outletName(source.outletId());
        // the excerpt policy's prominent link to the original
        String body = "<p>" + Entities.escape(excerpt) + "</p><p><a href=\"" + Entities.escape(p.link()) + "\">Read the full article at "
                + Entities.escape(outlet) + "</a></p>";
        return new Content(p.title(), body, p.link(), excerpt, firstTime(p.published(), null, p.updated()),
                firstTime(p.updated(), null, null), language(source, null, p.language(), p.title() + "\n" + excerpt), p.imageUrl(), null,
                null, List.of());
    }

    /** The source's extraction hints, applied before extraction: parts removed, or only the named body kept. */
    private static byte[] withHints(byte[] body, String url, Source s) {
        if (blank(s.bodySelector()) && blank(s.removeSelectors())) return body;
        Document doc;
        try { // jsoup reads the BOM and <meta charset>; the result is re-encoded as UTF-8 and says so
            doc = Jsoup.parse(new java.io.ByteArrayInputStream(body), null, url);
        } catch (java.io.IOException e) {
            return body;
        }
        if (!blank(s.removeSelectors())) doc.select(s.removeSelectors()).remove();
        if (!blank(s.bodySelector())) {
            Element main = doc.selectFirst(s.bodySelector());
            if (main != null) {
                Element keep = main.clone();
                doc.body().empty().appendChild(new Element("article").appendChild(keep));
            }
        }
        doc.charset(StandardCharsets.UTF_8);
        return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The article's language, detected on its text. What the source declares (else what the page or feed
     * states) is only a hint: it decides short texts the detector cannot tell apart, and is the answer when
     * the detector has none ({@code und} when nothing says).
     */
    private String language(Source source, String page, String feed, String text) {
        String hint = !Source.AUTO_LANGUAGE.equals(source.language()) ? primary(source.language())
                : !blank(page) ? primary(page) : blank(feed) ? "und" : primary(feed);
        String detected = languages.detect(text, "und".equals(hint) ? null : hint);
        return "und".equals(detected) ? hint : detected;
    }

    static String primary(String tag) {
        if (blank(tag)) return "und";
        String t = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = t.indexOf('-');
        return dash > 0 ? t.substring(0, dash) : t;
    }

    private static Segments segments(Article a) {
        return Segments.of(a.title(), a.standfirst(), a.imageCaption(), a.bodyHtml()).withCredit(a.imageCredit());
    }

    private String section(Source source, ItemPayload p) {
        String slug = SectionRules.sectionFor(source.sectionRules(), p.categories(), p.link());
        return jdbi.withHandle(h -> {
            if (slug != null) {
                Optional<String> id = h.createQuery("SELECT id FROM sections WHERE slug = :slug").bind("slug", slug)
                        .mapTo(String.class).findOne();
                if (id.isPresent()) return id.get();
            }
            if (source.defaultSectionId() != null) return source.defaultSectionId();
            return new SectionStore(jdbi).firstOrDefault(h);
        });
    }

    /**
     * Author rows for the byline's names (created on first sight, by the slug of the name as written), at most
     * {@link #MAX_AUTHORS}; a name in another script than the site's is shown in the site's letters.
     */
    private List<String> authorIds(Handle h, List<String> names, String language) {
        LanguagePair pair;
        try {
            pair = new LanguagePair(language, siteLanguage);
        } catch (IllegalArgumentException notACode) {
            pair = new LanguagePair("und", siteLanguage);
        }
        List<String> ids = new ArrayList<>();
        for (String raw : names) {
            // markup fragments, links, e-mail addresses and labels used as names get no author page
            String name = io.newsdesk.app.content.AuthorNames.plausible(raw).orElse(null);
            if (name == null) continue;
            String slug = Slugs.of(name);
            if (slug == null || slug.isEmpty()) continue;
            String id = AuthorStore.idForByline(h, slug, name, shownName(pair, name));
            if (!ids.contains(id)) ids.add(id);
            if (ids.size() == MAX_AUTHORS) break;
        }
        return ids;
    }

    private String shownName(LanguagePair pair, String name) {
        String shown = io.newsdesk.app.content.CleanText.of(nameFix.name(pair, name));
        return shown.isEmpty() ? name : shown;
    }

    private static Instant firstTime(String fromFeed, OffsetDateTime fromPage, String fallback) {
        if (!blank(fromFeed)) return OffsetDateTime.parse(fromFeed).toInstant();
        if (fromPage != null) return fromPage.toInstant();
        return blank(fallback) ? null : OffsetDateTime.parse(fallback).toInstant();
    }

    static String words(String text, int max) {
        String[] w = text.strip().split("\\s+");
        if (w.length <= max) return text.strip();
        return String.join(" ", Arrays.copyOf(w, max)) + " …";
    }

    /** Words of the body's opening that locate it inside a summary. */
    private static final int OPENING_WORDS = 8;
    /** A summary's text before the body's opening longer than this is not a caption or credit but a summary of its own. */
    private static final int PREFIX_MAX_WORDS = 40;

    /**
     * The feed's summary as paragraph text without figures, captions and credits ({@link Excerpts#lead}), or the
     * entry's body when it has no summary. When the entry carries its body too, a summary that opens with
     * something short before the body's first words (a caption or credit flattened into it) starts at them.
     */
    private static String summaryText(String summaryHtml, String contentHtml) {
        String summary = plain(summaryHtml), body = plain(contentHtml);
        if (summary.isEmpty()) return body;
        String[] words = body.split("\\s+");
        if (words.length < OPENING_WORDS) return summary;
        String opening = String.join(" ", Arrays.copyOf(words, OPENING_WORDS));
        int at = summary.indexOf(opening);
        if (at > 0 && summary.substring(0, at).strip().split("\\s+").length <= PREFIX_MAX_WORDS) return summary.substring(at);
        return summary;
    }

    private static String plain(String html) {
        return blank(html) ? "" : Excerpts.lead(Jsoup.parseBodyFragment(html).body());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
