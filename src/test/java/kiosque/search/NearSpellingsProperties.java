package kiosque.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Near spellings read with one search's shared automata ({@link NearSpellings}) are Lucene's own: a
 * {@link NearSpellingQuery} finds and scores what Lucene's {@link FuzzyQuery} does, and the speller's
 * checker proposes what Lucene's {@code DirectSpellChecker} does, on small indexes of random words
 * (in one segment or several), the automata shared across words, fields and the speller's passes.
 */
class NearSpellingsProperties {

  private static final String[] FIELDS = {"headline", "text"};

  @Property(tries = 60)
  void findAndProposeWhatLuceneDoes(@ForAll("vocabularies") List<String> vocabulary,
      @ForAll @Size(min = 1, max = 6) List<@From("typed") String> typed,
      @ForAll @IntRange(min = 1, max = 4) int segments, @ForAll @IntRange(min = 1, max = 20) int expansions)
      throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      index(directory, vocabulary, segments);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        NearSpellings near = new NearSpellings();
        for (String word : typed) {
          int edits = TextQueries.editsAllowed(word);
          assertThat(proposals(Speller.checker(near), word, reader))
              .as("proposals for %s", word).isEqualTo(proposals(Speller.configured(new DirectSpellChecker()), word, reader));
          if (edits == 0) {
            continue;
          }
          for (String field : FIELDS) {
            Query lucene = new FuzzyQuery(new Term(field, word), edits, NearSpellings.PREFIX, expansions, true);
            Query shared = new NearSpellingQuery(new Term(field, word), edits, expansions, near);
            Query luceneTerms = searcher.rewrite(lucene);
            Query sharedTerms = searcher.rewrite(shared);
            assertThat(sharedTerms.toString()).as("%s in %s", word, field).isEqualTo(luceneTerms.toString());
            assertThat(found(searcher, sharedTerms)).as("%s in %s", word, field).isEqualTo(found(searcher, luceneTerms));
          }
        }
      }
    }
  }

  private static List<String> proposals(DirectSpellChecker checker, String word,
      DirectoryReader reader) throws IOException {
    SuggestWord[] words = checker.suggestSimilar(new Term("spelling", word), Speller.CANDIDATES, reader,
        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    return Arrays.stream(words).map(w -> w.string + " " + w.freq + " " + w.score).toList();
  }

  private static List<String> found(IndexSearcher searcher, Query query) throws IOException {
    TopDocs top = searcher.search(query, 1000);
    return Arrays.stream(top.scoreDocs).map((ScoreDoc hit) -> hit.doc + ":" + hit.score).toList();
  }

  /** Each word in one to a few documents, in each field and the spelling field, written in {@code segments} commits. */
  private static void index(ByteBuffersDirectory directory, List<String> vocabulary, int segments) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < vocabulary.size(); i++) {
        String word = vocabulary.get(i);
        for (int copy = 0; copy <= i % 4; copy++) {
          Document document = new Document();
          for (String field : List.of("headline", "text", "spelling")) {
            if (!(field.equals("headline") && copy % 2 == 1)) {
              document.add(new StringField(field, word, Field.Store.NO));
            }
          }
          // A second word makes frequencies differ between documents.
          document.add(new StringField("text", vocabulary.get((i * 7 + copy) % vocabulary.size()), Field.Store.NO));
          writer.addDocument(document);
        }
        if (segments > 1 && i % (vocabulary.size() / segments + 1) == 0) {
          writer.commit();
        }
      }
    }
  }

  @Provide
  Arbitrary<List<String>> vocabularies() {
    return words(1, 10).list().ofMinSize(5).ofMaxSize(300).uniqueElements();
  }

  @Provide
  Arbitrary<String> typed() {
    return words(4, 12);
  }

  /** Words from a few letters, so that many are near one another; an accent and a letter outside the BMP among them. */
  private static Arbitrary<String> words(int min, int max) {
    return Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.strings().withChars("abcder").ofMinLength(min).ofMaxLength(max)),
        Tuple.of(3, Arbitraries.strings().withChars("abcé").ofMinLength(min).ofMaxLength(max)),
        Tuple.of(1, Arbitraries.strings().withChars("abz").ofMinLength(min).ofMaxLength(max)
            .map(word -> word.replace("z", "\uD835\uDC9C"))));
  }
}
