package kiosque.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server standing in for a CDN's purge interface (Varnish xkey or Fastly's API): it
 * records every request it confirms and answers 503 while {@link #down} is set, like a Varnish
 * that cannot be reached through its load balancer.
 */
public final class FakeCdn implements AutoCloseable {

  /** One request the CDN confirmed: method, path, and its headers (lower-case names). */
  public record Purge(String method, String path, Map<String, String> headers) {
    /** The keys, from {@code xkey-purge} (Varnish) or {@code Surrogate-Key} (Fastly). */
    public List<String> keys() {
      String value = headers.getOrDefault("xkey-purge", headers.getOrDefault("surrogate-key", ""));
      return value.isBlank() ? List.of() : Arrays.asList(value.split(" "));
    }
  }

  private final HttpServer server;
  private final List<Purge> confirmed = new CopyOnWriteArrayList<>();
  private final AtomicInteger refused = new AtomicInteger();
  private volatile boolean down;

  private FakeCdn() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      try (exchange) {
        exchange.getRequestBody().readAllBytes();
        if (down) {
          refused.incrementAndGet();
          byte[] body = "Backend fetch failed".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(503, body.length);
          exchange.getResponseBody().write(body);
          return;
        }
        Map<String, String> headers = new java.util.HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
            headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
        Purge purge = new Purge(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), Map.copyOf(headers));
        confirmed.add(purge);
        byte[] body = ("Purged " + purge.keys().size()).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
    });
    server.start();
  }

  public static FakeCdn start() {
    return new FakeCdn();
  }

  public String address() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  public void down(boolean value) {
    this.down = value;
  }

  /** Requests answered 503 while down. */
  public int refused() {
    return refused.get();
  }

  public List<Purge> purges() {
    return List.copyOf(confirmed);
  }

  /** Every key confirmed so far, in order, with repeats. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>();
    confirmed.forEach(p -> keys.addAll(p.keys()));
    return keys;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
