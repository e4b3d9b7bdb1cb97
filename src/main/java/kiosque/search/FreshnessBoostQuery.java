package kiosque.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * A query's scores times {@link Freshness#factor}, the same scores Lucene's {@code FunctionScoreQuery}
 * gives, but with a bound: no factor exceeds {@link Freshness#MAX_FACTOR}, so the wrapped query's
 * maximum scores, times that, still bound the boosted ones, and a top-k search that need not count
 * every match may skip the blocks that cannot reach the page (block-max WAND), where the unbounded
 * function makes it score them all. (The reader's search counts every match for its facets.)
 */
final class FreshnessBoostQuery extends Query {

  private final Query boosted;
  private final long nowMillis;

  FreshnessBoostQuery(Query boosted, long nowMillis) {
    this.boosted = Objects.requireNonNull(boosted);
    this.nowMillis = nowMillis;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Weight inner = boosted.createWeight(searcher, scoreMode, boost);
    return scoreMode.needsScores() ? new BoostWeight(this, inner) : inner;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = boosted.rewrite(searcher);
    return rewritten == boosted ? this : new FreshnessBoostQuery(rewritten, nowMillis);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    boosted.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "fresh(" + boosted.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && boosted.equals(((FreshnessBoostQuery) other).boosted)
        && nowMillis == ((FreshnessBoostQuery) other).nowMillis;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), boosted, nowMillis);
  }

  private final class BoostWeight extends FilterWeight {

    BoostWeight(Query query, Weight inner) {
      super(query, inner);
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
      ScorerSupplier inner = in.scorerSupplier(context);
      if (inner == null) {
        return null;
      }
      NumericDocValues published = DocValues.getNumeric(context.reader(), ArticleDocument.PUBLISHED);
      return new ScorerSupplier() {
        @Override
        public Scorer get(long leadCost) throws IOException {
          return new BoostScorer(inner.get(leadCost), published);
        }

        @Override
        public long cost() {
          return inner.cost();
        }

        @Override
        public void setTopLevelScoringClause() throws IOException {
          inner.setTopLevelScoringClause();
        }
      };
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      Explanation inner = in.explain(context, doc);
      if (!inner.isMatch()) {
        return inner;
      }
      double factor = factor(DocValues.getNumeric(context.reader(), ArticleDocument.PUBLISHED), doc);
      return Explanation.match((float) (inner.getValue().doubleValue() * factor), "product of:", inner,
          Explanation.match(factor, "freshness"));
    }

    @Override
    public boolean isCacheable(LeafReaderContext context) {
      return false;
    }
  }

  private double factor(NumericDocValues published, int doc) throws IOException {
    // An article without a date keeps its score, as FunctionScoreQuery's boost leaves it.
    return published.advanceExact(doc) ? Freshness.factor(nowMillis, published.longValue()) : 1;
  }

  private final class BoostScorer extends FilterScorer {
    private final NumericDocValues published;
    private int factorDoc = -1;
    private double factor = 1;

    BoostScorer(Scorer in, NumericDocValues published) {
      super(in);
      this.published = published;
    }

    @Override
    public float score() throws IOException {
      int doc = docID();
      if (doc != factorDoc) {
        factor = factor(published, doc);
        factorDoc = doc;
      }
      return (float) (in.score() * factor);
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return Math.nextUp((float) (in.getMaxScore(upTo) * Freshness.MAX_FACTOR));
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      // A document whose own score is below this cannot reach minScore even as today's article.
      in.setMinCompetitiveScore(Math.max(0f, Math.nextDown((float) (minScore / Freshness.MAX_FACTOR))));
    }
  }
}
