package kiosque.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kiosque.testsupport.SearchTestSupport;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.TieredMergePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers' index as a live site makes it: one large segment from a rebuild, then documents
 * added and replaced one at a time with a refresh after each, as the follower applies a change
 * that comes alone.
 */
class SegmentMergesTest {

  private static final String WORD = "word";
  private static final int REBUILT = 2_000;
  private static final int CHANGES = 120;

  @TempDir
  Path dir;

  @Test
  void theSmallSegmentsOfPublicationsAreMergedTogetherAndTheIndexFindsWhatWasWritten() throws Exception {
    try (SearchIndex index = SearchIndex.open(dir)) {
      Map<Long, String> written = live(index);

      int small = index.withSearcher(searcher -> {
        int largest = searcher.getIndexReader().leaves().stream().mapToInt(l -> l.reader().maxDoc()).max().orElseThrow();
        return (int) searcher.getIndexReader().leaves().stream()
            .filter(l -> l.reader().maxDoc() < largest * SegmentMerges.SMALL_SHARE).count();
      });
      assertThat(small).isLessThanOrEqualTo(SegmentMerges.MAX_SMALL);
      assertThat(segments(index)).isLessThanOrEqualTo(2 + SegmentMerges.MAX_SMALL);
      assertFindsExactly(index, written);
    }
  }

  /** What the rule is for: Lucene's default policy leaves more of them (if it ever changes, so may the rule). */
  @Test
  void lucenesDefaultPolicyLeavesMoreSmallSegmentsThanTheRuleAllows() throws Exception {
    try (SearchIndex index = SearchIndex.open(dir, new TieredMergePolicy())) {
      Map<Long, String> written = live(index);

      assertThat(segments(index)).isGreaterThan(2 + SegmentMerges.MAX_SMALL);
      assertFindsExactly(index, written);
    }
  }

  /** A rebuild's segment, then single changes (new documents and edits of old ones), each refreshed. */
  private static Map<Long, String> live(SearchIndex index) throws IOException {
    Random random = new Random(7);
    Map<Long, String> written = new TreeMap<>();
    index.rebuildStarted();
    for (long id = 1; id <= REBUILT; id++) {
      written.put(id, text(random));
      index.add(document(id, written.get(id)));
    }
    index.mergeIntoOneSegment(() -> false);
    index.refresh();
    index.commit();
    index.rebuildEnded();
    long next = REBUILT + 1;
    for (int change = 0; change < CHANGES; change++) {
      long id = change % 3 == 0 ? next++ : 1 + random.nextInt((int) next - 1);
      written.put(id, text(random));
      index.update(id, document(id, written.get(id)));
      index.refresh();
    }
    assertThat(SearchTestSupport.waitFor(Duration.ofSeconds(30), () -> !index.merging())).isTrue();
    index.refresh();
    return written;
  }

  /** Every word finds exactly the documents last written with it, once each. */
  private static void assertFindsExactly(SearchIndex index, Map<Long, String> written) {
    for (int w = 0; w < 20; w++) {
      String word = "w" + w;
      Set<Long> expected = new TreeSet<>();
      written.forEach((id, text) -> {
        if (List.of(text.split(" ")).contains(word)) {
          expected.add(id);
        }
      });
      Set<Long> found = index.withSearcher(searcher -> {
        Set<Long> ids = new HashSet<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(new TermQuery(new Term(WORD, word)), REBUILT + CHANGES).scoreDocs) {
          assertThat(ids.add(Long.parseLong(stored.document(hit.doc).get(ArticleDocument.ID)))).isTrue();
        }
        return ids;
      });
      assertThat(found).as(word).isEqualTo(expected);
    }
    assertThat(index.documentCount()).isEqualTo(written.size());
  }

  private static int segments(SearchIndex index) {
    return index.withSearcher(searcher -> searcher.getIndexReader().leaves().size());
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      text.append("w").append(random.nextInt(20)).append(' ');
    }
    return text.toString().trim();
  }

  private static Document document(long id, String text) {
    Document doc = new Document();
    doc.add(new StringField(ArticleDocument.ID, Long.toString(id), Field.Store.YES));
    doc.add(new TextField(WORD, text, Field.Store.NO));
    return doc;
  }
}
