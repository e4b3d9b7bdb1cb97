package kiosque.search;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index under the data directory: one {@link IndexWriter} for the life of the process
 * and a {@link SearcherManager} over it. Each commit records, in its user data, the last change-log
 * sequence number it contains, so a restart resumes from there. Changes are visible to searches
 * as soon as they are applied (a refresh); commits, which wait for the disk, are spaced out.
 *
 * <p>Opening never fails on a missing or damaged index: it starts an empty one and says it needs a
 * rebuild ({@link #rebuildReason()}); the database holds everything needed to fill it again.
 */
public final class SearchIndex implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
  static final String APPLIED_SEQ = "kiosque.applied_seq";
  static final Duration COMMIT_INTERVAL = Duration.ofSeconds(5);
  /** How often a rebuild's final merge is checked for its end, and the process for closing. */
  private static final Duration MERGE_POLL = Duration.ofMillis(50);
  /** Which fields the documents carry; an index built with other fields is rebuilt at start. */
  static final String FIELDS_VERSION = "kiosque.fields_version";
  /**
   * 2: for related articles, names (entity), topic ids (topic_id), ids (article_id) and headlines (title_value) as doc values.
   * 3: headline, standfirst and text as forms, unstemmed but for plurals (title_forms, summary_forms, body_forms),
   *    so exact forms rank above stem-only matches.
   */
  static final String CURRENT_FIELDS = "3";

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final String rebuildReason;
  private volatile long appliedSeq;
  private volatile boolean rebuilding;
  private volatile boolean uncommittedRebuild;
  private volatile long lastCommitNanos = System.nanoTime();

  private SearchIndex(Path path, Directory directory, IndexWriter writer, String rebuildReason) throws IOException {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, true, false, FacetedSearcher.FACTORY);
    this.appliedSeq = committedSeq(writer).orElse(0L);
    String fields = committed(writer, FIELDS_VERSION).orElse("1");
    this.rebuildReason = rebuildReason != null ? rebuildReason
        : committedSeq(writer).isEmpty() ? "its last build never finished"
        : !fields.equals(CURRENT_FIELDS) ? "its documents have fields of version " + fields + ", not " + CURRENT_FIELDS
        : null;
  }

  /**
   * Opens the index in {@code dir}, creating it when missing and replacing it when it cannot be
   * read (corrupt files, a format from another Lucene version).
   *
   * @throws SearchIndexException when another process holds the index, or the disk refuses
   */
  public static SearchIndex open(Path dir) {
    return open(dir, mergePolicy());
  }

  /** As {@link #open(Path)}, with another merge policy: to compare policies (bench, tests). */
  static SearchIndex open(Path dir, MergePolicy policy) {
    try {
      Files.createDirectories(dir);
      FSDirectory directory = FSDirectory.open(dir);
      boolean exists = DirectoryReader.indexExists(directory);
      try {
        return open(dir, directory, IndexWriterConfig.OpenMode.CREATE_OR_APPEND, exists ? null : "it does not exist", policy);
      } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
               | EOFException | NoSuchFileException | FileNotFoundException e) {
        log.warn("The search index in {} cannot be read ({}); starting a new one", dir, e.toString());
        wipe(directory);
        return open(dir, directory, IndexWriterConfig.OpenMode.CREATE, "it could not be read: " + e.getMessage(), policy);
      }
    } catch (LockObtainFailedException e) {
      throw new SearchIndexException("The search index " + dir + " is in use by another process"
          + " (is kiosque already running with this data directory?)", e);
    } catch (IOException e) {
      throw new SearchIndexException("Cannot open the search index " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens the index for reading only, beside the process that writes it (a command run while the
   * server uses the same data directory): searches see its last commit, at most a few seconds old,
   * and {@link #refresh()} moves to a newer one. Nothing may be written through it.
   *
   * @throws SearchIndexException when there is no complete index to read
   */
  public static SearchIndex openReadOnly(Path dir) {
    try {
      FSDirectory directory = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw new SearchIndexException("There is no search index in " + dir + " to read", null);
      }
      SearcherManager searchers = new SearcherManager(directory, FacetedSearcher.FACTORY);
      DirectoryReader reader = DirectoryReader.open(directory);
      String seq;
      try {
        seq = reader.getIndexCommit().getUserData().get(APPLIED_SEQ);
      } finally {
        reader.close();
      }
      if (seq == null) {
        searchers.close();
        directory.close();
        throw new SearchIndexException("The search index in " + dir + " is not built yet", null);
      }
      return new SearchIndex(dir, directory, searchers, Long.parseLong(seq));
    } catch (IOException e) {
      throw new SearchIndexException("Cannot read the search index " + dir + ": " + e.getMessage(), e);
    }
  }

  private SearchIndex(Path path, Directory directory, SearcherManager searchers, long appliedSeq) {
    this.path = path;
    this.directory = directory;
    this.writer = null;
    this.searchers = searchers;
    this.appliedSeq = appliedSeq;
    this.rebuildReason = null;
  }

  private static SearchIndex open(Path dir, Directory directory, IndexWriterConfig.OpenMode mode, String reason,
      MergePolicy policy) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(ArticleDocument.INDEX_ANALYZER)
        .setOpenMode(mode)
        .setMergePolicy(policy)
        .setRAMBufferSizeMB(64)
        // Every applied batch commits with its sequence number; a close must never commit a half-built index.
        .setCommitOnClose(false);
    IndexWriter writer = new IndexWriter(directory, config);
    try {
      if (mode == IndexWriterConfig.OpenMode.CREATE || reason != null) {
        writer.commit();
      }
      return new SearchIndex(dir, directory, writer, reason);
    } catch (IOException | RuntimeException e) {
      writer.rollback();
      throw e;
    }
  }

  /** How the writer merges the segments each refresh adds. */
  static MergePolicy mergePolicy() {
    return new SegmentMerges();
  }

  private static void wipe(Directory directory) throws IOException {
    for (String file : directory.listAll()) {
      directory.deleteFile(file);
    }
  }

  private static Optional<Long> committedSeq(IndexWriter writer) {
    return committed(writer, APPLIED_SEQ).map(Long::parseLong);
  }

  private static Optional<String> committed(IndexWriter writer, String key) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> entry : data) {
        if (entry.getKey().equals(key)) {
          return Optional.of(entry.getValue());
        }
      }
    }
    return Optional.empty();
  }

  /** Why the index must be rebuilt before it can be trusted, if it must. */
  Optional<String> rebuildReason() {
    return Optional.ofNullable(rebuildReason);
  }

  /** The last change-log sequence number committed into the index (0 for none). */
  long appliedSeq() {
    return appliedSeq;
  }

  /** True while a full rebuild runs; results may be incomplete and the search page says so. */
  public boolean isRebuilding() {
    return rebuilding;
  }

  void rebuildStarted() throws IOException {
    rebuilding = true;
    uncommittedRebuild = true;
    writer.deleteAll();
  }

  void rebuildEnded() {
    rebuilding = false;
  }

  /** Adds a document known to be absent: only during a rebuild, after {@link #rebuildStarted()}. */
  void add(Document doc) throws IOException {
    writer.addDocument(doc);
  }

  void update(long articleId, Document doc) throws IOException {
    writer.updateDocument(ArticleDocument.idTerm(articleId), doc);
  }

  void delete(long articleId) throws IOException {
    writer.deleteDocuments(ArticleDocument.idTerm(articleId));
  }

  /**
   * Merges what a full rebuild wrote into one segment, before it is made visible: a search then
   * looks each term up once rather than once per segment (six after a rebuild of 100,000 articles,
   * each flushed by the writer's buffer). Takes about half a minute of CPU at 100,000 articles and,
   * meanwhile, room on disk for the merged copy beside the parts (docs/benchmarks.md, session 8).
   * The segments later publications add stay small and the merge policy merges them among themselves.
   *
   * @throws CancellationException when {@code cancelled} turns true meanwhile (the process is
   *     closing): it does not wait for the merge, which the rollback of the unfinished rebuild stops
   */
  void mergeIntoOneSegment(BooleanSupplier cancelled) throws IOException {
    long started = System.nanoTime();
    // Not waited for inside forceMerge: a closing process would wait up to a minute for it.
    writer.forceMerge(1, false);
    while (merging()) {
      if (cancelled.getAsBoolean()) {
        throw new CancellationException("closing");
      }
      try {
        Thread.sleep(MERGE_POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted");
      }
    }
    log.info("The rebuilt search index {} was merged in {} ms", path, (System.nanoTime() - started) / 1_000_000);
  }

  /** Whether a merge runs or waits to run (the merge policy's, or a rebuild's). */
  boolean merging() {
    return writer.hasPendingMerges() || !writer.getMergingSegments().isEmpty();
  }

  /** Makes what was written visible to searches. */
  void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /**
   * Records the last change-log sequence number applied (and the fields version of the documents);
   * the next commit stores them with the documents they cover, so a restart resumes from there.
   */
  void applied(long seq) {
    Map<String, String> data = new HashMap<>();
    data.put(APPLIED_SEQ, Long.toString(seq));
    data.put(FIELDS_VERSION, CURRENT_FIELDS);
    writer.setLiveCommitData(data.entrySet());
    appliedSeq = seq;
  }

  /** Makes what was written durable (an fsync: tens of milliseconds), with the sequence number last recorded. */
  void commit() throws IOException {
    writer.commit();
    lastCommitNanos = System.nanoTime();
    uncommittedRebuild = false;
  }

  /**
   * Whether the last commit is old enough for another. Committing every batch would make each
   * change wait for an fsync; what a crash loses in between is replayed from the change log.
   */
  boolean commitDue() {
    return System.nanoTime() - lastCommitNanos >= COMMIT_INTERVAL.toNanos();
  }

  /** Runs {@code work} on the current searcher, released afterwards. */
  <T> T withSearcher(SearcherWork<T> work) {
    FacetedSearcher searcher;
    try {
      searcher = (FacetedSearcher) searchers.acquire();
    } catch (IOException e) {
      throw new SearchIndexException("Cannot read the search index " + path + ": " + e.getMessage(), e);
    }
    try {
      return work.apply(searcher);
    } catch (IOException e) {
      throw new SearchIndexException("Cannot read the search index " + path + ": " + e.getMessage(), e);
    } finally {
      try {
        searchers.release(searcher);
      } catch (IOException e) {
        log.warn("Releasing a searcher of {} failed", path, e);
      }
    }
  }

  /** What a search does with the searcher it was given. */
  @FunctionalInterface
  interface SearcherWork<T> {
    T apply(FacetedSearcher searcher) throws IOException;
  }

  int documentCount() {
    return writer.getDocStats().numDocs;
  }

  /**
   * Closes the writer. A rebuild cut short is rolled back, so the next start sees the last
   * complete commit (or none) and rebuilds again rather than trusting half an index.
   */
  @Override
  public void close() {
    try {
      searchers.close();
      if (writer == null) {
        directory.close();
        return;
      }
      if (uncommittedRebuild) {
        log.warn("Closing the search index in the middle of a rebuild; it will be rebuilt at the next start");
        writer.rollback();
      } else {
        writer.commit();
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new SearchIndexException("Closing the search index " + path + " failed: " + e.getMessage(), e);
    }
  }
}
