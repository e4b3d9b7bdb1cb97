package kiosque.content;

/**
 * How long an article takes to read: its words (runs of text between spaces that hold a letter or a
 * digit, so a dash or a guillemet alone is no word, and {@code l’armée} is one) at about 230 words a
 * minute, the usual figure for French prose, rounded up: a 240-word brief is "2 min". No-break spaces
 * do not separate words: French puts them inside numbers ({@code 14 000}) and before {@code : ; ! ?}.
 * The editor's script counts the same way as the reader types.
 */
public record ReadingTime(int words, int minutes) {

  /** Words per minute of silent reading, the usual figure for French prose. */
  public static final int WORDS_PER_MINUTE = 230;

  public static ReadingTime of(String plainText) {
    int words = 0;
    if (plainText != null) {
      for (String token : plainText.split("\\s+")) {
        if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
          words++;
        }
      }
    }
    return new ReadingTime(words, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
  }
}
