package kiosque.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ids a row keeps beside what they derive from (migration V740), as the migration writes them. */
class IdListTest {

  @Test
  void idListsReadWhatTheyWrite() {
    assertThat(IdList.of(List.of())).isNull();
    assertThat(IdList.of(List.of(141L, 46L, 142L))).isEqualTo("141,46,142");
    assertThat(IdList.parse("141,46,142")).containsExactly(141L, 46L, 142L);
    assertThat(IdList.parse(null)).isEmpty();
    assertThat(IdList.parse("")).isEmpty();
    assertThat(IdList.parse(IdList.of(List.of(Long.MAX_VALUE, 0L)))).containsExactly(Long.MAX_VALUE, 0L);
    for (String wrong : new String[] {"1,,2", "1,", ",1", "1;2", "-1", "1 2"}) {
      assertThatThrownBy(() -> IdList.parse(wrong))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
