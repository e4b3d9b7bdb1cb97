package kiosque.newsroom.notes;

import java.text.Normalizer;

/**
 * A note as it is kept: plain text, never markup. Control characters go (tabs and line breaks
 * stay, as line breaks), blank lines are folded, the text is NFC and at most {@link #LONGEST}
 * characters. Markup typed in a note stays text: the page escapes it.
 */
final class NoteText {

  static final int LONGEST = 4000;

  private NoteText() {}

  /** The cleaned text, "" when nothing readable is left. */
  static String clean(String typed) {
    if (typed == null) {
      return "";
    }
    String text = Normalizer.normalize(typed, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (c == '\n') {
        kept.append('\n');
      } else if (c == '\t') {
        kept.append(' ');
      } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
          && Character.getType(c) != Character.SURROGATE && Character.getType(c) != Character.UNASSIGNED) {
        kept.appendCodePoint(c);
      }
    });
    String folded = kept.toString().replaceAll("[ \\u00A0]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    return folded.length() > LONGEST ? folded.substring(0, folded.offsetByCodePoints(0,
        folded.codePointCount(0, LONGEST))) : folded;
  }
}
