package io.newsdesk.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsdesk.app.fetch.FailureCause;
import io.newsdesk.app.fetch.FetchLimits;
import io.newsdesk.app.fetch.FetchRequest;
import io.newsdesk.app.fetch.FetchResult;
import io.newsdesk.app.fetch.Fetcher;
import io.newsdesk.app.fetch.FetcherConfig;
import io.newsdesk.extract.ExtractedArticle;
import io.newsdesk.extract.Extractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract the article from a saved page or a URL and print it.",
                "A URL is fetched as the importer fetches pages: robots.txt is respected, gzip, deflate and brotli are decoded, "
                        + "timeouts, size and redirect limits apply, and private or loopback addresses are refused unless "
                        + "--allow-private-networks (or NEWSDESK_ALLOW_PRIVATE_NETWORKS=true)."})
final class ExtractCommand implements Callable<Integer> {
    enum Format { json, text, html, markdown }

    /** A saved file is cut at the size the fetcher accepts for a page. */
    static final long MAX_FILE_BYTES = FetchLimits.DEFAULTS.maxBodyBytes();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE-OR-URL", description = "A saved HTML file, or an http(s) URL to fetch.")
    String source;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "json, text, html or markdown. Default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--url", paramLabel = "URL", description = "The page's address, for a file (resolves relative links).")
    String url;

    @Option(names = "--allow-private-networks", description = "Allow fetching from loopback and private network addresses.")
    boolean allowPrivateNetworks;

    // the option's earlier name, kept working for existing scripts but no longer shown in the help
    @Option(names = "--allow-private", hidden = true)
    boolean allowPrivate;

    /** The page's bytes; {@code url} and {@code contentType} are null for a file. */
    private record Page(byte[] body, String url, String contentType) {}

    /** A failure reported as one line on standard error, no stack trace. */
    private static final class Failed extends Exception {
        Failed(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Page page = isHttpUrl(source) ? fetch(source) : readFile(source);
            String pageUrl = url != null ? url : page.url();
            ExtractedArticle article = new Extractor().extract(page.body(), pageUrl, page.contentType());
            out.print(render(article, format, pageUrl));
            out.flush();
            return 0;
        } catch (Failed e) {
            spec.commandLine().getErr().println("extract: " + e.getMessage());
            return 1;
        }
    }

    static boolean isHttpUrl(String s) {
        return s.regionMatches(true, 0, "http://", 0, 7) || s.regionMatches(true, 0, "https://", 0, 8);
    }

    private Page fetch(String pageUrl) throws Failed {
        FetcherConfig config = FetcherConfig.fromEnvironment(System.getenv(), allowPrivateNetworks || allowPrivate);
        FetchResult r;
        try (Fetcher fetcher = new Fetcher(config)) {
            r = fetcher.fetch(FetchRequest.page(pageUrl));
        }
        if (r.failure() == FailureCause.PRIVATE_ADDRESS) {
            throw new Failed(r.message() + "; use --allow-private-networks to fetch private or loopback addresses");
        }
        if (!r.ok()) {
            throw new Failed(r.message());
        }
        return new Page(r.body(), r.finalUrl().toString(), r.contentType());
    }

    private Page readFile(String path) throws Failed {
        if (path.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
            throw new Failed("only http and https URLs can be fetched: " + path);
        }
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES);
            if (in.read() >= 0) {
                spec.commandLine().getErr().println("extract: warning: page cut at " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            return new Page(bytes, null, null);
        } catch (NoSuchFileException e) {
            throw new Failed("no such file: " + path);
        } catch (IOException | InvalidPathException e) {
            throw new Failed("cannot read " + path + ": " + e.getMessage());
        }
    }

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
        if (!byline.isEmpty()) out.append('*').append(Markdown.escape(byline)).append("*\n\n");
        out.append(Markdown.of(nullToEmpty(a.bodyHtml()), pageUrl != null ? pageUrl : a.canonicalUrl(), a.title()));
        return out.toString().strip() + "\n";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

}
