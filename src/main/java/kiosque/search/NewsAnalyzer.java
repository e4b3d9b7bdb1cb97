package kiosque.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The French analysis chain, built in code so that every step is visible and pinned by a test:
 * standard tokenizer, elision with both apostrophes, lower case, accent folding, French stop
 * words, light French stemming.
 *
 * <p>Folding runs before the stemmer so that a word typed without accents reaches the stemmer
 * exactly as the accented word of the text does: {@code Etats} and {@code États} both become
 * {@code etat}. The price: the stemmer's rules that look for an accent ({@code -ère}, {@code
 * -ième}) no longer fire, so {@code boulangère} and {@code boulanger} stay apart.
 *
 * <p>The stemmer also turns proper nouns into stems ({@code Paris} → {@code pari}, and it squashes
 * doubled letters: {@code Marrakech} → {@code marakech}); that is why titles are indexed a second
 * time unstemmed ({@link Chain#FORMS}), so an exact name ranks above a stem that merely collides.
 */
public final class NewsAnalyzer extends Analyzer {

  /** Which steps of the chain run; each index field names the one it needs. */
  enum Chain {
    /** Everything, stemmed: the text fields readers search. */
    TEXT(true, true, true, false, false),
    /** Folded, stop words dropped, not stemmed: exact words and names. */
    WORDS(true, true, false, false, false),
    /**
     * The words as written, give or take a plural: {@code exoplanètes} and {@code exoplanète} are one
     * form, {@code équipe} and {@code équipements} two (the light stemmer makes them one stem). Words
     * under six letters are kept whole, so {@code Paris} never becomes {@code pari}.
     */
    FORMS(true, true, false, false, true),
    /** Lower case with accents kept, not stemmed: the vocabulary "Vouliez-vous dire" proposes. */
    SPELLING(false, true, false, false, false),
    /** Folded edge n-grams of every word, stop words kept: suggestions as you type. */
    PREFIXES(true, false, false, true, false),
    /** What a reader is typing, matched against {@link #PREFIXES}. */
    TYPED(true, false, false, false, false);

    final boolean fold;
    final boolean stopWords;
    final boolean stem;
    final boolean edgeNGrams;
    final boolean minimalStem;

    Chain(boolean fold, boolean stopWords, boolean stem, boolean edgeNGrams, boolean minimalStem) {
      this.fold = fold;
      this.stopWords = stopWords;
      this.stem = stem;
      this.edgeNGrams = edgeNGrams;
      this.minimalStem = minimalStem;
    }
  }

  /** Elided words, matched with either apostrophe (the filter itself accepts ' and ’). */
  static final CharArraySet ELISIONS = new CharArraySet(
      List.of("l", "d", "m", "n", "s", "t", "j", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"), true);

  /** Lucene's French stop words, accented as published and folded, for chains that fold and those that don't. */
  static final CharArraySet STOP_WORDS = stopWords();

  static final int MIN_PREFIX = 2;
  static final int MAX_PREFIX = 20;

  private final Chain chain;

  NewsAnalyzer(Chain chain) {
    this.chain = chain;
  }

  /** The chain readers' text is searched with: stemmed, folded, French stop words removed. */
  public static NewsAnalyzer text() {
    return new NewsAnalyzer(Chain.TEXT);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new ElisionFilter(source, ELISIONS);
    stream = new LowerCaseFilter(stream);
    if (chain.fold) {
      stream = new ASCIIFoldingFilter(stream);
    }
    if (chain.stopWords) {
      stream = new StopFilter(stream, STOP_WORDS);
    }
    if (chain.stem) {
      stream = new FrenchLightStemFilter(stream);
    }
    if (chain.minimalStem) {
      stream = new FrenchMinimalStemFilter(stream);
    }
    if (chain.edgeNGrams) {
      stream = new EdgeNGramTokenFilter(stream, MIN_PREFIX, MAX_PREFIX, true);
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream stream = new LowerCaseFilter(in);
    return chain.fold ? new ASCIIFoldingFilter(stream) : stream;
  }

  private static CharArraySet stopWords() {
    CharArraySet published = FrenchAnalyzer.getDefaultStopSet();
    CharArraySet both = new CharArraySet(published.size() * 2, false);
    for (Object word : published) {
      String text = new String((char[]) word);
      both.add(text);
      both.add(fold(text));
    }
    return CharArraySet.unmodifiableSet(both);
  }

  private static String fold(String word) {
    char[] out = new char[word.length() * 4];
    int length = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, out, 0, word.length());
    return new String(out, 0, length);
  }
}
