package kiosque.newsroom.notes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a note keeps of what was typed: plain text, line breaks, nothing invisible. */
class NoteTextTest {

  @Test
  void keepsLineBreaksAndFoldsBlankRuns() {
    assertThat(NoteText.clean("Première ligne\r\n\r\n\r\n\r\nSeconde\tligne  \n")).isEqualTo("Première ligne\n\nSeconde ligne");
  }

  @Test
  void dropsControlAndInvisibleCharactersButKeepsMarkupAsText() {
    assertThat(NoteText.clean("<script>alert(1)</script>\u0000\u202E\u200B")).isEqualTo("<script>alert(1)</script>");
  }

  @Test
  void nothingReadableIsEmpty() {
    assertThat(NoteText.clean(null)).isEmpty();
    assertThat(NoteText.clean(" \u200B \n\t")).isEmpty();
  }

  @Test
  void aLongNoteIsCutWithoutSplittingACharacter() {
    String emoji = "\uD83D\uDCF0";
    String cut = NoteText.clean("a".repeat(NoteText.LONGEST - 1) + emoji + "b");
    assertThat(cut).endsWith(emoji).hasSize(NoteText.LONGEST + 1);
    assertThat(NoteText.clean("é".repeat(NoteText.LONGEST + 50))).hasSize(NoteText.LONGEST);
  }
}
