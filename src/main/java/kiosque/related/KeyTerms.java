package kiosque.related;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;

/**
 * The words that say what a text is about: analysed like the index (stems), weighed by how often
 * the text uses them (a headline word counts more) and by how rare they are in the archive (BM25's
 * idf), as MoreLikeThis does, but keeping the word as written so editors can read why two
 * articles were matched.
 */
final class KeyTerms {

  /**
   * One chosen term: the indexed stem, the word as the text wrote it, its weight (1 for the best),
   * and whether the text's headline has it.
   */
  record KeyTerm(String stem, String word, float weight, boolean inTitle) {}

  /**
   * One stem of the text as a TF-IDF vector component, (1 + log tf) · idf, headline words counted
   * {@value #TITLE_WEIGHT} times, times the idf again: the product with another text's component
   * then needs only that text's term frequency ({@link TextCosine}).
   */
  record VectorTerm(String stem, float weight, float idf) {

    /** A component whose rarity is not known apart (tests): the second-order score then weighs words alike. */
    VectorTerm(String stem, float weight) {
      this(stem, weight, 1f);
    }
  }

  /** The key terms that make the query, and the wider vector of the likeliest words for the cosine. */
  record Analysed(List<KeyTerm> keyTerms, List<VectorTerm> vector) {}

  static final int MAX_TERMS = 25;
  /** Frequency lookups cost a dictionary seek per segment: only the likeliest words are looked up. */
  private static final int MAX_LOOKUPS = 80;
  private static final float TITLE_WEIGHT = 3f;
  private static final float SUMMARY_WEIGHT = 1.5f;
  private static final Pattern ELIDED = Pattern.compile("^\\p{L}{1,6}['’]");

  private KeyTerms() {}

  /**
   * @param selfIndexed whether the text is an indexed article: then a word only it uses (document
   *     frequency 1) matches nothing else and is left out
   */
  static List<KeyTerm> of(Analyzer analyzer, IndexReader reader, DocFrequencies frequencies, String title,
      String summary, String body, boolean selfIndexed) throws IOException {
    return analyse(analyzer, reader, frequencies, title, summary, body, selfIndexed, MAX_TERMS).keyTerms();
  }

  /** The {@code maxTerms} key terms, and the vector of up to {@value #MAX_LOOKUPS} words, from one analysis. */
  static Analysed analyse(Analyzer analyzer, IndexReader reader, DocFrequencies frequencies, String title,
      String summary, String body, boolean selfIndexed, int maxTerms) throws IOException {
    Map<String, Counted> counts = new HashMap<>();
    count(analyzer, title, TITLE_WEIGHT, counts);
    counts.values().forEach(c -> c.inTitle = true);
    String standfirst = summary == null ? "" : summary.strip();
    if (!standfirst.isEmpty() && (body == null || !body.startsWith(standfirst))) {
      count(analyzer, standfirst, SUMMARY_WEIGHT, counts);
    }
    count(analyzer, body, 1f, counts);

    List<Map.Entry<String, Counted>> likely = counts.entrySet().stream()
        .filter(e -> e.getKey().length() >= 3 && !e.getKey().chars().allMatch(Character::isDigit))
        .sorted(Comparator.comparingDouble((Map.Entry<String, Counted> e) -> -e.getValue().frequency)
            .thenComparing(e -> -e.getKey().length()))
        .limit(MAX_LOOKUPS)
        .toList();
    int documents = Math.max(1, reader.numDocs());
    int minimum = selfIndexed ? 2 : 1;
    List<KeyTerm> scored = new ArrayList<>();
    List<VectorTerm> vector = new ArrayList<>();
    for (Map.Entry<String, Counted> entry : likely) {
      int df = frequencies.of(reader, SimilarityIndex.BODY, entry.getKey());
      if (entry.getValue().inTitle) {
        // A headline word the texts never use is still a word of the archive: rarity from either field.
        df = Math.max(df, frequencies.of(reader, SimilarityIndex.TITLE, entry.getKey()));
      }
      if (df < minimum) {
        continue;
      }
      double idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
      // Frequency saturates like BM25's: the tenth mention adds little to the ninth.
      double tf = entry.getValue().frequency;
      scored.add(new KeyTerm(entry.getKey(), entry.getValue().word, (float) (tf / (tf + 1.2) * idf),
          entry.getValue().inTitle));
      vector.add(new VectorTerm(entry.getKey(), (float) ((1 + Math.log(Math.max(1, tf))) * idf * idf), (float) idf));
    }
    scored.sort(Comparator.comparingDouble(t -> -t.weight()));
    List<KeyTerm> top = scored.subList(0, Math.min(maxTerms, scored.size()));
    float best = top.isEmpty() ? 1f : top.getFirst().weight();
    return new Analysed(top.stream().map(t -> new KeyTerm(t.stem(), t.word(), t.weight() / best, t.inTitle()))
        .toList(), vector);
  }

  private static void count(Analyzer analyzer, String text, float weight, Map<String, Counted> counts)
      throws IOException {
    if (text == null || text.isBlank()) {
      return;
    }
    try (TokenStream stream = analyzer.tokenStream(SimilarityIndex.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String word = shown(text.substring(offset.startOffset(), offset.endOffset()));
        Counted counted = counts.computeIfAbsent(term.toString(), t -> new Counted(word));
        counted.frequency += weight;
        // A word capitalised only because it opened a sentence is shown as the text writes it elsewhere.
        if (Character.isUpperCase(counted.word.charAt(0)) && Character.isLowerCase(word.charAt(0))) {
          counted.word = word;
        }
      }
      stream.end();
    }
  }

  /** The word as the text writes it, without an elided article; capitals shouting a whole word are lowered. */
  private static String shown(String surface) {
    // Most words have no apostrophe: the pattern (compiled once) only runs on those that do.
    String word = surface.indexOf('\'') < 0 && surface.indexOf('’') < 0 ? surface
        : ELIDED.matcher(surface).replaceFirst("");
    boolean shouted = word.length() > 5 && word.equals(word.toUpperCase(Locale.ROOT));
    return word.isEmpty() ? surface : shouted ? word.toLowerCase(Locale.FRENCH) : word;
  }

  private static final class Counted {
    String word;
    float frequency;
    boolean inTitle;

    Counted(String word) {
      this.word = word;
    }
  }
}
