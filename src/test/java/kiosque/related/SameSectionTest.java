package kiosque.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The candidates in the article's section, read as the index's facets store it, whatever the segment and order. */
class SameSectionTest {

  @Test
  void candidatesInTheArticlesSectionAreFoundAmongTopicsAndAuthorsAcrossSegments() throws Exception {
    FacetsConfig facets = new FacetsConfig();
    facets.setMultiValued("topic", true);
    // Sections of documents 0 to 5; a segment every two documents; 5 has no section; 1 has "Sport" as a topic only.
    String[] sections = {"Sport", "Monde", "Sciences & Tech", "Sport", "Monde", null};
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (int i = 0; i < sections.length; i++) {
          Document doc = new Document();
          if (sections[i] != null) {
            doc.add(new SortedSetDocValuesFacetField("section", sections[i]));
          }
          doc.add(new SortedSetDocValuesFacetField("topic", i == 1 ? "Sport" : "Climat"));
          doc.add(new SortedSetDocValuesFacetField("author", "Rédaction"));
          writer.addDocument(facets.build(doc));
          if (i % 2 == 1) {
            writer.commit();
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSize(3);
        IndexSearcher searcher = new IndexSearcher(reader);
        List<Candidate> candidates = List.of(5, 3, 1, 0, 4, 2).stream()
            .map(doc -> new Candidate(doc, doc + 100, 1f, Instant.EPOCH)).toList();

        assertThat(SameSection.of(searcher, "Sport", candidates)).containsExactly(false, true, false, true, false, false);
        assertThat(SameSection.of(searcher, "Économie", candidates)).as("a section no document has")
            .containsExactly(false, false, false, false, false, false);
        assertThat(SameSection.of(searcher, null, candidates)).containsExactly(false, false, false, false, false, false);
      }
    }
  }

  @Test
  void theSectionsValueIsTheOneTheIndexWrites() {
    assertThat(SimilarityIndex.sectionValue("Sport").utf8ToString())
        .isEqualTo(FacetsConfig.pathToString("section", new String[] {"Sport"}));
  }
}
