package kiosque.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;

/**
 * Lucene's {@link FuzzyQuery} (first letter kept, swaps as one edit, the {@code maxExpansions} nearest
 * terms blended by frequency) with the automata of one search's {@link NearSpellings}: the headline
 * and the text, and "Vouliez-vous dire", share them. Rewrites to the same terms and boosts as the
 * fuzzy query ({@code NearSpellingsProperties}). Equal to another for the same field, word, edits and
 * expansions, whatever automata it holds: they would be the same.
 */
final class NearSpellingQuery extends MultiTermQuery {

  private final Term term;
  private final int maxEdits;
  private final int maxExpansions;
  private final NearSpellings near;

  NearSpellingQuery(Term term, int maxEdits, int maxExpansions, NearSpellings near) {
    super(term.field(), FuzzyQuery.defaultRewriteMethod(maxExpansions));
    if (maxEdits < 1) {
      throw new IllegalArgumentException("A near spelling is at least one edit away: " + maxEdits);
    }
    this.term = term;
    this.maxEdits = maxEdits;
    this.maxExpansions = maxExpansions;
    this.near = near;
  }

  @Override
  protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
    return new NearTermsEnum(terms, term.text(), near.upTo(term.text(), maxEdits));
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(field)) {
      visitor.consumeTermsMatching(this, field, () -> near.upTo(term.text(), maxEdits)[maxEdits].runAutomaton);
    }
  }

  @Override
  public String toString(String defaultField) {
    return (field.equals(defaultField) ? "" : field + ":") + term.text() + "~" + maxEdits;
  }

  @Override
  public boolean equals(Object other) {
    return super.equals(other) && other instanceof NearSpellingQuery that && term.equals(that.term)
        && maxEdits == that.maxEdits && maxExpansions == that.maxExpansions;
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), term, maxEdits, maxExpansions);
  }
}
