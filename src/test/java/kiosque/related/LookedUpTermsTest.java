package kiosque.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kiosque.content.NamedEntities;
import kiosque.related.KeyTerms.KeyTerm;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Terms looked up once and shared by several searches must change nothing: the same hits with the
 * same scores as the plain query, run once or again, and the same postings as the reader's own,
 * in segments that lack a word too.
 */
class LookedUpTermsTest {

  private static final String[] WORDS = IntStream.range(0, 40).mapToObj(i -> "w" + i).toArray(String[]::new);
  private static final String[] NAMES = IntStream.range(0, 10).mapToObj(i -> "n" + i).toArray(String[]::new);

  @Test
  void aQueryOfLookedUpTermsScoresLikeThePlainOneEveryTimeItRuns() throws Exception {
    Random random = new Random(7);
    try (ByteBuffersDirectory dir = index(random); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      assertThat(reader.leaves()).hasSizeGreaterThan(3);
      for (int round = 0; round < 100; round++) {
        ArticleProfile profile = profile(random);
        LookedUpTerms lookedUp = new LookedUpTerms(searcher);
        Query shared = profile.query(SimilarityWeights.DEFAULT, lookedUp);
        String plain = describe(searcher, profile.query(SimilarityWeights.DEFAULT));

        assertThat(describe(searcher, shared)).as("first search, %s", shared).isEqualTo(plain);
        assertThat(describe(searcher, shared)).as("second search, %s", shared).isEqualTo(plain);
      }
    }
  }

  @Test
  void postingsAreTheReadersOwnAndNullWhereASegmentLacksTheWord() throws Exception {
    Random random = new Random(8);
    try (ByteBuffersDirectory dir = index(random); DirectoryReader reader = DirectoryReader.open(dir)) {
      LookedUpTerms lookedUp = new LookedUpTerms(new IndexSearcher(reader));
      List<Term> terms = new ArrayList<>();
      for (String word : WORDS) {
        terms.add(new Term(SimilarityIndex.BODY, word));
        terms.add(new Term(SimilarityIndex.TITLE, word));
      }
      terms.add(new Term(SimilarityIndex.BODY, "absent"));
      terms.add(new Term("no-such-field", "w1"));
      int missing = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        for (Term term : terms) {
          List<Integer> expected = docs(leaf.reader().postings(term, PostingsEnum.NONE));
          List<Integer> actual = docs(lookedUp.postings(leaf, term, PostingsEnum.NONE));
          assertThat(actual).as("%s in segment %d", term, leaf.ord).isEqualTo(expected);
          missing += expected == null ? 1 : 0;
        }
      }
      // The rare words are absent from some segments: the null case was exercised, not only the two made up.
      assertThat(missing).isGreaterThan(2 * reader.leaves().size());
    }
  }

  private static ByteBuffersDirectory index(Random random) throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (int i = 0; i < 2000; i++) {
        Document doc = new Document();
        doc.add(new TextField(SimilarityIndex.BODY, text(random, 1 + random.nextInt(12)), Field.Store.NO));
        doc.add(new TextField(SimilarityIndex.TITLE, text(random, 1 + random.nextInt(3)), Field.Store.NO));
        if (random.nextInt(3) == 0) {
          doc.add(new StringField(SimilarityIndex.ENTITY, NAMES[random.nextInt(NAMES.length)], Field.Store.NO));
        }
        writer.addDocument(doc);
        if (i % 400 == 399) {
          writer.commit();
        }
      }
    }
    return dir;
  }

  private static String text(Random random, int words) {
    return IntStream.range(0, words).mapToObj(i -> WORDS[(int) Math.abs(random.nextGaussian() * 10) % WORDS.length])
        .collect(Collectors.joining(" "));
  }

  private static ArticleProfile profile(Random random) {
    List<KeyTerm> terms = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(25); i < n; i++) {
      String word = WORDS[random.nextInt(WORDS.length)];
      terms.add(new KeyTerm(word, word, random.nextFloat(), random.nextBoolean()));
    }
    List<NamedEntities.Entity> names = new ArrayList<>();
    for (int i = 0, n = random.nextInt(4); i < n; i++) {
      String name = NAMES[random.nextInt(NAMES.length)];
      names.add(new NamedEntities.Entity(name, name, 1 + random.nextInt(5), random.nextBoolean()));
    }
    return new ArticleProfile(1, terms, names, List.of(), List.of());
  }

  private static String describe(IndexSearcher searcher, Query query) throws IOException {
    ScoreDoc[] hits = searcher.search(query, new TopScoreDocCollectorManager(50, null, Integer.MAX_VALUE)).scoreDocs;
    return Arrays.stream(hits).map(h -> h.doc + ":" + h.score).collect(Collectors.joining(" "));
  }

  private static List<Integer> docs(PostingsEnum postings) throws IOException {
    if (postings == null) {
      return null;
    }
    List<Integer> docs = new ArrayList<>();
    for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
      docs.add(doc);
    }
    return docs;
  }
}
