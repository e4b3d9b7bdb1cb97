package kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** What a library writes to a {@link PageWriter}, in pieces of any kind and size, leaves as the JDK's UTF-8 of it. */
class PageWriterProperties {

  @Property(tries = 300)
  void encodesAsTheJdkDoesWhereverThePiecesAreCut(@ForAll @Size(max = 6) List<@net.jqwik.api.From("texts") String> pieces,
      @ForAll @IntRange(min = 0, max = 2) int kind) {
    PageWriter writer = new PageWriter();
    StringBuilder expected = new StringBuilder();
    for (String piece : pieces) {
      switch (kind) {
        case 0 -> piece.chars().forEach(writer::write);
        case 1 -> writer.write(piece, 0, piece.length());
        default -> writer.write(piece.toCharArray(), 0, piece.length());
      }
      expected.append(piece);
    }
    assertThat(writer.lend().text()).isEqualTo(new String(expected.toString().getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8));
  }

  @Example
  void aSurrogatePairAcrossTheWaitingArraysEndStaysOneCharacter() {
    // The waiting array holds 2,048 characters: at 2,047 the pair's halves land on either side of its end.
    for (int before = 2040; before <= 2056; before++) {
      String text = "a".repeat(before) + "\uD83D\uDCF0" + "é";
      PageWriter writer = new PageWriter();
      text.chars().forEach(writer::write);
      LentPage page = writer.lend();
      assertThat(java.util.Arrays.copyOf(page.buffer(), page.length())).as("after %d characters", before)
          .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Property(tries = 20)
  void aDiscardedDocumentLeavesNothingForTheNext(@ForAll("texts") String dropped, @ForAll("texts") String kept) {
    PageWriter first = new PageWriter();
    first.write(dropped, 0, dropped.length());
    first.discard();
    PageWriter second = new PageWriter();
    second.write(kept, 0, kept.length());
    assertThat(second.lend().text()).isEqualTo(new String(kept.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
  }

  /** Short and long (past the 2,048 characters that wait), French letters, pairs and lone surrogates. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("aéœ«»’\uD83D\uDCF0\uDFFF").ofMaxLength(200),
        Arbitraries.strings().all().ofMaxLength(5_000),
        Arbitraries.strings().withChars("a\uD83D\uDCF0").ofMinLength(2_000).ofMaxLength(9_000));
  }
}
