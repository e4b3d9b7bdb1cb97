package kiosque.related;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosque.content.NameKeys;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;

/**
 * A French headline's kicker, the words before {@code " : "} ({@code Gilets jaunes : nouveau
 * samedi}, {@code Maroc : ...}): newsrooms name a running story that way, so two articles with the
 * same kicker are likely the same dossier, but only when the kicker is rare. A country or a section
 * name opens hundreds of headlines and says little; a story's name opens a few.
 *
 * @param key the kicker folded like names ({@link NameKeys}), to compare headlines
 * @param text the kicker as written, for the reason line
 */
record Kicker(String key, String text) {

  /** Up to six words before a colon with a space before it (the French typography; not "12:30"). */
  private static final Pattern KICKER = Pattern.compile("^\\s*([^:]{2,60}?)[\\s\\u00A0\\u202F]+:\\s");
  private static final int MAX_WORDS = 6;

  static Optional<Kicker> of(String title) {
    // Most headlines have no colon: the pattern needs one, so they are done without running it.
    if (title == null || title.indexOf(':') < 0) {
      return Optional.empty();
    }
    Matcher m = KICKER.matcher(title);
    if (!m.find()) {
      return Optional.empty();
    }
    String text = m.group(1).strip();
    String key = NameKeys.of(text);
    if (key.isBlank() || text.split("\\s+").length > MAX_WORDS) {
      return Optional.empty();
    }
    return Optional.of(new Kicker(key, text));
  }

  /**
   * How rare the kicker is among headlines, from 0 (every headline has its words) to 1 (one
   * headline): the idf of its rarest word in headlines, over the largest idf possible. A kicker's
   * words always appear together, so the rarest word bounds how many headlines carry the kicker.
   */
  double rarity(IndexReader reader, Analyzer analyzer, DocFrequencies frequencies) throws IOException {
    int documents = Math.max(1, reader.numDocs());
    int fewest = documents;
    try (TokenStream stream = analyzer.tokenStream(SimilarityIndex.TITLE, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        fewest = Math.min(fewest, Math.max(1, frequencies.of(reader, SimilarityIndex.TITLE, term.toString())));
      }
      stream.end();
    }
    return rarity(fewest, documents);
  }

  static double rarity(int headlines, int documents) {
    return Math.log(1 + documents / (double) Math.max(1, headlines)) / Math.log(1 + documents);
  }
}
