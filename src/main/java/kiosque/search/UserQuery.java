package kiosque.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
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
 * @param question whether it was asked as a question ({@code qui a gagné ... ?}): its verbs are the reader's,
 *     not necessarily the article's, so fewer of its words need to match
 */
record UserQuery(String text, List<Word> words, List<List<PhraseTerm>> phrases, boolean question) {

  static final int MAX_CHARS = SearchQuery.MAX_TEXT;
  static final int MAX_WORDS = 24;
  /**
   * Words searched at most: a pasted sentence is searched by this many of its rarest words (see
   * {@link #rarest}), which find its article as well as all of them and cost a fraction.
   */
  static final int MAX_SEARCHED_WORDS = 8;
  static final int MAX_PHRASES = 3;
  static final int MAX_PHRASE_TERMS = 12;

  /**
   * A word as typed (folded), as the unstemmed fields hold it (its form, plurals aside), as the
   * stemmed ones do, and its position among the words typed (stop words leave gaps, as they do in the
   * text), for proximity.
   */
  record Word(String exact, String form, String stem, int position) {}

  /** A phrase term (stemmed) and its position, which keeps the gaps left by stop words. */
  record PhraseTerm(String term, int position) {}

  private static final Pattern QUOTED = Pattern.compile("[\"“«]([^\"”»]*)(?:[\"”»]|$)");
  private static final Pattern OPERATORS = Pattern.compile("(?<![\\p{L}\\p{N}])(?:AND|OR|NOT)(?![\\p{L}\\p{N}])|&&|\\|\\|");
  static final Analyzer WORDS = new NewsAnalyzer(NewsAnalyzer.Chain.WORDS);
  static final Analyzer TEXT = NewsAnalyzer.text();
  static final Analyzer FORMS = new NewsAnalyzer(NewsAnalyzer.Chain.FORMS);
  /**
   * Folded question words: they say what the reader wants to know, not what the article contains, so
   * they are not searched when other words remain ("qui", "que" and "quel" are stop words already).
   */
  static final Set<String> QUESTION_WORDS = Set.of("pourquoi", "comment", "combien", "quand", "ou", "quoi",
      "lequel", "laquelle", "lesquels", "lesquelles", "est");
  private static final Pattern ASKED = Pattern.compile(
      "(?iu)^\\s*(?:pourquoi|comment|combien|quand|où|qui|que|quoi|quel|quelle|quels|quelles|qu['’]est)\\b.*|.*\\?\\s*$");

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
    boolean question = ASKED.matcher(text).matches();
    return new UserQuery(text, words(OPERATORS.matcher(loose).replaceAll(" "), question), List.copyOf(phrases),
        question);
  }

  /**
   * The same query with only its {@code max} rarest words, in the order typed: those that pick out
   * an article, where the common ones match much of the archive. A word no article uses counts as
   * rarest (a typo or a name: the near spellings are searched for it). Equally rare, the first typed stays.
   *
   * @param articles how many articles use a word
   */
  UserQuery rarest(int max, ToIntFunction<Word> articles) {
    if (words.size() <= max) {
      return this;
    }
    List<Word> byRarity = new ArrayList<>(words);
    byRarity.sort(Comparator.comparingInt(articles));
    Set<Word> kept = new HashSet<>(byRarity.subList(0, max));
    return new UserQuery(text, words.stream().filter(kept::contains).toList(), phrases, question);
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

  private static List<Word> words(CharSequence loose, boolean question) {
    Map<String, Word> distinct = new LinkedHashMap<>();
    List<Token> tokens = tokens(WORDS, loose.toString());
    boolean dropQuestionWords = question && tokens.stream().anyMatch(t -> !QUESTION_WORDS.contains(t.term()));
    for (Token token : tokens) {
      if (distinct.size() == MAX_WORDS) {
        break;
      }
      if (dropQuestionWords && QUESTION_WORDS.contains(token.term())) {
        continue;
      }
      distinct.computeIfAbsent(token.term(),
          exact -> new Word(exact, analysed(FORMS, exact), analysed(TEXT, exact), token.position()));
    }
    return List.copyOf(distinct.values());
  }

  /** An already folded word through a chain that only adds a stemmer to the words chain. */
  private static String analysed(Analyzer chain, String exact) {
    List<Token> stemmed = tokens(chain, exact);
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
