package kiosque.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** "At least n matches" agrees with the full count for every n, across segments. */
class MatchCountTest {

  @Test
  void atLeastIsTheCountComparedWithoutCountingAll() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (int segment = 0; segment < 3; segment++) {
          for (int i = 0; i < 7; i++) {
            Document doc = new Document();
            doc.add(new StringField("word", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
            writer.addDocument(doc);
          }
          writer.commit();
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (String word : new String[] {"even", "odd", "none"}) {
          Query query = new TermQuery(new Term("word", word));
          int count = searcher.count(query);
          for (int wanted = 0; wanted <= 25; wanted++) {
            assertThat(MatchCount.atLeast(searcher, query, wanted)).as("%s: at least %d of %d", word, wanted, count)
                .isEqualTo(count >= wanted);
          }
        }
      }
    }
  }
}
