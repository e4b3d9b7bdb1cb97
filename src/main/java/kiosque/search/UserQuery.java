package kiosque.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * What a reader typed, reduced to analysed words and quoted phrases. Nothing of the input is ever
 * interpreted as Lucene syntax: the text goes through the same analysis as the articles, so
 * {@code title:(}, {@code *} or a lone quote are only punctuation. Sizes are bounded so that a
 * 10 KB paste costs no more than a long question.
 *
 * @param text the input as searched (trimmed, cut to {@link #MAX_CHARS})
 * @param words distinct words outside quotes, in order
 * @param phrases quoted phrases, each as terms at their positions
 */
record UserQuery(String text, List<Word> words, List<List<PhraseTerm>> phrases) {

  static final int MAX_CHARS = SearchQuery.MAX_TEXT;
  static final int MAX_WORDS = 24;
  static final int MAX_PHRASES = 3;
  static final int MAX_PHRASE_TERMS = 12;

  /** A word as the unstemmed fields hold it and as the stemmed ones do. */
  record Word(String exact, String stem) {}

  /** A phrase term (stemmed) and its position, which keeps the gaps left by stop words. */
  record PhraseTerm(String term, int position) {}

  private static final Pattern QUOTED = Pattern.compile("[\"“«]([^\"”»]*)(?:[\"”»]|$)");
  private static final Pattern OPERATORS = Pattern.compile("(?<![\\p{L}\\p{N}])(?:AND|OR|NOT)(?![\\p{L}\\p{N}])|&&|\\|\\|");
  static final Analyzer WORDS = new NewsAnalyzer(NewsAnalyzer.Chain.WORDS);
  static final Analyzer TEXT = NewsAnalyzer.text();

  static UserQuery parse(String input) {
    // A colon joins letters into one token (UAX#29 reads "title:mot" as a word); typed, it is syntax or a slip.
    String text = cut(input == null ? "" : input.strip()).replace(':', ' ');
    List<List<PhraseTerm>> phrases = new ArrayList<>();
    StringBuilder loose = new StringBuilder();
    Matcher quoted = QUOTED.matcher(text);
    int end = 0;
    while (quoted.find()) {
      loose.append(text, end, quoted.start()).append(' ');
      end = quoted.end();
      List<PhraseTerm> phrase = phrase(quoted.group(1));
      if (phrase.size() == 1 || phrases.size() == MAX_PHRASES) {
        loose.append(quoted.group(1)).append(' ');
      } else if (phrase.size() > 1) {
        phrases.add(phrase);
      }
    }
    loose.append(text, end, text.length());
    return new UserQuery(text, words(OPERATORS.matcher(loose).replaceAll(" ")), List.copyOf(phrases));
  }

  /** Nothing typed at all: the search lists everything (filtered), newest first. */
  boolean isBlank() {
    return text.isEmpty();
  }

  /** Something typed, but nothing searchable in it (only punctuation or stop words). */
  boolean isMeaningless() {
    return !isBlank() && words.isEmpty() && phrases.isEmpty();
  }

  private static String cut(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    return text.substring(0, end);
  }

  private static List<Word> words(CharSequence loose) {
    Map<String, Word> distinct = new LinkedHashMap<>();
    for (Token token : tokens(WORDS, loose.toString())) {
      if (distinct.size() == MAX_WORDS) {
        break;
      }
      distinct.computeIfAbsent(token.term(), exact -> new Word(exact, stem(exact)));
    }
    return List.copyOf(distinct.values());
  }

  /** The stemmed form of an already folded word: the text chain is the words chain plus the stemmer. */
  private static String stem(String exact) {
    List<Token> stemmed = tokens(TEXT, exact);
    return stemmed.isEmpty() ? exact : stemmed.getFirst().term();
  }

  private static List<PhraseTerm> phrase(String text) {
    List<PhraseTerm> terms = new ArrayList<>();
    for (Token token : tokens(TEXT, text)) {
      if (terms.size() == MAX_PHRASE_TERMS) {
        break;
      }
      terms.add(new PhraseTerm(token.term(), token.position()));
    }
    return terms;
  }

  /** A token of analysed text: its term, position and where it was in the input. */
  record Token(String term, int position, int start, int end) {}

  static List<Token> tokens(Analyzer analyzer, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Analysing in-memory text cannot fail", e);
    }
    return tokens;
  }
}
