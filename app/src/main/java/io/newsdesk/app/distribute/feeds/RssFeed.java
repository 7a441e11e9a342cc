package io.newsdesk.app.distribute.feeds;

import static io.newsdesk.app.distribute.XmlChars.clean;

import io.newsdesk.app.distribute.XmlChars;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.rss.Source;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.newsdesk.app.web.Format;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * RSS 2.0 through Rome: the excerpt (and attribution) as description, the full text when allowed as
 * {@code content:encoded}, Dublin Core creators, the section as category, the outlet as {@code source},
 * the lead image as enclosure and {@code media:content}; {@code atom:link} self and hub.
 */
final class RssFeed {
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    private RssFeed() {}

    static byte[] write(FeedDocument doc) {
        Channel channel = new Channel("rss_2.0");
        channel.setEncoding("UTF-8");
        channel.setTitle(clean(doc.title()));
        channel.setLink(doc.pageUrl());
        channel.setDescription(clean(doc.description()));
        channel.setLanguage(doc.language());
        channel.setGenerator("Newsdesk");
        channel.setLastBuildDate(date(doc.updated()));
        channel.setPubDate(date(doc.updated()));
        List<Element> links = new ArrayList<>();
        links.add(atomLink("self", doc.feedUrl()).setAttribute("type", FeedFormat.RSS.mediaType()));
        if (doc.webSubHub() != null) links.add(atomLink("hub", doc.webSubHub()));
        channel.setForeignMarkup(links);
        List<Item> items = new ArrayList<>();
        for (FeedEntry e : doc.entries()) items.add(item(e));
        channel.setItems(items);
        try {
            return new WireFeedOutput().outputString(channel).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("RSS feed could not be written", e);
        }
    }

    private static Item item(FeedEntry e) {
        Item item = new Item();
        item.setTitle(clean(e.title()));
        item.setLink(e.url());
        Guid guid = new Guid();
        guid.setPermaLink(true);
        guid.setValue(e.url());
        item.setGuid(guid);
        Description description = new Description();
        description.setType("text/plain");
        description.setValue(clean(e.summary()));
        item.setDescription(description);
        if (e.contentHtml() != null) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(clean(e.contentHtml()));
            item.setContent(content);
        }
        item.setPubDate(date(e.published()));
        if (e.category() != null) {
            Category category = new Category();
            category.setValue(clean(e.category()));
            item.setCategories(List.of(category));
        }
        if (e.outletName() != null && e.originalUrl() != null) {
            Source source = new Source();
            source.setUrl(clean(e.originalUrl()));
            source.setValue(clean(e.outletName()));
            item.setSource(source);
        }
        List<Element> foreign = new ArrayList<>();
        if (e.imageUrl() != null) {
            Enclosure enclosure = new Enclosure();
            enclosure.setUrl(clean(e.imageUrl()));
            enclosure.setType(ImageTypes.of(e.imageUrl()));
            enclosure.setLength(0); // unknown: the size is not stored, and 0 is what the RSS board advises then
            item.setEnclosures(List.of(enclosure));
            foreign.add(MediaRss.content(clean(e.imageUrl())));
        }
        // RSS has no update time of its own; atom:updated is what readers that show edits look for
        if (e.updated() != null) foreign.add(new Element("updated", ATOM).setText(Format.iso(e.lastChanged())));
        item.setForeignMarkup(foreign);
        if (!e.authors().isEmpty()) {
            DCModule dc = new DCModuleImpl();
            dc.setCreators(e.authors().stream().map(XmlChars::clean).toList());
            List<Module> modules = new ArrayList<>(item.getModules());
            modules.add(dc);
            item.setModules(modules);
        }
        return item;
    }

    private static Element atomLink(String rel, String href) {
        return new Element("link", ATOM).setAttribute("rel", rel).setAttribute("href", clean(href));
    }

    private static Date date(Instant t) {
        return t == null ? null : Date.from(t);
    }
}
