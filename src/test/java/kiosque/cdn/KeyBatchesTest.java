package kiosque.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyBatchesTest {

  @Test
  void dropsDuplicatesKeepingTheFirstOrder() {
    assertThat(KeyBatches.of(List.of("latest", "article-1", "latest", "section-4", "article-1"), 256, 4000))
        .containsExactly(List.of("latest", "article-1", "section-4"));
  }

  @Test
  void noRequestHasMoreKeysOrCharactersThanAllowed() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      keys.add("article-" + (100_000 + i));
    }
    List<List<String>> byCount = KeyBatches.of(keys, 256, 1_000_000);
    assertThat(byCount).hasSize(4).allSatisfy(b -> assertThat(b).hasSizeLessThanOrEqualTo(256));
    assertThat(byCount.stream().mapToInt(List::size).sum()).isEqualTo(1000);

    List<List<String>> byLength = KeyBatches.of(keys, 256, 4000);
    assertThat(byLength).allSatisfy(b -> assertThat(String.join(" ", b).length()).isLessThanOrEqualTo(4000));
    assertThat(byLength.stream().flatMap(List::stream).toList()).isEqualTo(keys);
    // 14 characters a key plus a space: 266 keys take 3,989 characters, 267 would take 4,004.
    assertThat(KeyBatches.of(keys, 1000, 4000).getFirst()).hasSize(266);
  }

  @Test
  void nothingToSendIsNoRequest() {
    assertThat(KeyBatches.of(List.of(), 256, 4000)).isEmpty();
  }
}
