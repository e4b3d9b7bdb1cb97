package kiosque.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import kiosque.related.KeyTerms.VectorTerm;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The whole-text cosine read from postings: shared words weighed by rarity and frequency, long texts discounted. */
class TextCosineTest {

  private static final List<VectorTerm> CHOLERA = List.of(new VectorTerm("cholera", 9f), new VectorTerm("kinshasa", 6f),
      new VectorTerm("hopital", 2f));

  @Test
  void moreSharedAndRarerWordsScoreHigherAndALongTextIsDiscounted() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
        add(writer, "cholera kinshasa hopital eau");                       // 0: every word
        add(writer, "cholera hopital eau pluie");                          // 1: misses kinshasa
        add(writer, "hopital eau pluie vent");                             // 2: the common word only
        add(writer, "cholera kinshasa hopital eau " + "match but ".repeat(60)); // 3: as 0, in a long text
        add(writer, "football casablanca");                                // 4: nothing shared
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        Map<Integer, Double> scores = TextCosine.of(new IndexSearcher(reader), CHOLERA, List.of(4, 3, 2, 1, 0));

        assertThat(scores.get(0)).isGreaterThan(scores.get(1));
        assertThat(scores.get(1)).isGreaterThan(scores.get(2));
        assertThat(scores.get(2)).isGreaterThan(0);
        assertThat(scores.get(3)).isLessThan(scores.get(0)).isGreaterThan(0);
        assertThat(scores.get(4)).isZero();
      }
    }
  }

  @Test
  void eachComponentIsTheDocumentsOwnFrequencyInTheVectorsOrderWhateverTheSegment() throws Exception {
    // Words out of dictionary order, one absent from every text, documents spread over three segments.
    List<VectorTerm> vector = List.of(new VectorTerm("zinc", 1f), new VectorTerm("absent", 1f),
        new VectorTerm("abeille", 1f), new VectorTerm("miel", 1f), new VectorTerm("cire", 1f));
    List<String> texts = List.of("miel abeille abeille", "zinc", "cire miel zinc zinc zinc abeille", "rien",
        "abeille cire", "miel miel");
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (int i = 0; i < texts.size(); i++) {
          add(writer, texts.get(i));
          if (i % 2 == 1) {
            writer.commit();
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSize(3);
        Map<Integer, double[]> vectors = TextCosine.vectors(new IndexSearcher(reader), vector, List.of(5, 0, 3, 2, 1, 4));

        for (int doc = 0; doc < texts.size(); doc++) {
          List<String> words = List.of(texts.get(doc).split(" "));
          double[] expected = vector.stream().mapToLong(t -> words.stream().filter(t.stem()::equals).count())
              .mapToDouble(tf -> tf == 0 ? 0 : (1 + Math.log(tf)) / Math.sqrt(words.size())).toArray();
          assertThat(vectors.get(doc)).as("document %d", doc).containsExactly(expected, within(1e-9));
        }
      }
    }
  }

  private static void add(IndexWriter writer, String text) throws Exception {
    Document doc = new Document();
    doc.add(new TextField(SimilarityIndex.BODY, text, Field.Store.NO));
    writer.addDocument(doc);
  }
}
