package kiosque.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
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
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The candidates' search skips non-competitive documents from its first hit: the hits must be the
 * ones an exhaustive search finds, in the same order with the same scores, ties included.
 */
class CandidatesTest {

  private static final String[] WORDS = IntStream.range(0, 40).mapToObj(i -> "w" + i).toArray(String[]::new);

  @Test
  void theBestHitsAreTheExhaustiveSearchsOnesWhateverTheQuery() throws Exception {
    Random random = new Random(12);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (int i = 0; i < 3000; i++) {
          Document doc = new Document();
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
        for (int round = 0; round < 200; round++) {
          Query query = query(random);
          int count = 1 + random.nextInt(100);

          ScoreDoc[] pruned = Candidates.top(searcher, query, count).scoreDocs;
          ScoreDoc[] exhaustive = searcher.search(query,
              new TopScoreDocCollectorManager(count, null, Integer.MAX_VALUE)).scoreDocs;

          assertThat(describe(pruned)).as("query %s, %d hits", query, count).isEqualTo(describe(exhaustive));
        }
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

  private static String describe(ScoreDoc[] hits) {
    return Arrays.stream(hits).map(h -> h.doc + ":" + h.score).collect(Collectors.joining(" "));
  }
}
