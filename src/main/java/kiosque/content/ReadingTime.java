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
      // One pass over the text, no token strings: every uncached article page counts its body.
      boolean tokenHoldsLetter = false;
      for (int i = 0; i < plainText.length(); ) {
        int c = plainText.codePointAt(i);
        i += Character.charCount(c);
        if (separates(c)) {
          if (tokenHoldsLetter) {
            words++;
          }
          tokenHoldsLetter = false;
        } else if (!tokenHoldsLetter && Character.isLetterOrDigit(c)) {
          tokenHoldsLetter = true;
        }
      }
      if (tokenHoldsLetter) {
        words++;
      }
    }
    return new ReadingTime(words, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
  }

  /** The white space of a regular expression's {@code \\s}: ASCII only, so no-break spaces join. */
  private static boolean separates(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
