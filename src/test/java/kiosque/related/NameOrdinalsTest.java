package kiosque.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import kiosque.content.NamedEntities.Entity;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Shared names found by segment ordinals agree with comparing the names' texts, in every segment. */
class NameOrdinalsTest {

  @Test
  void theNamesSharedAreTheOnesBothArticlesCarryWhateverTheSegment() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      // Two segments whose dictionaries differ, so an ordinal means another name in each.
      try (IndexWriter writer = new IndexWriter(dir,
          new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
        add(writer, "burundi", "nkurunziza", "bujumbura");   // 0
        add(writer, "france");                                // 1
        writer.commit();
        add(writer, "aaa", "nkurunziza");                     // 2: a name sorted before the shared one
        add(writer);                                          // 3: no name at all
        add(writer, "france", "paris", "zzz");                // 4
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSize(2);
        IndexSearcher searcher = new IndexSearcher(reader);
        NameOrdinals article = new NameOrdinals(List.of(entity("nkurunziza"), entity("france"), entity("absent")));

        assertThat(article.sharedWith(loaded(searcher, 0))).containsExactly(true, false, false);
        assertThat(article.sharedWith(loaded(searcher, 1))).containsExactly(false, true, false);
        assertThat(article.sharedWith(loaded(searcher, 2))).containsExactly(true, false, false);
        assertThat(article.sharedWith(loaded(searcher, 3))).containsExactly(false, false, false);
        assertThat(article.sharedWith(loaded(searcher, 4))).containsExactly(false, true, false);
        assertThat(loaded(searcher, 4).entityKeys()).containsExactlyInAnyOrder("france", "paris", "zzz");
      }
    }
  }

  private static Candidate loaded(IndexSearcher searcher, int doc) throws Exception {
    Candidate candidate = new Candidate(doc, doc + 1, 1f, Instant.EPOCH);
    candidate.loadDetails(searcher);
    return candidate;
  }

  private static Entity entity(String key) {
    return new Entity(key, key, 1, false);
  }

  private static void add(IndexWriter writer, String... names) throws Exception {
    Document doc = new Document();
    for (String name : names) {
      doc.add(new SortedSetDocValuesField(SimilarityIndex.ENTITY, new BytesRef(name)));
    }
    writer.addDocument(doc);
  }
}
