package kiosque.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kiosque.search.SimilarityIndex;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Both lists' candidates are what an exhaustive search finds: every match scored, the recent list
 * filtered by date afterwards, ties to the higher article id. On an index sorted newest first (the
 * readers' index: the recent articles are a document-id range of each segment) and on an unsorted
 * one (the same query through the dates' points), over random dates, texts, ids, segments and
 * deletions, with many equal scores and dates.
 */
class RecentCandidatesProperties {

  private static final String[] WORDS = IntStream.range(0, 30).mapToObj(i -> "w" + i).toArray(String[]::new);
  private static final long DAY = 86_400_000L;
  /** The readers' index order ({@code ArticleDocument.INDEX_SORT}), spelled out here. */
  private static final Sort NEWEST_FIRST = new Sort(new SortField(SimilarityIndex.PUBLISHED, SortField.Type.LONG, true));

  @Property(tries = 30)
  void bothListsAreTheExhaustiveSearchsOnes(@ForAll long seed, @ForAll boolean sorted,
      @ForAll @IntRange(min = 1, max = 5) int segments) throws IOException {
    Random random = new Random(seed);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      int documents = index(dir, random, sorted, segments);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (int round = 0; round < 20; round++) {
          Query query = query(random);
          int count = 1 + random.nextInt(60);
          int recentCount = 1 + random.nextInt(30);
          // From a window holding every document to one holding none.
          Instant since = Instant.ofEpochMilli(random.nextInt(420) * DAY);
          if (sorted) {
            assertRecentFirst(reader, since.toEpochMilli());
          }

          Candidates.WithRecent found = Candidates.bestWithRecent(searcher, query, count, since, recentCount);

          List<Candidate> everyMatch = exhaustive(searcher, query, documents);
          assertThat(describe(found.all())).as("query %s, %d hits", query, count)
              .isEqualTo(describe(everyMatch.stream().limit(count).toList()));
          assertThat(describe(found.recent())).as("query %s, %d hits since %s", query, recentCount, since)
              .isEqualTo(describe(everyMatch.stream().filter(c -> !c.publishedAt.isBefore(since))
                  .limit(recentCount).toList()));
        }
      }
    }
  }

  private static int index(ByteBuffersDirectory dir, Random random, boolean sorted, int segments) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
    if (sorted) {
      config.setIndexSort(NEWEST_FIRST);
    }
    int documents = 100 + random.nextInt(900);
    List<Integer> ids = IntStream.rangeClosed(1, documents).boxed().collect(Collectors.toCollection(ArrayList::new));
    // Ids in no relation to the order of addition or of dates.
    Collections.shuffle(ids, random);
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (int i = 0; i < documents; i++) {
        Document doc = new Document();
        doc.add(new StringField(SimilarityIndex.ID, Integer.toString(ids.get(i)), Field.Store.NO));
        doc.add(new NumericDocValuesField(SimilarityIndex.ARTICLE_ID, ids.get(i)));
        // Days only, over about a year: many equal dates, and windows from all to none.
        long published = random.nextInt(400) * DAY;
        doc.add(new LongPoint(SimilarityIndex.PUBLISHED, published));
        doc.add(new NumericDocValuesField(SimilarityIndex.PUBLISHED, published));
        // Few distinct words and short texts: many equal scores, where skipping could pick another tie.
        doc.add(new TextField(SimilarityIndex.BODY, text(random, 1 + random.nextInt(10)), Field.Store.NO));
        doc.add(new TextField(SimilarityIndex.TITLE, text(random, 1 + random.nextInt(3)), Field.Store.NO));
        writer.addDocument(doc);
        if (random.nextInt(documents / segments + 1) == 0) {
          writer.commit();
        }
      }
      // Unpublished articles leave deleted documents behind until a merge.
      for (int i = 0; i < documents / 20; i++) {
        writer.deleteDocuments(new Term(SimilarityIndex.ID, Integer.toString(ids.get(random.nextInt(documents)))));
      }
    }
    return documents;
  }

  /** What the engine relies on: in every segment, the documents published since a date come first. */
  private static void assertRecentFirst(DirectoryReader reader, long since) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues published = leaf.reader().getNumericDocValues(SimilarityIndex.PUBLISHED);
      boolean older = false;
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        assertThat(published.advanceExact(doc)).isTrue();
        boolean recent = published.longValue() >= since;
        assertThat(recent && older).as("a recent document after an older one in %s", leaf).isFalse();
        older |= !recent;
      }
    }
  }

  /** Every match scored, best first, an equal score to the higher article id. */
  private static List<Candidate> exhaustive(IndexSearcher searcher, Query query, int documents) throws IOException {
    ScoreDoc[] hits = searcher.search(query, new TopScoreDocCollectorManager(documents, null, Integer.MAX_VALUE))
        .scoreDocs;
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Candidate> candidates = new ArrayList<>();
    for (ScoreDoc hit : hits) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      NumericDocValues ids = leaf.reader().getNumericDocValues(SimilarityIndex.ARTICLE_ID);
      NumericDocValues published = leaf.reader().getNumericDocValues(SimilarityIndex.PUBLISHED);
      ids.advanceExact(hit.doc - leaf.docBase);
      published.advanceExact(hit.doc - leaf.docBase);
      candidates.add(new Candidate(hit.doc, ids.longValue(), hit.score, Instant.ofEpochMilli(published.longValue())));
    }
    candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparingLong(c -> -c.articleId));
    return candidates;
  }

  private static String text(Random random, int words) {
    return IntStream.range(0, words).mapToObj(i -> WORDS[(int) Math.abs(random.nextGaussian() * 8) % WORDS.length])
        .collect(Collectors.joining(" "));
  }

  /** Like an article's query: weighted optional words on the text and the headline. */
  private static Query query(Random random) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int clauses = 1 + random.nextInt(25);
    for (int i = 0; i < clauses; i++) {
      String field = random.nextBoolean() ? SimilarityIndex.BODY : SimilarityIndex.TITLE;
      float boost = random.nextInt(4) == 0 ? 1f : random.nextFloat() * 3;
      query.add(new BoostQuery(new TermQuery(new Term(field, WORDS[random.nextInt(WORDS.length)])), boost), Occur.SHOULD);
    }
    return query.build();
  }

  private static String describe(List<Candidate> hits) {
    return hits.stream().map(c -> c.doc + ":" + c.articleId + ":" + c.score + ":" + c.publishedAt)
        .collect(Collectors.joining(" "));
  }
}
