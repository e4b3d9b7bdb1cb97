package kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import kiosque.config.SettingsException;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  private final TrustedProxies varnish = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8, fd00::/8");

  @Test
  void theClientIsTheRightmostAddressThatIsNotAProxy() throws Exception {
    assertThat(varnish.client(List.of("203.0.113.9"))).isEqualTo(InetAddress.getByName("203.0.113.9"));
    // What the client wrote itself, at the left, is never believed.
    assertThat(varnish.client(List.of("198.51.100.7, 203.0.113.9"))).isEqualTo(InetAddress.getByName("203.0.113.9"));
    // A chain of named proxies (a load balancer, then Varnish) is skipped, across header lines too.
    assertThat(varnish.client(List.of("203.0.113.9, 10.1.2.3", "10.0.0.5"))).isEqualTo(InetAddress.getByName("203.0.113.9"));
    assertThat(varnish.client(List.of("2001:db8::1, fd12::3"))).isEqualTo(InetAddress.getByName("2001:db8::1"));
  }

  @Test
  void aHeaderThatDoesNotParseOrNamesOnlyProxiesKeepsTheConnectionsAddress() {
    assertThat(varnish.client(List.of())).isNull();
    assertThat(varnish.client(List.of("10.0.0.1"))).isNull();
    assertThat(varnish.client(List.of("unknown"))).isNull();
    // A name is never looked up: a header must not make the node query DNS.
    assertThat(varnish.client(List.of("evil.example.com"))).isNull();
    assertThat(varnish.client(List.of("203.0.113.9, nimporte quoi"))).isNull();
  }

  @Test
  void networksMatchByTheirPrefix() throws Exception {
    assertThat(varnish.trusted(InetAddress.getByName("10.255.0.1"))).isTrue();
    assertThat(varnish.trusted(InetAddress.getByName("11.0.0.1"))).isFalse();
    assertThat(varnish.trusted(InetAddress.getByName("127.0.0.2"))).isFalse();
    assertThat(TrustedProxies.parse("192.168.4.0/22").trusted(InetAddress.getByName("192.168.7.255"))).isTrue();
    assertThat(TrustedProxies.parse("192.168.4.0/22").trusted(InetAddress.getByName("192.168.8.0"))).isFalse();
    assertThat(TrustedProxies.parse("").none()).isTrue();
  }

  @Test
  void aWrongEntryIsRefusedByName() {
    assertThatThrownBy(() -> TrustedProxies.parse("127.0.0.1, varnish.local")).isInstanceOf(SettingsException.class)
        .hasMessageContaining("\"varnish.local\"");
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).isInstanceOf(SettingsException.class);
  }
}
