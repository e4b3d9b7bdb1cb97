package kiosque.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kiosque.related.KeyTerms.KeyTerm;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The similarity query matches headlines only on the words the article's own headline has. */
class ArticleProfileTest {

  @Test
  void aKeyTermKnowsWhetherTheHeadlineHasIt() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
        for (String text : List.of("cholera kinshasa hopital", "cholera epidemie", "kinshasa pluie", "hopital vent")) {
          Document doc = new Document();
          doc.add(new TextField(SimilarityIndex.BODY, text, Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        List<KeyTerm> terms = KeyTerms.of(new WhitespaceAnalyzer(), reader, new DocFrequencies(), "cholera kinshasa",
            "", "cholera hopital epidemie kinshasa hopital", false);

        assertThat(terms.stream().filter(KeyTerm::inTitle).map(KeyTerm::stem))
            .containsExactlyInAnyOrder("cholera", "kinshasa");
        assertThat(terms.stream().filter(t -> !t.inTitle()).map(KeyTerm::stem))
            .containsExactlyInAnyOrder("hopital", "epidemie");
      }
    }
  }

  @Test
  void everyKeyTermIsSoughtInTextsButOnlyTheHeadlinesWordsInHeadlines() throws Exception {
    ArticleProfile profile = new ArticleProfile(7, List.of(new KeyTerm("cholera", "choléra", 1f, true),
        new KeyTerm("hopital", "hôpital", 0.6f, false), new KeyTerm("kinshasa", "Kinshasa", 0.5f, true),
        new KeyTerm("pluie", "pluie", 0.3f, false)), List.of(), List.of(), List.of());

    Set<String> clauses = clauses((BooleanQuery) profile.query());

    assertThat(clauses).containsExactlyInAnyOrder(
        "body:cholera", "body:hopital", "body:kinshasa", "body:pluie", "title:cholera", "title:kinshasa");
  }

  private static Set<String> clauses(BooleanQuery query) {
    return query.clauses().stream().map(BooleanClause::query)
        .map(q -> ((TermQuery) ((BoostQuery) q).getQuery()).getTerm())
        .map(t -> t.field() + ":" + t.text())
        .collect(Collectors.toSet());
  }
}
