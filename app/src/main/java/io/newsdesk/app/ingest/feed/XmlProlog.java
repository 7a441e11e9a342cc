package io.newsdesk.app.ingest.feed;

/**
 * What comes before the root element of a markup document: enough to tell the document's kind and to find a
 * DOCTYPE before any XML parser sees it. Scanning text by hand here means detection never needs a parser
 * that could be tricked into resolving anything.
 *
 * @param rootName        qualified name of the first element, or null when the text does not start with markup
 * @param doctypeStart    offset of {@code <!DOCTYPE}, or -1
 * @param doctypeEnd      offset just past the DOCTYPE's closing {@code >}, or -1
 * @param internalSubset  the DOCTYPE has a {@code [...]} part, where entities (XXE, billion laughs) are declared
 * @param htmlDoctype     {@code <!DOCTYPE html ...>}
 */
record XmlProlog(String rootName, int doctypeStart, int doctypeEnd, boolean internalSubset, boolean htmlDoctype) {

    static XmlProlog scan(String s) {
        int n = s.length();
        int i = 0;
        int dtStart = -1;
        int dtEnd = -1;
        boolean subset = false;
        boolean html = false;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (s.startsWith("<?", i)) {
                int e = s.indexOf("?>", i);
                if (e < 0) {
                    break;
                }
                i = e + 2;
            } else if (s.startsWith("<!--", i)) {
                int e = s.indexOf("-->", i);
                if (e < 0) {
                    break;
                }
                i = e + 3;
            } else if (s.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                dtStart = i;
                int j = i + 9;
                while (j < n && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                html = s.regionMatches(true, j, "html", 0, 4)
                        && (j + 4 >= n || !Character.isLetterOrDigit(s.charAt(j + 4)));
                char quote = 0;
                int depth = 0;
                for (; j < n; j++) {
                    char d = s.charAt(j);
                    if (quote != 0) {
                        if (d == quote) {
                            quote = 0;
                        }
                    } else if (d == '"' || d == '\'') {
                        quote = d;
                    } else if (d == '[') {
                        subset = true;
                        depth++;
                    } else if (d == ']') {
                        depth--;
                    } else if (d == '>' && depth <= 0) {
                        break;
                    }
                }
                dtEnd = Math.min(j + 1, n);
                i = dtEnd;
            } else if (c == '<') {
                int j = i + 1;
                while (j < n && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '>' && s.charAt(j) != '/') {
                    j++;
                }
                return new XmlProlog(s.substring(i + 1, j), dtStart, dtEnd, subset, html);
            } else {
                break;
            }
        }
        return new XmlProlog(null, dtStart, dtEnd, subset, html);
    }

    boolean hasDoctype() {
        return doctypeStart >= 0;
    }

    /** The root's local name in lower case ("rdf:RDF" gives "rdf"). */
    String rootLocalName() {
        if (rootName == null) {
            return null;
        }
        int colon = rootName.indexOf(':');
        return Texts.lower(colon >= 0 ? rootName.substring(colon + 1) : rootName);
    }
}
