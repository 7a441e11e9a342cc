package io.newsdesk.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsdesk.extract.ExtractedArticle;
import io.newsdesk.extract.Extractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract the article from a saved page or a URL and print it.",
                "A URL is fetched with a plain bounded fetch (10 s timeout, at most 5 MB, up to 5 redirects, http(s) only,",
                "no private or loopback addresses unless --allow-private); the importer's fetcher will replace it."})
final class ExtractCommand implements Callable<Integer> {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int MAX_REDIRECTS = 5;

    enum Format { json, text, html, markdown }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE-OR-URL", description = "A saved HTML file, or an http(s) URL to fetch.")
    String source;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "json, text, html or markdown. Default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--url", paramLabel = "URL", description = "The page's address, for a file (resolves relative links).")
    String url;

    @Option(names = "--allow-private", description = "Allow fetching from loopback and private network addresses.")
    boolean allowPrivate;

    /** A failure reported as one line on standard error. */
    static final class ExtractException extends Exception {
        ExtractException(String message) {
            super(message);
        }
    }

    record Fetched(byte[] body, String url, String contentType, boolean truncated) {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Fetched page = isHttpUrl(source) ? fetch(URI.create(source), allowPrivate) : readFile(source);
            if (page.truncated()) {
                spec.commandLine().getErr().println("extract: warning: page cut at " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            String pageUrl = url != null ? url : page.url();
            ExtractedArticle article = new Extractor().extract(page.body(), pageUrl, page.contentType());
            out.print(render(article, format, pageUrl));
            out.flush();
            return 0;
        } catch (ExtractException e) {
            spec.commandLine().getErr().println("extract: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("extract: invalid URL " + source + ": " + e.getMessage());
            return 1;
        }
    }

    static boolean isHttpUrl(String s) {
        return s.regionMatches(true, 0, "http://", 0, 7) || s.regionMatches(true, 0, "https://", 0, 8);
    }

    private static Fetched readFile(String source) throws ExtractException {
        if (source.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
            throw new ExtractException("only http and https URLs can be fetched: " + source);
        }
        Path path = Path.of(source);
        try {
            long size = Files.size(path);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(MAX_BYTES);
            }
            return new Fetched(bytes, null, null, size > MAX_BYTES);
        } catch (NoSuchFileException e) {
            throw new ExtractException("no such file: " + source);
        } catch (IOException e) {
            throw new ExtractException("cannot read " + source + ": " + e.getMessage());
        }
    }

    /**
     * GET with the limits above. Redirects are followed here, not by the client, so that every hop
     * is checked against the scheme and address rules.
     */
    static Fetched fetch(URI uri, boolean allowPrivate) throws ExtractException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                checkTarget(uri, allowPrivate);
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                        .header("User-Agent", "Newsdesk-extract/0.1")
                        .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5").GET().build();
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                try (InputStream body = response.body()) {
                    if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                        uri = uri.resolve(response.headers().firstValue("Location").get().strip());
                        continue;
                    }
                    if (status != 200) throw new ExtractException("HTTP " + status + " from " + uri);
                    byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                    boolean truncated = bytes.length > MAX_BYTES;
                    if (truncated) bytes = java.util.Arrays.copyOf(bytes, MAX_BYTES);
                    return new Fetched(bytes, uri.toString(), response.headers().firstValue("Content-Type").orElse(null), truncated);
                }
            }
            throw new ExtractException("more than " + MAX_REDIRECTS + " redirects from " + uri);
        } catch (java.net.http.HttpTimeoutException e) {
            throw new ExtractException("timed out after " + TIMEOUT.toSeconds() + " s fetching " + uri);
        } catch (IOException e) {
            throw new ExtractException("cannot fetch " + uri + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractException("interrupted fetching " + uri);
        }
    }

    static void checkTarget(URI uri, boolean allowPrivate) throws ExtractException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ExtractException("only http and https URLs can be fetched: " + uri);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) throw new ExtractException("no host in URL " + uri);
        if (allowPrivate) return;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new ExtractException("unknown host " + host);
        }
        for (InetAddress a : addresses) {
            if (isPrivate(a)) {
                throw new ExtractException("refusing to fetch " + uri + ": " + host + " is a private or loopback address ("
                        + a.getHostAddress() + "); use --allow-private to allow it");
            }
        }
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
        }
        int first = b[0] & 0xff, second = b[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) // 0/8, 100.64/10 (carrier-grade NAT)
                || (first == 198 && (second == 18 || second == 19)) || first >= 240; // benchmarking, reserved
    }

    // ---------------------------------------------------------------- output formats

    /** {@code pageUrl} (may be null) resolves links the body left relative, in Markdown. */
    static String render(ExtractedArticle a, Format format, String pageUrl) {
        return switch (format) {
            case json -> json(a);
            case text -> text(a);
            case html -> nullToEmpty(a.bodyHtml()) + "\n";
            case markdown -> markdown(a, pageUrl);
        };
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static String json(ExtractedArticle a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", a.title());
        m.put("authors", a.authors());
        m.put("published", iso(a.published()));
        m.put("modified", iso(a.modified()));
        m.put("siteName", a.siteName());
        m.put("canonicalUrl", a.canonicalUrl());
        m.put("language", a.language());
        if (a.leadImage() == null) {
            m.put("leadImage", null);
        } else {
            Map<String, Object> image = new LinkedHashMap<>();
            image.put("url", a.leadImage().url());
            image.put("caption", a.leadImage().caption());
            image.put("credit", a.leadImage().credit());
            m.put("leadImage", image);
        }
        m.put("tags", a.tags());
        m.put("section", a.section());
        m.put("bodyHtml", a.bodyHtml());
        m.put("text", a.text());
        m.put("wordCount", a.wordCount());
        m.put("confidence", a.confidence());
        m.put("warnings", a.warnings());
        try {
            return JSON.writeValueAsString(m) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String iso(OffsetDateTime t) {
        return t == null ? null : t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String text(ExtractedArticle a) {
        StringBuilder out = new StringBuilder();
        if (a.title() != null && !a.title().isBlank()) out.append(a.title().strip()).append('\n');
        String byline = byline(a);
        if (!byline.isEmpty()) out.append(byline).append('\n');
        if (!out.isEmpty()) out.append('\n');
        out.append(nullToEmpty(a.text()).strip()).append('\n');
        return out.toString();
    }

    /** "By A, B · 2024-05-01 10:00 +02:00 · Site", leaving out what is missing. */
    static String byline(ExtractedArticle a) {
        List<String> parts = new ArrayList<>();
        if (a.authors() != null && !a.authors().isEmpty()) parts.add("By " + String.join(", ", a.authors()));
        if (a.published() != null) parts.add(a.published().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx")));
        if (a.siteName() != null && !a.siteName().isBlank()) parts.add(a.siteName().strip());
        return String.join(" · ", parts);
    }

    static String markdown(ExtractedArticle a, String pageUrl) {
        StringBuilder out = new StringBuilder();
        if (a.title() != null && !a.title().isBlank()) out.append("# ").append(oneLine(a.title())).append("\n\n");
        String byline = byline(a);
        if (!byline.isEmpty()) out.append('*').append(escape(byline)).append("*\n\n");
        out.append(Markdown.of(nullToEmpty(a.bodyHtml()), pageUrl != null ? pageUrl : a.canonicalUrl(), a.title()));
        return out.toString().strip() + "\n";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    static String escape(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]])", "\\\\$1");
    }

    /** Clean body HTML to Markdown: paragraphs, ## subheadings, lists, > quotes, [links](u), emphasis. */
    static final class Markdown {
        private final StringBuilder out = new StringBuilder();
        private String title;

        /** The Markdown of {@code html}; a heading repeating {@code title} at the very start is left out. */
        static String of(String html, String baseUrl, String title) {
            Element body = Jsoup.parseBodyFragment(html, baseUrl == null ? "" : baseUrl).body();
            Markdown md = new Markdown();
            md.title = title == null ? null : title.strip().replaceAll("\\s+", " ");
            md.blocks(body, "");
            return md.out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
        }

        /** Writes the block children of {@code el}; loose inline content becomes a paragraph. */
        private void blocks(Element el, String prefix) {
            StringBuilder inline = new StringBuilder();
            for (Node child : el.childNodes()) {
                if (child instanceof Element e && isBlock(e)) {
                    flush(inline, prefix);
                    block(e, prefix);
                } else {
                    inline(child, inline);
                }
            }
            flush(inline, prefix);
        }

        private void flush(StringBuilder inline, String prefix) {
            String text = inline.toString().replaceAll("[ \\t\\x0B\\f\\r\\n]+", " ").replaceAll(" ?\u2028 ?", "\u2028").strip();
            inline.setLength(0);
            if (text.isEmpty()) return;
            paragraph(text.replace("\u2028", "  \n"), prefix);
        }

        private void paragraph(String text, String prefix) {
            for (String line : text.split("\n", -1)) out.append(prefix).append(line.replace("\u2028", "")).append('\n');
            out.append(prefix.stripTrailing()).append('\n');
        }

        private void block(Element e, String prefix) {
            switch (e.normalName()) {
                case "h1", "h2" -> heading(e, "## ", prefix);
                case "h3" -> heading(e, "### ", prefix);
                case "h4", "h5", "h6" -> heading(e, "#### ", prefix);
                case "ul", "ol" -> list(e, prefix);
                case "blockquote" -> {
                    String inner = prefix + "> ";
                    blocks(e, inner);
                    String innerBlank = inner.stripTrailing() + "\n";
                    if (out.toString().endsWith(innerBlank)) out.setLength(out.length() - innerBlank.length());
                    out.append(prefix.stripTrailing()).append('\n');
                }
                case "hr" -> paragraph("---", prefix);
                case "pre" -> {
                    out.append(prefix).append("```\n");
                    for (String line : e.wholeText().strip().split("\n", -1)) out.append(prefix).append(line).append('\n');
                    out.append(prefix).append("```\n").append(prefix.stripTrailing()).append('\n');
                }
                case "table" -> table(e, prefix);
                default -> blocks(e, prefix); // p, div, figure, figcaption, section, li content...
            }
        }

        private void heading(Element e, String marks, String prefix) {
            StringBuilder text = new StringBuilder();
            for (Node child : e.childNodes()) inline(child, text);
            String t = text.toString().replace("\u2028", " ").replaceAll("\\s+", " ").strip();
            if (t.isEmpty()) return;
            if (out.isEmpty() && prefix.isEmpty() && t.equals(title == null ? null : escape(title))) return;
            paragraph(marks + t, prefix);
        }

        private void list(Element e, String prefix) {
            boolean ordered = e.normalName().equals("ol");
            int n = 1;
            for (Element item : e.children()) {
                if (!item.normalName().equals("li")) continue;
                String marker = ordered ? (n++) + ". " : "- ";
                Markdown inner = new Markdown();
                inner.blocks(item, "");
                String[] lines = inner.out.toString().strip().split("\n", -1);
                String indent = " ".repeat(marker.length());
                for (int i = 0; i < lines.length; i++) {
                    if (i == 0) out.append(prefix).append(marker).append(lines[i]).append('\n');
                    else if (lines[i].isBlank()) continue;
                    else out.append(prefix).append(indent).append(lines[i]).append('\n');
                }
            }
            out.append(prefix.stripTrailing()).append('\n');
        }

        private void table(Element table, String prefix) {
            List<List<String>> rows = new ArrayList<>();
            for (Element tr : table.select("tr")) {
                List<String> cells = new ArrayList<>();
                for (Element cell : tr.children()) {
                    if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) continue;
                    StringBuilder text = new StringBuilder();
                    for (Node child : cell.childNodes()) inline(child, text);
                    cells.add(text.toString().replace("\u2028", " ").replaceAll("\\s+", " ").strip().replace("|", "\\|"));
                }
                if (!cells.isEmpty()) rows.add(cells);
            }
            if (rows.isEmpty()) return;
            int width = rows.stream().mapToInt(List::size).max().orElse(1);
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = new ArrayList<>(rows.get(r));
                while (row.size() < width) row.add("");
                out.append(prefix).append("| ").append(String.join(" | ", row)).append(" |\n");
                if (r == 0) out.append(prefix).append("|").append(" --- |".repeat(width)).append('\n');
            }
            out.append(prefix.stripTrailing()).append('\n');
        }

        private void inline(Node node, StringBuilder out) {
            if (node instanceof TextNode t) {
                out.append(escape(t.getWholeText()));
                return;
            }
            if (!(node instanceof Element e)) return;
            switch (e.normalName()) {
                case "br" -> out.append('\u2028');
                case "script", "style", "noscript", "template" -> { }
                case "a" -> {
                    StringBuilder label = new StringBuilder();
                    for (Node c : e.childNodes()) inline(c, label);
                    String href = e.absUrl("href").isEmpty() ? e.attr("href") : e.absUrl("href");
                    String text = label.toString().strip();
                    if (href.isEmpty() || href.startsWith("javascript:")) out.append(text);
                    else out.append('[').append(text.isEmpty() ? href : text).append("](").append(href.replace(" ", "%20").replace(")", "%29")).append(')');
                }
                case "em", "i" -> wrap(e, "*", out);
                case "strong", "b" -> wrap(e, "**", out);
                case "code" -> out.append('`').append(e.text()).append('`');
                case "img" -> {
                    String src = e.absUrl("src").isEmpty() ? e.attr("src") : e.absUrl("src");
                    if (!src.isEmpty()) out.append("![").append(escape(e.attr("alt"))).append("](").append(src.replace(" ", "%20")).append(')');
                }
                default -> {
                    for (Node c : e.childNodes()) inline(c, out);
                }
            }
        }

        private void wrap(Element e, String mark, StringBuilder out) {
            StringBuilder inner = new StringBuilder();
            for (Node c : e.childNodes()) inline(c, inner);
            String text = inner.toString();
            if (text.isBlank()) {
                out.append(text);
                return;
            }
            // keep surrounding spaces outside the marks
            String lead = text.substring(0, text.length() - text.stripLeading().length());
            String trail = text.substring(text.stripTrailing().length());
            out.append(lead).append(mark).append(text.strip()).append(mark).append(trail);
        }

        private static boolean isBlock(Element e) {
            return switch (e.normalName()) {
                case "p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
                     "ul", "ol", "li", "blockquote", "pre", "figure", "figcaption", "table", "hr", "dl", "dt", "dd", "address",
                     "details", "summary" -> true;
                default -> false;
            };
        }
    }
}
