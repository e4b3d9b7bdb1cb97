package kiosque.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Facet counts taken in the collector give what Lucene's own facet counting gives, values and order. */
class FacetOrdinalsTest {

  private static final String[] DIMS = {ArticleDocument.SECTION, ArticleDocument.TOPIC, ArticleDocument.AUTHOR};

  @Test
  void countsAndOrderAreLuceneFacetCountsOverSeveralSegments() throws IOException {
    for (long seed = 1; seed <= 20; seed++) {
      compareOn(seed, 3 + (int) (seed % 4));
    }
  }

  @Test
  void countsAndOrderAreLuceneFacetCountsOnOneSegment() throws IOException {
    compareOn(42, 1);
  }

  @Test
  void aSegmentKeptAcrossARefreshCountsWithTheNewReadersOrdinals() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory,
            new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
      writer.addDocument(article("a", "Sport", List.of("Tennis"), List.of()));
      writer.addDocument(article("a", "Sport", List.of("Vélo"), List.of()));
      writer.commit();
      try (DirectoryReader first = DirectoryReader.open(directory)) {
        // The first searcher reads the old segment's values; the refreshed one reuses them.
        new FacetOrdinals(first, new DefaultSortedSetDocValuesReaderState(first, ArticleDocument.FACETS));
        // A new segment whose values sort before and between the old ones: every global ordinal moves.
        writer.addDocument(article("a", "Culture", List.of("Art", "Tennis"), List.of()));
        writer.deleteDocuments(new Term("body", "none"));
        writer.commit();
        try (DirectoryReader second = DirectoryReader.openIfChanged(first)) {
          assertThat(second.leaves()).hasSize(2);
          IndexSearcher searcher = new IndexSearcher(second);
          FacetOrdinals ordinals = new FacetOrdinals(second, new DefaultSortedSetDocValuesReaderState(second, ArticleDocument.FACETS));
          int[] counts = searcher.search(new MatchAllDocsQuery(), ordinals.counter());

          assertThat(ordinals.top(counts, ArticleDocument.TOPIC, 10))
              .containsExactly(new FacetCount("Tennis", 2, false), new FacetCount("Art", 1, false), new FacetCount("Vélo", 1, false));
          assertThat(ordinals.top(counts, ArticleDocument.SECTION, 10))
              .containsExactly(new FacetCount("Sport", 2, false), new FacetCount("Culture", 1, false));
        }
      }
    }
  }

  @Test
  void aDimensionNoMatchHasShowsNothing() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
        writer.addDocument(article("a", "France", List.of("Climat"), List.of()));
        writer.addDocument(article("b", "Sport", List.of(), List.of("Léa Martin")));
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        FacetOrdinals ordinals = new FacetOrdinals(reader, new DefaultSortedSetDocValuesReaderState(reader, ArticleDocument.FACETS));
        int[] counts = searcher.search(new TermQuery(new Term("body", "a")), ordinals.counter());

        assertThat(ordinals.top(counts, ArticleDocument.SECTION, 10)).containsExactly(new FacetCount("France", 1, false));
        assertThat(ordinals.top(counts, ArticleDocument.TOPIC, 10)).containsExactly(new FacetCount("Climat", 1, false));
        assertThat(ordinals.top(counts, ArticleDocument.AUTHOR, 10)).isEmpty();
      }
    }
  }

  /** Random articles in {@code segments} segments; every query's top values must be Lucene's, ties included. */
  private static void compareOn(long seed, int segments) throws IOException {
    Random random = new Random(seed);
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (int segment = 0; segment < segments; segment++) {
          int articles = 20 + random.nextInt(200);
          for (int i = 0; i < articles; i++) {
            writer.addDocument(article(Character.toString('a' + random.nextInt(5)), "Section " + random.nextInt(6),
                values(random, "Sujet ", 40, 4), values(random, "Auteur ", 15, 2)));
          }
          writer.commit();
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(reader.leaves()).hasSize(segments);
        IndexSearcher searcher = new IndexSearcher(reader);
        DefaultSortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, ArticleDocument.FACETS);
        FacetOrdinals ordinals = new FacetOrdinals(reader, state);
        for (Query query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("body", "a")),
            new TermQuery(new Term("body", "c")))) {
          int[] counts = searcher.search(query, ordinals.counter());
          SortedSetDocValuesFacetCounts lucene =
              new SortedSetDocValuesFacetCounts(state, searcher.search(query, new FacetsCollectorManager()));
          for (String dim : DIMS) {
            for (int max : new int[] {3, 10}) {
              assertThat(ordinals.top(counts, dim, max)).as("seed %d, %s, %s, top %d", seed, query, dim, max)
                  .isEqualTo(expected(lucene.getTopChildren(max, dim)));
            }
          }
        }
      }
    }
  }

  private static List<FacetCount> expected(FacetResult result) {
    List<FacetCount> counts = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue value : result.labelValues) {
        counts.add(new FacetCount(value.label, value.value.longValue(), false));
      }
    }
    return counts;
  }

  private static List<String> values(Random random, String prefix, int distinct, int most) {
    List<String> values = new ArrayList<>();
    for (int i = random.nextInt(most + 1); i > 0; i--) {
      String value = prefix + random.nextInt(distinct);
      if (!values.contains(value)) {
        values.add(value);
      }
    }
    return values;
  }

  private static Document article(String body, String section, List<String> topics, List<String> authors) throws IOException {
    Document doc = new Document();
    doc.add(new StringField("body", body, Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(ArticleDocument.SECTION, section));
    topics.forEach(topic -> doc.add(new SortedSetDocValuesFacetField(ArticleDocument.TOPIC, topic)));
    authors.forEach(author -> doc.add(new SortedSetDocValuesFacetField(ArticleDocument.AUTHOR, author)));
    return ArticleDocument.FACETS.build(doc);
  }
}
