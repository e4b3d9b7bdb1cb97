package kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The hand-written UTF-8 encoder writes exactly the bytes the JDK's encoder writes. */
class PageBytesProperties {

  @Property
  void encodesAsTheJdkDoes(@ForAll @Size(max = 8) List<@StringLength(max = 300) String> pieces,
      @ForAll @IntRange(min = 0, max = 5) int cut) {
    PageBytes output = PageBytes.forThisThread();
    StringBuilder expected = new StringBuilder();
    for (String piece : pieces) {
      // Part of a string, as the HTML escaper writes the text between two escaped characters.
      int from = Math.min(cut, piece.length());
      output.writeContent(piece, from, piece.length());
      expected.append(piece, from, piece.length());
      output.writeBinaryContent("<p>".getBytes(StandardCharsets.UTF_8));
      expected.append("<p>");
    }
    assertThat(output.finish()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 50)
  void aPageLargerThanTheBufferIsWholeAndTheNextStartsEmpty(@ForAll @IntRange(min = 1, max = 400_000) int size) {
    PageBytes output = PageBytes.forThisThread();
    output.writeContent("é".repeat(size));
    assertThat(output.finish()).hasSize(2 * size);
    PageBytes next = PageBytes.forThisThread();
    next.writeContent("a");
    assertThat(next.finish()).containsExactly('a');
  }

  @Property(tries = 200)
  void aLentPageIsTheFinishedPagesBytesUntilTheThreadsNextPage(@ForAll @StringLength(max = 3000) String page,
      @ForAll @StringLength(min = 1, max = 50) String next) {
    PageBytes output = PageBytes.forThisThread();
    output.writeContent(page);
    LentPage lent = output.lend();
    byte[] expected = page.getBytes(StandardCharsets.UTF_8);
    assertThat(java.util.Arrays.copyOf(lent.buffer(), lent.length())).isEqualTo(expected);

    PageBytes following = PageBytes.forThisThread();
    following.writeContent(next);
    // The same buffer, written over from its start: whoever keeps a lent page must copy it first.
    assertThat(following.lend().buffer()).isSameAs(lent.buffer());
  }

  @Property
  void charactersFromAnArrayAreEncodedAsTheJdkDoes(@ForAll @StringLength(max = 600) String text,
      @ForAll("surrogates") String around) {
    String whole = around + text + around;
    // Halves of a pair on both sides, outside the characters to write: never paired with them.
    char[] chars = ("\ud83c\ud83c" + whole + "\udf89\udf89").toCharArray();
    PageBytes output = PageBytes.forThisThread();
    output.writeChars(chars, 2, whole.length());
    assertThat(output.finish()).isEqualTo(whole.getBytes(StandardCharsets.UTF_8));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> surrogates() {
    return net.jqwik.api.Arbitraries.of("", "\ud83c", "\udf89", "\ud83c\udf89", "é", "\u2028");
  }
}
