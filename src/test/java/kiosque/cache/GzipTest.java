package kiosque.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GzipTest {

  @Test
  void readsAcceptEncodingAsRfc9110Says() {
    assertThat(Gzip.accepted("gzip")).isTrue();
    assertThat(Gzip.accepted("gzip, deflate, br, zstd")).isTrue();
    assertThat(Gzip.accepted("br;q=1.0, GZIP;q=0.5")).isTrue();
    assertThat(Gzip.accepted("*")).isTrue();
    assertThat(Gzip.accepted(null)).isFalse();
    assertThat(Gzip.accepted("")).isFalse();
    assertThat(Gzip.accepted("identity")).isFalse();
    assertThat(Gzip.accepted("br")).isFalse();
    assertThat(Gzip.accepted("gzip;q=0")).isFalse();
    assertThat(Gzip.accepted("gzip; q=0.000")).isFalse();
  }
}
