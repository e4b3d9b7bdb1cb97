package kiosque.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rescoring of a search's first hits, on a small index of plain text. */
class ProximityRescorerTest {

  private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
  private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE,
      new SortField(ArticleDocument.PUBLISHED, SortField.Type.LONG, true));

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private DirectoryReader reader;
  private IndexSearcher searcher;

  @BeforeEach
  void index() throws IOException {
    List<String> bodies = List.of(
        "la loi sur le travail est votée", // together
        "le travail reprend, la loi attendra", // apart
        "travail travail travail sans rapport avec une loi", // the most "travail", apart
        "la loi travail et la loi travail encore"); // together, twice
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (int i = 0; i < bodies.size(); i++) {
        Document doc = new Document();
        doc.add(new TextField(ArticleDocument.BODY, bodies.get(i), Field.Store.NO));
        doc.add(new NumericDocValuesField(ArticleDocument.PUBLISHED, NOW.minusSeconds(86_400L * i).toEpochMilli()));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  @AfterEach
  void close() throws IOException {
    reader.close();
    directory.close();
  }

  @Test
  void aRescoringThatMatchesNothingKeepsTheFirstOrder() throws IOException {
    TopDocs first = firstPass(new TermQuery(new Term(ArticleDocument.BODY, "travail")));

    TopDocs rescored = ProximityRescorer.rescore(searcher, first, new TermQuery(new Term(ArticleDocument.BODY, "absent")));

    assertThat(docs(rescored)).containsExactly(docs(first));
    assertThat(rescored.scoreDocs).noneMatch(hit -> Float.isNaN(hit.score));
  }

  @Test
  void wordsStandingTogetherMoveUp() throws IOException {
    TopDocs first = firstPass(new TermQuery(new Term(ArticleDocument.BODY, "travail")));
    Query together = new PhraseQuery.Builder().add(new Term(ArticleDocument.BODY, "loi"))
        .add(new Term(ArticleDocument.BODY, "travail")).setSlop(3).build();

    TopDocs rescored = ProximityRescorer.rescore(searcher, first, Freshness.boost(together, NOW));

    assertThat(docs(first)[0]).isEqualTo(2);
    assertThat(Arrays.copyOf(docs(rescored), 2)).containsExactlyInAnyOrder(0, 3);
  }

  @Test
  void theFullScoreReplacesTheCheapOne() throws IOException {
    // The cheap pass scores every document alike; the full score orders them as a search with it would.
    Query full = Freshness.boost(new TermQuery(new Term(ArticleDocument.BODY, "travail")), NOW);
    TopDocs first = firstPass(new org.apache.lucene.search.ConstantScoreQuery(
        new TermQuery(new Term(ArticleDocument.BODY, "loi"))));

    TopDocs rescored = ProximityRescorer.replace(searcher, first, 10, full);

    assertThat(docs(rescored)).containsExactly(docs(searcher.search(full,
        new TopFieldCollectorManager(RELEVANCE, 10, null, Integer.MAX_VALUE))));
  }

  @Test
  void theFreshnessBoostScoresAsLucenesFunctionScoreQuery() throws IOException {
    Query words = new TermQuery(new Term(ArticleDocument.BODY, "travail"));
    Query function = FunctionScoreQuery.boostByValue(words, DoubleValuesSource.fromField(ArticleDocument.PUBLISHED,
        published -> Freshness.factor(NOW.toEpochMilli(), published)));

    ScoreDoc[] expected = searcher.search(function, 10).scoreDocs;
    ScoreDoc[] actual = searcher.search(Freshness.boost(words, NOW), 10).scoreDocs;

    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i].doc).isEqualTo(expected[i].doc);
      assertThat(actual[i].score).isEqualTo(expected[i].score);
    }
  }

  private TopDocs firstPass(Query query) throws IOException {
    return searcher.search(Freshness.boost(query, NOW), new TopFieldCollectorManager(RELEVANCE, 10, null, Integer.MAX_VALUE));
  }

  private static int[] docs(TopDocs top) {
    return Arrays.stream(top.scoreDocs).mapToInt(hit -> hit.doc).toArray();
  }
}
