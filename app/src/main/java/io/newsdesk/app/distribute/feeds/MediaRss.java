package io.newsdesk.app.distribute.feeds;

import org.jdom2.Element;
import org.jdom2.Namespace;

/** The Media RSS element for a lead image ({@code <media:content medium="image">}), which most readers show. */
final class MediaRss {
    static final Namespace NS = Namespace.getNamespace("media", "http://search.yahoo.com/mrss/");

    private MediaRss() {}

    static Element content(String imageUrl) {
        return new Element("content", NS).setAttribute("url", imageUrl).setAttribute("medium", "image")
                .setAttribute("type", ImageTypes.of(imageUrl));
    }
}
