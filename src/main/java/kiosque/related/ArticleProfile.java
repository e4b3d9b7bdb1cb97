package kiosque.related;

import java.io.IOException;
import java.util.List;
import kiosque.content.Article;
import kiosque.content.NamedEntities;
import kiosque.content.Topic;
import kiosque.related.KeyTerms.KeyTerm;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What one article is about, as matching material: its key terms, the names it mentions and its
 * topics, and the one query that scores every other article against all three at once. Lucene's
 * BM25 gives each term, name and topic its rarity (idf) for free.
 *
 * @param articleId the article, or 0 for a draft that is not in the index
 */
record ArticleProfile(long articleId, List<KeyTerm> terms, List<NamedEntities.Entity> entities, List<Topic> topics,
    List<KeyTerms.VectorTerm> vector) {

  static final int MAX_ENTITIES = 15;

  ArticleProfile {
    terms = List.copyOf(terms);
    entities = List.copyOf(entities.subList(0, Math.min(MAX_ENTITIES, entities.size())));
    topics = List.copyOf(topics);
    vector = List.copyOf(vector);
  }

  /** The profile of a stored article, read against the current index. */
  static ArticleProfile of(IndexSearcher searcher, Analyzer analyzer, DocFrequencies frequencies, Article article,
      int keyTerms) throws IOException {
    KeyTerms.Analysed text = KeyTerms.analyse(analyzer, searcher.getIndexReader(), frequencies, article.title(),
        article.summary(), article.bodyText(), article.isPublished(), keyTerms);
    return new ArticleProfile(article.id(), text.keyTerms(), NamedEntities.in(article), article.topics(),
        text.vector());
  }

  /** The profile of a text not in the index (a draft): its words and names only. */
  static ArticleProfile ofDraft(IndexSearcher searcher, Analyzer analyzer, DocFrequencies frequencies, String title,
      String text) throws IOException {
    return new ArticleProfile(0, KeyTerms.of(analyzer, searcher.getIndexReader(), frequencies, title, "", text, false),
        NamedEntities.in(title, text), List.of(), List.of());
  }

  Query query() throws IOException {
    return query(SimilarityWeights.DEFAULT);
  }

  /** A query matching any article that shares a key term, a name or a topic; the article itself included. */
  Query query(SimilarityWeights weights) throws IOException {
    return query(weights, TermQuery::new);
  }

  /** The same query, its terms looked up once in {@code lookedUp} for every search that runs it. */
  Query query(SimilarityWeights weights, LookedUpTerms lookedUp) throws IOException {
    return query(weights, lookedUp::query);
  }

  /** Makes a clause's term query. */
  @FunctionalInterface
  private interface Clauses {
    Query of(Term term) throws IOException;
  }

  private Query query(SimilarityWeights weights, Clauses clauses) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (KeyTerm term : weights.text() == 0 && weights.title() == 0 ? List.<KeyTerm>of() : terms) {
      query.add(boosted(clauses.of(new Term(SimilarityIndex.BODY, term.stem())), weights.text() * term.weight()),
          Occur.SHOULD);
      if (term.inTitle()) {
        // A headline match counts for the words the article's own headline has (the two headlines
        // share it); for the text's other key terms the text clause is enough (docs/benchmarks.md,
        // session 7: the same quality on both halves, a third fewer clauses to score).
        query.add(boosted(clauses.of(new Term(SimilarityIndex.TITLE, term.stem())), weights.title() * term.weight()),
            Occur.SHOULD);
      }
    }
    int mostMentioned = entities.isEmpty() ? 1 : entities.getFirst().count();
    for (NamedEntities.Entity entity : weights.entity() == 0 ? List.<NamedEntities.Entity>of() : entities) {
      // The article's main names (often mentioned, or in the headline) count fully; a passing mention half.
      float weight = 0.5f + 0.5f * Math.min(1f, entity.inTitle() ? 1f : entity.count() / (float) mostMentioned);
      query.add(boosted(clauses.of(new Term(SimilarityIndex.ENTITY, entity.key())), weights.entity() * weight),
          Occur.SHOULD);
    }
    for (Topic topic : weights.topic() == 0 ? List.<Topic>of() : topics) {
      query.add(boosted(clauses.of(new Term(SimilarityIndex.TOPIC_ID, Long.toString(topic.id()))), weights.topic()),
          Occur.SHOULD);
    }
    return query.build();
  }

  boolean isEmpty() {
    return terms.isEmpty() && entities.isEmpty() && topics.isEmpty();
  }


  private static Query boosted(Query query, float boost) {
    return new BoostQuery(query, boost);
  }
}
