package kiosque.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scans French text for runs of capitalised words and the particles inside names, noting which
 * run opens a sentence; {@link NamedEntities} decides which runs are names. The word lists that
 * say what is not a name live here, next to the scan that uses them.
 */
final class NameSpans {

  /** Elided words: l'OMS, d'Ivoire, qu'il; the apostrophe may be straight or typographic. */
  private static final Set<String> ELIDED = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
      "puisqu", "quoiqu");
  /** Arabic and Berber names written with a lower-case article: al-Joubouri, el-Kebir, ben-Ali. */
  private static final Pattern ARABIC_ARTICLE = Pattern.compile("(?:al|el|ad|ar|as|ash|an|ben|bin|ibn|abu)-\\p{Lu}.*");

  /** Lower-case words that may stand inside a name. */
  private static final Set<String> PARTICLES = Set.of("de", "du", "des", "d'", "l'", "la", "le", "el", "al", "ben",
      "bin", "ibn", "abu", "van", "von", "der", "den", "di", "da", "dos", "do", "del", "della", "y", "bint");
  /** Capitalised words that name nobody: sentence openers, titles of address, days and months. */
  private static final Set<String> NOT_NAMES = Set.of(
      "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "en", "et", "ou", "mais", "donc",
      "or", "ni", "car", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "tu", "ce", "cet", "cette", "ces",
      "c'", "qu'", "selon", "lors", "depuis", "apres", "avant", "pendant", "pour", "par", "sur", "sous", "dans",
      "avec", "sans", "vers", "chez", "entre", "contre", "malgre", "parmi", "ainsi", "alors", "enfin", "puis",
      "toutefois", "cependant", "pourtant", "neanmoins", "outre", "quant", "rappelons", "notons", "precisons",
      "signalons", "mentionnons", "aujourd'hui", "hier", "demain", "tous", "toutes", "tout", "toute", "plusieurs",
      "certains", "certaines", "chaque", "aucun", "aucune", "son", "sa", "ses", "leur", "leurs", "notre", "votre",
      "quel", "quelle", "quels", "quelles", "qui", "que", "quoi", "comment", "pourquoi", "quand", "si", "oui", "non",
      "a", "y", "m", "mm", "mme", "mlle", "mmes", "dr", "pr", "me", "mgr", "st", "ste", "monsieur", "madame",
      "mademoiselle", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier",
      "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "premier",
      "premiere", "ier", "ii",
      "iii", "n'", "s'", "t'", "j'", "m'", "voici", "voila", "cela", "ceci", "celui", "celle", "ceux", "celles",
      "dont", "lorsque", "puisque", "bien", "tres", "plus", "moins", "deja", "encore", "ensuite", "egalement",
      "aussi", "parce", "afin", "d'apres", "face", "suite", "grace", "via", "est", "sont");
  /** Words before which a capitalised word may be a nationality rather than a name: le Français X. */
  private static final Set<String> ARTICLES = Set.of("le", "la", "l'", "les", "du", "au", "aux", "des");
  /** Nationalities as nouns: l'Allemand Michael Jung, la Brésilienne Rafaela Silva. */
  private static final Pattern NATIONALITY = Pattern.compile(
      "\\p{Lu}\\p{L}+(?:ais|aise|ain|aine|ien|ienne|éen|éenne|ois|oise|and|ande|ol|ole|ique|ïque)s?"
          + "|Belges?|Suisses?|Russes?|Turcs?|Turques?|Grecs?|Grecques?|Serbes?|Croates?|Tchèques?|Slovaques?"
          + "|Basques?|Kurdes?|Arabes?|Danois|Suédoises?|Suédois|Norvégiens?|Perses?");
  /** Adjectives that begin real names and look like nationalities: la Grande Mosquée. */
  private static final Set<String> NAME_ADJECTIVES = Set.of("grand", "grande", "petit", "petite", "haut", "haute");

  /** Abbreviated titles of address: the full stop after them does not end the sentence. */
  private static final Set<String> ADDRESS = Set.of("m", "mm", "mme", "mlle", "dr", "pr", "me", "mgr", "st");

  private NameSpans() {}

  /** The runs of capitalised words in one text, in order. */
  static List<Span> in(String text, boolean inTitle) {
    List<Span> spans = new ArrayList<>();
    Words m = new Words(text);
    int previousEnd = 0;
    String previousWord = null;
    Span open = null;
    int particles = 0;
    while (m.find()) {
      boolean spaces = onlySpaces(text, previousEnd, m.start());
      boolean sentenceStart = previousEnd == 0
          || (!spaces && endsSentence(text, previousEnd, m.start()) && !isAddressStop(text, previousWord, previousEnd, m.start()));
      boolean joined = open != null && spaces;
      String token = m.elided() ? text.substring(m.start(), m.end() - 1) + "'" : text.substring(m.start(), m.end());
      boolean capital = token.length() > 1 && isCapitalised(token);
      String key = capital || joined ? fold(token) : null;
      boolean name = capital && !NOT_NAMES.contains(key) && !key.chars().allMatch(Character::isDigit);
      // An acronym is never followed by its complement: "un SLBM de la Corée du Nord" is two names.
      if (joined && PARTICLES.contains(key) && particles < 2 && !open.isAcronym()) {
        particles++;
      } else if (joined && name) {
        open.extendTo(m.start(), m.end(), particles > 0);
        particles = 0;
      } else {
        if (open != null) {
          spans.add(open.close());
          open = null;
        }
        particles = 0;
        if (name) {
          open = new Span(text, m.start(), m.end(), sentenceStart, inTitle,
              previousWord != null && ARTICLES.contains(fold(previousWord)) && spaces);
        }
      }
      previousWord = token;
      previousEnd = m.end();
    }
    if (open != null) {
      spans.add(open.close());
    }
    return spans;
  }

  private static boolean onlySpaces(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\u00a0' && c != '\u202f') {
        return false;
      }
    }
    return true;
  }

  /** Whether what stands between two words ends a sentence or opens a new one (a quotation, a line). */
  private static boolean endsSentence(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (".!?:«“\n—–…".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** "M. Macron": the full stop of an abbreviated title of address ends nothing. */
  private static boolean isAddressStop(String text, String previousWord, int from, int to) {
    return previousWord != null && ADDRESS.contains(previousWord.toLowerCase(Locale.ROOT))
        && text.substring(from, to).strip().equals(".");
  }

  /** {@link NameKeys#of} for one word, without its cost when the word is plain ASCII (most words). */
  private static String fold(String word) {
    char[] chars = null;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 128) {
        int at = c >= 0xC0 && c <= 0xFF ? LATIN1.charAt(c - 0xC0) : '?';
        if (at == '?') {
          return NameKeys.of(word);
        }
        if (chars == null) {
          chars = word.toCharArray();
        }
        chars[i] = (char) at;
      }
    }
    return (chars == null ? word : new String(chars)).toLowerCase(Locale.ROOT);
  }

  /** The letters of U+00C0 to U+00FF without their accents; ? where that is not one letter. */
  private static final String LATIN1 = "AAAAAA?CEEEEIIII?NOOOOO?OUUUUY??aaaaaa?ceeeeiiii?nooooo?ouuuuy?y";

  private static boolean isCapitalised(String word) {
    char first = word.charAt(0);
    return Character.isUpperCase(first)
        || ("aebi".indexOf(first) >= 0 && word.indexOf('-') > 0 && ARABIC_ARTICLE.matcher(word).matches());
  }

  /** The words of a text, hyphenated ones whole; an elided word keeps its apostrophe. Hand-written: it runs on every word. */
  private static final class Words {
    private final String text;
    private int position;
    private int start;
    int end;
    private boolean elided;

    Words(String text) {
      this.text = text;
    }

    boolean find() {
      int length = text.length();
      int i = position;
      while (i < length && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i >= length) {
        return false;
      }
      start = i;
      while (i < length && (Character.isLetterOrDigit(text.charAt(i))
          || (text.charAt(i) == '-' && i + 1 < length && Character.isLetterOrDigit(text.charAt(i + 1))))) {
        i++;
      }
      elided = i < length && (text.charAt(i) == '\'' || text.charAt(i) == '’') && i - start <= 7
          && ELIDED.contains(text.substring(start, i).toLowerCase(Locale.ROOT));
      end = elided ? i + 1 : i;
      position = end;
      return true;
    }

    int start() {
      return start;
    }

    int end() {
      return end;
    }

    boolean elided() {
      return elided;
    }
  }

  /** A run of capitalised words (and the particles between them) as it stands in the text. */
  static final class Span {
    final int start;
    int end;
    final boolean atSentenceStart;
    final boolean inTitle;
    private final boolean afterArticle;
    private int secondWordStart = -1;
    int words = 1;
    String text;
    String key;
    private final String source;

    Span(String source, int start, int end, boolean atSentenceStart, boolean inTitle, boolean afterArticle) {
      this.afterArticle = afterArticle;
      this.source = source;
      this.start = start;
      this.end = end;
      this.atSentenceStart = atSentenceStart;
      this.inTitle = inTitle;
    }

    boolean isAcronym() {
      String word = source.substring(start, end);
      return words == 1 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    void extendTo(int wordStart, int wordEnd, boolean afterParticle) {
      if (words == 1 && !afterParticle) {
        secondWordStart = wordStart;
      }
      end = wordEnd;
      words++;
    }

    Span close() {
      int from = start;
      String first = secondWordStart < 0 ? "" : source.substring(start, secondWordStart).strip();
      if (afterArticle && secondWordStart > 0 && NATIONALITY.matcher(first).matches()
          && !NAME_ADJECTIVES.contains(fold(first))) {
        from = secondWordStart;
        words--;
      }
      text = source.substring(from, end).replaceAll("\\s+", " ");
      key = NameKeys.of(text);
      return this;
    }
  }
}
