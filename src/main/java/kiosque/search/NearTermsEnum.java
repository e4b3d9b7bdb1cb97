package kiosque.search;

import java.io.IOException;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * A field's terms within the largest number of edits of a word, each with the similarity Lucene's
 * fuzzy terms enumeration gives it (its boost): 1 for the word itself, else {@code 1 - edits / length}
 * with the fewest edits that reach it and the shorter of the two lengths. The automata are built
 * once per search ({@link NearSpellings}); unlike Lucene's enumeration this one does not narrow to
 * fewer edits once its caller's queue is full of closer terms: the terms it still reads are those
 * the caller drops for their lower similarity.
 */
final class NearTermsEnum extends FilteredTermsEnum {

  private final BytesRef word;
  private final int wordLength;
  private final CompiledAutomaton[] automata;
  private final BoostAttribute similarity;

  /** @param automata from 0 edits to the most allowed, as {@link NearSpellings#upTo} builds them */
  NearTermsEnum(Terms terms, String word, CompiledAutomaton[] automata) throws IOException {
    super(terms.intersect(automata[automata.length - 1], null), false);
    this.word = new BytesRef(word);
    this.wordLength = word.codePointCount(0, word.length());
    this.automata = automata;
    this.similarity = attributes().addAttribute(BoostAttribute.class);
  }

  @Override
  protected AcceptStatus accept(BytesRef term) {
    int edits = automata.length - 1;
    while (edits > 0 && within(term, edits - 1)) {
      edits--;
    }
    similarity.setBoost(edits == 0 ? 1f
        : 1f - (float) edits / (float) Math.min(UnicodeUtil.codePointCount(term), wordLength));
    return AcceptStatus.YES;
  }

  private boolean within(BytesRef term, int edits) {
    return edits == 0 ? term.bytesEquals(word)
        : automata[edits].runAutomaton.run(term.bytes, term.offset, term.length);
  }
}
