package io.newsdesk.app.distribute.feeds;

import static io.newsdesk.app.distribute.XmlChars.clean;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Atom 1.0 through Rome: the excerpt (and attribution) as text summary, the full text when allowed as
 * html content, the section as category, the original as a {@code via} link, the lead image as an
 * {@code enclosure} link and {@code media:content}; self and hub links. The site is the feed's author,
 * so entries without a byline stay valid.
 */
final class AtomFeed {
    private AtomFeed() {}

    static byte[] write(FeedDocument doc) {
        Feed feed = new Feed("atom_1.0");
        feed.setEncoding("UTF-8");
        feed.setId(doc.feedUrl());
        feed.setTitle(clean(doc.title()));
        feed.setSubtitle(text(doc.description()));
        feed.setLanguage(doc.language());
        feed.setUpdated(date(doc.updated()));
        Generator generator = new Generator();
        generator.setValue("Newsdesk");
        feed.setGenerator(generator);
        feed.setAuthors(List.of(person(doc.siteName())));
        feed.setAlternateLinks(List.of(link("alternate", doc.pageUrl(), "text/html")));
        List<Link> other = new ArrayList<>();
        other.add(link("self", doc.feedUrl(), FeedFormat.ATOM.mediaType()));
        if (doc.webSubHub() != null) other.add(link("hub", doc.webSubHub(), null));
        feed.setOtherLinks(other);
        List<Entry> entries = new ArrayList<>();
        for (FeedEntry e : doc.entries()) entries.add(entry(e));
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed could not be written", e);
        }
    }

    private static Entry entry(FeedEntry e) {
        Entry entry = new Entry();
        entry.setId(e.url());
        entry.setTitle(clean(e.title()));
        entry.setAlternateLinks(List.of(link("alternate", e.url(), "text/html")));
        List<Link> other = new ArrayList<>();
        if (e.imageUrl() != null) other.add(link("enclosure", e.imageUrl(), ImageTypes.of(e.imageUrl())));
        if (e.originalUrl() != null) {
            Link via = link("via", e.originalUrl(), "text/html");
            if (e.outletName() != null) via.setTitle(clean(e.outletName()));
            other.add(via);
        }
        entry.setOtherLinks(other);
        entry.setPublished(date(e.published()));
        entry.setUpdated(date(e.lastChanged()));
        List<SyndPerson> authors = new ArrayList<>();
        for (String name : e.authors()) authors.add(person(name));
        entry.setAuthors(authors);
        if (e.category() != null) {
            Category category = new Category();
            category.setTerm(clean(e.category()));
            category.setLabel(clean(e.category()));
            entry.setCategories(List.of(category));
        }
        entry.setSummary(text(e.summary()));
        if (e.contentHtml() != null) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(clean(e.contentHtml()));
            entry.setContents(List.of(content));
        }
        if (e.imageUrl() != null) entry.setForeignMarkup(List.of(MediaRss.content(clean(e.imageUrl()))));
        return entry;
    }

    private static Content text(String value) {
        Content c = new Content();
        c.setType(Content.TEXT);
        c.setValue(clean(value));
        return c;
    }

    private static Person person(String name) {
        Person p = new Person();
        p.setName(clean(name));
        return p;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(clean(href));
        if (type != null) link.setType(type);
        return link;
    }

    private static Date date(Instant t) {
        return t == null ? null : Date.from(t);
    }
}
