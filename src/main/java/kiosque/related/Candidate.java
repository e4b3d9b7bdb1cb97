package kiosque.related;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;

/**
 * An article the similarity query found: its id, score and date come from doc values with the hit;
 * its headline, topics and names are read from stored fields only when a list needs them.
 */
final class Candidate {

  private static final Set<String> DETAIL_FIELDS = Set.of(SimilarityIndex.TITLE, SimilarityIndex.TOPIC_ID,
      SimilarityIndex.ENTITY);

  final int doc;
  final long articleId;
  final float score;
  final Instant publishedAt;
  /** The score over the article's own score: 1 for a copy of it, near 0 for a passing resemblance. */
  double similarity;
  private String title;
  private Set<String> topicIds;
  private Set<String> entityKeys;

  Candidate(int doc, long articleId, float score, Instant publishedAt) {
    this.doc = doc;
    this.articleId = articleId;
    this.score = score;
    this.publishedAt = publishedAt;
  }

  String title() {
    return title;
  }

  Set<String> topicIds() {
    return topicIds;
  }

  Set<String> entityKeys() {
    return entityKeys;
  }

  boolean hasDetails() {
    return title != null;
  }

  /** Reads the headline, topics and names once. */
  void loadDetails(IndexSearcher searcher) throws IOException {
    if (title != null) {
      return;
    }
    Document document = searcher.storedFields().document(doc, DETAIL_FIELDS);
    String storedTitle = document.get(SimilarityIndex.TITLE);
    title = storedTitle == null ? "" : storedTitle;
    topicIds = Arrays.stream(document.getValues(SimilarityIndex.TOPIC_ID)).collect(Collectors.toUnmodifiableSet());
    entityKeys = Arrays.stream(document.getValues(SimilarityIndex.ENTITY)).collect(Collectors.toUnmodifiableSet());
  }
}
