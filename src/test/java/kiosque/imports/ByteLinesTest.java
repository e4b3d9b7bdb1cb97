package kiosque.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

  static List<String> read(String text, int maxLength) throws IOException {
    ByteLines lines = new ByteLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxLength);
    List<String> read = new ArrayList<>();
    while (lines.next()) {
      read.add(lines.number() + ":" + (lines.tooLong() ? "TOO LONG"
          : new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8)));
    }
    return read;
  }

  @Test
  void splitsOnNewlinesWithOrWithoutAFinalOne() throws IOException {
    assertThat(read("un\ndeux\n", 100)).containsExactly("1:un", "2:deux");
    assertThat(read("un\ndeux", 100)).containsExactly("1:un", "2:deux");
    assertThat(read("un\n\n\ntrois\n", 100)).containsExactly("1:un", "2:", "3:", "4:trois");
    assertThat(read("", 100)).isEmpty();
  }

  @Test
  void keepsLinesWholeAcrossItsReadBuffer() throws IOException {
    String longLine = "é".repeat(100_000);

    assertThat(read("a\n" + longLine + "\nb", 1_000_000))
        .containsExactly("1:a", "2:" + longLine, "3:b");
  }

  @Test
  void flagsATooLongLineAndGoesOnAfterIt() throws IOException {
    assertThat(read("court\n" + "x".repeat(200_000) + "\nsuite\n", 1000))
        .containsExactly("1:court", "2:TOO LONG", "3:suite");
  }

  @Test
  void blankMeansOnlySpacesTabsAndCarriageReturns() throws IOException {
    ByteLines lines = new ByteLines(new ByteArrayInputStream(" \t\r\n x\n".getBytes(StandardCharsets.UTF_8)), 100);

    assertThat(lines.next()).isTrue();
    assertThat(lines.isBlank()).isTrue();
    assertThat(lines.next()).isTrue();
    assertThat(lines.isBlank()).isFalse();
  }
}
