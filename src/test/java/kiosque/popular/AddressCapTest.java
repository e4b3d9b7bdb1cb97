package kiosque.popular;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AddressCapTest {

  @Test
  void anAddressAddsAtMostItsShareInAMinuteThenAgainTheNextMinute() {
    AddressCap cap = new AddressCap(1024, 3);
    assertThat(IntStream.range(0, 10).filter(i -> cap.allow("203.0.113.9", 100)).count()).isEqualTo(3);
    assertThat(cap.allow("198.51.100.7", 100)).as("another address has its own share").isTrue();
    assertThat(cap.allow("203.0.113.9", 101)).as("a new minute").isTrue();
  }

  @Test
  void aFloodOfAddressesNeverMakesOneAddressCountMore() {
    AddressCap cap = new AddressCap(16, 2);
    // 10,000 addresses into 16 slots: memory stays 16 slots; shared slots only count less.
    long allowed = IntStream.range(0, 10_000).filter(i -> cap.allow("10.0." + (i / 256) + "." + (i % 256), 7)).count();
    assertThat(allowed).isLessThanOrEqualTo(16 * 2);
  }

  @Test
  void slotsMustBeAPowerOfTwo() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new AddressCap(1000, 5));
  }
}
