package kiosque.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kiosque.config.SettingDefinition;
import kiosque.config.SettingsException;
import kiosque.config.SettingsSource;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * The reader's or journalist's own address when the node sits behind a cache or load balancer
 * (Varnish, nginx) that the operator names. Behind Varnish every request comes from Varnish: the
 * login throttle would count a stranger's guesses against the editor's own attempts, and the view
 * counter's per-address cap would count the whole readership as one address.
 *
 * <p>Only a connection from a named proxy is believed; its {@code X-Forwarded-For} is read from the
 * right, skipping the named proxies, and the first other address is the client (what a client
 * writes itself at the left of the header is never taken). With no proxy named, or a header that
 * does not parse, the connection's own address stays.
 */
public final class TrustedProxies implements HttpConfiguration.Customizer {

  public static final SettingDefinition PROXIES = new SettingDefinition("kiosque.proxies.trusted",
      "KIOSQUE_TRUSTED_PROXIES", "", "Addresses or networks (CIDR) of the caches or load balancers in front of this "
          + "node, comma-separated; their X-Forwarded-For names the client. Empty: the connection's address.");

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private final List<Network> networks;

  private TrustedProxies(List<Network> networks) {
    this.networks = List.copyOf(networks);
  }

  public static TrustedProxies from(SettingsSource source) {
    return parse(source.string(PROXIES));
  }

  /** {@code 127.0.0.1, 10.0.0.0/8, ::1}; a wrong entry is refused by name. */
  static TrustedProxies parse(String list) {
    List<Network> networks = new ArrayList<>();
    for (String entry : list.split(",")) {
      String trimmed = entry.strip();
      if (!trimmed.isEmpty()) {
        networks.add(Network.parse(trimmed).orElseThrow(() -> new SettingsException(PROXIES.key()
            + ": \"" + trimmed + "\" is not an address or a network such as 10.0.0.0/8")));
      }
    }
    return new TrustedProxies(networks);
  }

  public boolean none() {
    return networks.isEmpty();
  }

  @Override
  public Request customize(Request request, HttpFields.Mutable responseHeaders) {
    if (networks.isEmpty()) {
      return request;
    }
    SocketAddress remote = request.getConnectionMetaData().getRemoteSocketAddress();
    if (!(remote instanceof InetSocketAddress peer) || peer.getAddress() == null || !trusted(peer.getAddress())) {
      return request;
    }
    InetAddress client = client(request.getHeaders().getValuesList("X-Forwarded-For"));
    if (client == null) {
      return request;
    }
    InetSocketAddress address = new InetSocketAddress(client, peer.getPort());
    return new Request.Wrapper(request) {
      @Override
      public ConnectionMetaData getConnectionMetaData() {
        return new ConnectionMetaData.Wrapper(super.getConnectionMetaData()) {
          @Override
          public SocketAddress getRemoteSocketAddress() {
            return address;
          }
        };
      }
    };
  }

  /** The rightmost address of the headers that is not a named proxy, or null. */
  InetAddress client(List<String> forwardedFor) {
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      for (String hop : header.split(",")) {
        hops.add(hop.strip());
      }
    }
    for (int i = hops.size() - 1; i >= 0; i--) {
      InetAddress hop = literal(hops.get(i));
      if (hop == null) {
        return null;
      }
      if (!trusted(hop)) {
        return hop;
      }
    }
    return null;
  }

  boolean trusted(InetAddress address) {
    return networks.stream().anyMatch(n -> n.contains(address));
  }

  /** An IP literal, never a name: a header must not make the node query DNS. */
  private static InetAddress literal(String text) {
    String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    if (!IPV4.matcher(bare).matches() && !IPV6.matcher(bare).matches()) {
      return null;
    }
    try {
      return InetAddress.getByName(bare);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private record Network(byte[] prefix, int bits) {

    static java.util.Optional<Network> parse(String text) {
      int slash = text.indexOf('/');
      InetAddress address = literal(slash < 0 ? text : text.substring(0, slash));
      if (address == null) {
        return java.util.Optional.empty();
      }
      int max = address.getAddress().length * 8;
      int bits = max;
      if (slash >= 0) {
        try {
          bits = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
          return java.util.Optional.empty();
        }
        if (bits < 0 || bits > max) {
          return java.util.Optional.empty();
        }
      }
      return java.util.Optional.of(new Network(address.getAddress(), bits));
    }

    boolean contains(InetAddress address) {
      byte[] bytes = address.getAddress();
      if (bytes.length != prefix.length) {
        return false;
      }
      int whole = bits / 8;
      for (int i = 0; i < whole; i++) {
        if (bytes[i] != prefix[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xFF << (8 - rest) & 0xFF;
      return (bytes[whole] & mask) == (prefix[whole] & mask);
    }
  }
}
