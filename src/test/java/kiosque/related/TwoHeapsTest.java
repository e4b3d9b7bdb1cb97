package kiosque.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The one search for both lists finds what the two searches found: the best hits overall and the
 * best among recent documents, the same documents with the same scores in the same order, ties
 * included, on random queries over a many-segment index with many equal scores.
 */
class TwoHeapsTest {

  private static final String[] WORDS = IntStream.range(0, 40).mapToObj(i -> "w" + i).toArray(String[]::new);
  private static final long DAY = 86_400_000L;

  @Test
  void bothListsAreTheTwoSearchesOnesWhateverTheQueryAndTheDate() throws Exception {
    Random random = new Random(8);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (int i = 0; i < 3000; i++) {
          Document doc = new Document();
          doc.add(new NumericDocValuesField(SimilarityIndex.ARTICLE_ID, i + 1));
          long published = random.nextInt(2000) * DAY;
          doc.add(new LongPoint(SimilarityIndex.PUBLISHED, published));
          doc.add(new NumericDocValuesField(SimilarityIndex.PUBLISHED, published));
          // Few distinct words and short texts: many equal scores, where skipping could pick another tie.
          doc.add(new TextField(SimilarityIndex.BODY, text(random, 1 + random.nextInt(12)), Field.Store.NO));
          doc.add(new TextField(SimilarityIndex.TITLE, text(random, 1 + random.nextInt(3)), Field.Store.NO));
          writer.addDocument(doc);
          if (i % 700 == 699) {
            writer.commit();
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertThat(reader.leaves()).hasSizeGreaterThan(3);
        int recentFound = 0;
        for (int round = 0; round < 300; round++) {
          Query query = query(random);
          int count = 1 + random.nextInt(100);
          int recentCount = 1 + random.nextInt(40);
          // From a window holding every document to one holding none.
          Instant since = Instant.ofEpochMilli(random.nextInt(2100) * DAY);

          Candidates.WithRecent both = Candidates.bestWithRecent(searcher, query, count, since, recentCount);

          assertThat(describe(both.all())).as("query %s, %d hits", query, count)
              .isEqualTo(describe(Candidates.best(searcher, query, count)));
          assertThat(describe(both.recent())).as("query %s, %d hits since %s", query, recentCount, since)
              .isEqualTo(describe(Candidates.bestSince(searcher, query, since, recentCount)));
          recentFound += both.recent().size();
        }
        assertThat(recentFound).as("the recent lists were not all empty").isGreaterThan(1000);
      }
    }
  }

  private static String text(Random random, int words) {
    return IntStream.range(0, words).mapToObj(i -> WORDS[(int) Math.abs(random.nextGaussian() * 10) % WORDS.length])
        .collect(Collectors.joining(" "));
  }

  /** Like an article's query: weighted optional words on the text and the headline. */
  private static Query query(Random random) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int clauses = 1 + random.nextInt(30);
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
