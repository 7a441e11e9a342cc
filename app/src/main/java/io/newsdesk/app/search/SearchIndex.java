package io.newsdesk.app.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of published articles in {@code <data>/index}: one document per article, keyed by id.
 * Text is analysed as English (the site's language), and the StandardTokenizer under it splits and lower-cases
 * Cyrillic and other scripts too, so they are searchable; the original of a translated article is analysed in its
 * own language ({@link IndexAnalysis}).
 * It is a copy of the database that {@link SearchIndexer} keeps in step, so it can always be thrown away.
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    /**
     * Title and text in one field, what a reader's words are matched in: a query is then single terms, which Lucene skips
     * through by blocks, where "title or text" disjunctions for every word scored far more candidates. The title is in
     * it {@link #TITLE_TIMES} times, so that its words count more (a separate, optional title clause cost more than the
     * disjunctions it replaced).
     */
    static final String WORDS = "words";
    static final int TITLE_TIMES = 3;
    static final String SECTION = "section";
    static final String OUTLET = "outlet";
    static final String LANGUAGE = "language";
    static final String PUBLISHED = "published";
    static final String CHANGED = "changed";
    static final String AUTHOR = "author";
    static final String STORY = "story";
    /** The original of a translated article, per language of analysis (see {@link IndexAnalysis}). */
    static final String ORIGINAL_RU = "original_ru";
    static final String ORIGINAL_UK = "original_uk";
    static final String ORIGINAL_OTHER = "original";
    /** Title and text as unstemmed words, only for "did you mean" (no frequencies or positions: small). */
    static final String SPELLING = "spelling";
    private static final FieldType SPELLING_TYPE = spellingType();
    /** The text with the offsets of its terms in the postings: snippets mark matches without analysing the text again. */
    private static final FieldType TEXT_TYPE = textType();
    /** Lucene's default is 16 MB; a larger buffer flushes fewer, bigger segments when the whole index is built. */
    private static final double RAM_BUFFER_MB = 64;
    /** The commit user data key of the newest {@code changed_at} the index has caught up with. */
    private static final String WATERMARK = "watermark";
    /**
     * The commit user data key of the document layout; an index written with another layout is emptied on opening
     * and refilled by the indexer (2: authors, story, originals and the spelling field; 3: sorted newest first, offsets of
     * the text's terms; 4: id and change time as doc values, nothing stored; 5: title and text together in {@link #WORDS}).
     */
    private static final String LAYOUT = "layout";
    private static final String CURRENT_LAYOUT = "5";
    /**
     * The index keeps its documents newest first: a date-ordered search stops after its page, and a window of time
     * ("Related") is one run of documents in each segment rather than documents scattered over all of it.
     */
    static final SortField NEWEST = LongField.newSortField(PUBLISHED, true, SortedNumericSelector.Type.MAX);

    private final Analyzer analyzer;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Counts commits that changed documents, so that what was computed from the index knows when it is stale. */
    private final AtomicLong generation = new AtomicLong();

    private SearchIndex(Analyzer analyzer, Directory directory, IndexWriter writer) throws IOException {
        this.analyzer = analyzer;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens the index at {@code path}, creating it; an unreadable one is started afresh (the indexer refills it). */
    public static SearchIndex open(Path path) {
        try {
            Directory dir = FSDirectory.open(path);
            Analyzer analyzer = IndexAnalysis.create();
            IndexWriter writer;
            try {
                writer = new IndexWriter(dir, config(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | IllegalArgumentException e) {
                // an IllegalArgumentException: written in another order (an index of layout 2 or older, unsorted)
                log.warn("search index at {} is unreadable or of an older layout ({}); it is rebuilt from the database", path, e.toString());
                // even CREATE reads the old commit, so the broken files go first (the index is only a copy)
                for (String file : dir.listAll()) {
                    if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) dir.deleteFile(file);
                }
                writer = new IndexWriter(dir, config(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            }
            if (!CURRENT_LAYOUT.equals(commitData(writer).get(LAYOUT))) {
                if (writer.getDocStats().numDocs > 0) log.info("search index at {} has an older layout; it is rebuilt from the database", path);
                writer.deleteAll();
                writer.setLiveCommitData(Map.of(LAYOUT, CURRENT_LAYOUT).entrySet());
            }
            return new SearchIndex(analyzer, dir, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + path, e);
        }
    }

    private static IndexWriterConfig config(Analyzer analyzer) {
        return new IndexWriterConfig(analyzer).setRAMBufferSizeMB(RAM_BUFFER_MB).setIndexSort(new Sort(NEWEST));
    }

    private static FieldType textType() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private static FieldType spellingType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setOmitNorms(true);
        t.setIndexOptions(IndexOptions.DOCS);
        t.freeze();
        return t;
    }

    /** Articles published from {@code from} to {@code to} (inclusive, epoch ms): a run of documents in a sorted segment. */
    static Query publishedBetween(long from, long to) {
        return new IndexSortSortedNumericDocValuesRangeQuery(PUBLISHED, from, to, LongField.newRangeQuery(PUBLISHED, from, to));
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** Adds or replaces the article's document (idempotent: keyed by id). */
    void put(IndexedArticle a) throws IOException {
        Document d = new Document();
        d.add(new StringField(ID, a.id(), Field.Store.NO));
        d.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
        d.add(new TextField(TITLE, a.title(), Field.Store.NO));
        String text = text(a.standfirst(), a.bodyText());
        d.add(new Field(TEXT, text, TEXT_TYPE));
        // separate values: the analysis puts a gap between them, so that no phrase runs from one into the next
        for (int i = 0; i < TITLE_TIMES; i++) d.add(new TextField(WORDS, a.title(), Field.Store.NO));
        d.add(new TextField(WORDS, text, Field.Store.NO));
        d.add(new StringField(SECTION, a.sectionSlug(), Field.Store.NO));
        if (a.outletSlug() != null) d.add(new StringField(OUTLET, a.outletSlug(), Field.Store.NO));
        d.add(new StringField(LANGUAGE, a.language(), Field.Store.NO));
        d.add(new LongField(PUBLISHED, a.publishedAt(), Field.Store.NO));
        d.add(new NumericDocValuesField(CHANGED, a.changedAt()));
        for (String author : a.authorSlugs()) d.add(new StringField(AUTHOR, author, Field.Store.NO));
        if (a.storyId() != null) d.add(new StringField(STORY, a.storyId(), Field.Store.NO));
        if (a.originalText() != null) {
            d.add(new TextField(IndexAnalysis.originalField(a.originalLanguage()), a.originalText(), Field.Store.NO));
        }
        d.add(new Field(SPELLING, a.title() + "\n" + text, SPELLING_TYPE));
        writer.updateDocument(new Term(ID, a.id()), d);
    }

    /** The text field's content: what snippets are cut from too. */
    static String text(String standfirst, String bodyText) {
        return standfirst == null ? bodyText : standfirst + "\n" + bodyText;
    }

    void remove(String id) throws IOException {
        writer.deleteDocuments(new Term(ID, id));
    }

    /**
     * The {@code changed_at} each of {@code ids} was indexed at; ids not in the index are absent. One terms enumerator
     * per segment serves all the ids (a query per id cost the indexer's first pass after a restart tens of seconds
     * when the last two minutes of writes held most of the site, as after a bulk import).
     */
    Map<String, Long> versions(Collection<String> ids) throws IOException {
        Map<String, Long> found = new HashMap<>();
        IndexSearcher s = searchers.acquire();
        try {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(ID);
                if (terms == null) continue;
                TermsEnum e = terms.iterator();
                Bits live = leaf.reader().getLiveDocs();
                PostingsEnum postings = null;
                for (String id : ids) {
                    if (!e.seekExact(new BytesRef(id))) continue;
                    postings = e.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (live == null || live.get(doc)) found.put(id, changed(leaf, doc));
                    }
                }
            }
        } finally {
            searchers.release(s);
        }
        return found;
    }

    /**
     * The article id of a document of {@code reader} (from doc values: reading stored fields decompressed a block
     * of them per hit, 9 % of an uncached article page's time for its twelve "Related").
     */
    static String id(IndexReader reader, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), ID);
        if (!ids.advanceExact(doc - leaf.docBase)) throw new IllegalStateException("document without an id: " + doc);
        return ids.lookupOrd(ids.ordValue()).utf8ToString();
    }

    /** The {@code changed_at} a document of {@code reader} was indexed with. */
    static long changed(IndexReader reader, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        return changed(leaf, doc - leaf.docBase);
    }

    private static long changed(LeafReaderContext leaf, int leafDoc) throws IOException {
        NumericDocValues changed = DocValues.getNumeric(leaf.reader(), CHANGED);
        if (!changed.advanceExact(leafDoc)) throw new IllegalStateException("document without a change time: " + leafDoc);
        return changed.longValue();
    }

    /** The watermark of the last commit; empty for a new (or rebuilt) index. */
    OptionalLong watermark() {
        String mark = commitData(writer).get(WATERMARK);
        return mark == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(mark));
    }

    private static Map<String, String> commitData(IndexWriter writer) {
        Map<String, String> found = new HashMap<>();
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) data.forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

    /** Makes the changes durable with the watermark they reach, and visible to searches. */
    void commit(long watermark) throws IOException {
        writer.setLiveCommitData(Map.of(WATERMARK, Long.toString(watermark), LAYOUT, CURRENT_LAYOUT).entrySet());
        boolean changed = writer.hasUncommittedChanges();
        writer.commit();
        searchers.maybeRefreshBlocking();
        if (changed) generation.incrementAndGet();
    }

    /**
     * Merges the index into one segment (after a build from scratch, which leaves several): every term a lookup
     * asks about is then one seek instead of one per segment, which halved "Related" at 200,000 articles. Later
     * writes add small segments that the merge policy folds in as usual.
     */
    void mergeIntoOneSegment() throws IOException {
        writer.forceMerge(1);
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Grows when a commit changed documents. */
    long generation() {
        return generation.get();
    }

    /** Runs {@code search} on the newest visible state of the index. */
    <T> T search(SearchCall<T> search) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return search.on(s);
        } finally {
            searchers.release(s);
        }
    }

    /** The number of documents (for tests and the status page). */
    public int size() throws IOException {
        return search(s -> s.getIndexReader().numDocs());
    }

    /** Whether the index can be searched and written (for /readyz). */
    public boolean isOpen() {
        return writer.isOpen();
    }

    /** The newest {@code articles.changed_at} the index has caught up with (for the index lag metric); empty when new. */
    public OptionalLong indexedUpTo() {
        return watermark();
    }

    interface SearchCall<T> {
        T on(IndexSearcher searcher) throws IOException;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        // IndexWriter.close() would wait for the merges running (about a minute when a stop came during the build
        // of a 1,000,000-article index); what was written is committed as close() would, and the merges are given
        // up: their segments stay as they were and are merged after a later start
        if (writer.isOpen()) {
            try {
                writer.commit();
            } finally {
                writer.rollback(); // also when the commit failed: the writer's lock is let go either way
            }
        }
        directory.close();
        analyzer.close();
    }
}
