package kiosque.cdn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import kiosque.testsupport.Await;
import kiosque.web.CachePolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Grace in the shipped VCL: a node that stops (a restart) leaves readers with the page Varnish
 * stored, never an error, past the lifetime and the 10 s a healthy node allows, until it is back.
 * The node here stands in for Kiosque with the real page {@code Cache-Control} shortened to a
 * one-second lifetime, so the page expires within the test rather than after a minute.
 */
class VarnishGraceIT {

  private static final String PAGE_POLICY = CachePolicy.PAGE.header().replace("max-age=60", "max-age=1");

  final HttpClient http = HttpClient.newBuilder().build();
  final AtomicInteger version = new AtomicInteger(1);
  /** Pages answer 500 while /ready still says 200: the probes keep the node in. */
  volatile boolean failing;
  int nodePort;
  HttpServer node;
  LocalVarnish varnish;

  @BeforeEach
  void oneNodeBehindVarnish() {
    Optional<String> missing = LocalVarnish.missing();
    assumeTrue(missing.isEmpty(), () -> "Varnish test skipped: " + missing.orElseThrow());
    nodePort = LocalVarnish.freePort();
    node = startNode();
    varnish = LocalVarnish.start(LocalVarnish.freePort(), List.of(nodePort));
  }

  @AfterEach
  void stop() {
    if (varnish != null) {
      varnish.close();
    }
    if (node != null) {
      node.stop(0);
    }
  }

  /** Answers /ready, and every other address with a page naming its version, as public as Kiosque's pages. */
  private HttpServer startNode() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", nodePort), 0);
      server.createContext("/", exchange -> {
        try (exchange) {
          boolean probe = exchange.getRequestURI().getPath().equals("/ready");
          if (failing && !probe) {
            exchange.sendResponseHeaders(500, -1);
            return;
          }
          byte[] body = (probe ? "ready\n" : "<p>version " + version.get() + "</p>\n").getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Cache-Control", probe ? "no-store" : PAGE_POLICY);
          exchange.getResponseHeaders().set("Surrogate-Key", "article-1 all");
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
        }
      });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void whileTheNodeIsDownReadersGetTheStoredPageThenTheNewOneWhenItIsBack() {
    assertThat(get("/article").body()).contains("version 1");
    assertThat(get("/article").headers().firstValue("X-Varnish-Cache")).as("stored")
        .hasValueSatisfying(v -> assertThat(v).startsWith("hit"));

    node.stop(0);
    node = null;
    // Just expired, within the 10 s a healthy probe allows; then past them, once the probes have
    // taken the node out (the nodes' stale-if-error).
    storedPageServedUntilItIs13SecondsOld();
    HttpResponse<String> never = get("/jamais-vue");
    assertThat(never.statusCode()).as("a page Varnish never had").isEqualTo(503);
    assertThat(never.body()).contains("Service momentanément indisponible");

    version.set(2);
    node = startNode();
    Await.until("the new page once the node is back", Duration.ofSeconds(60),
        () -> get("/article").body().contains("version 2"));
  }

  @Test
  void aNodeAnsweringErrorsWhileItsProbeSaysReadyNeverReplacesTheStoredPage() {
    assertThat(get("/article").body()).contains("version 1");

    failing = true;
    // Past the 10 s of grace a healthy node allows, the fetch fails (500, then 500 on the retry):
    // Varnish looks again with the whole grace instead of answering the error.
    storedPageServedUntilItIs13SecondsOld();

    failing = false;
    version.set(2);
    Await.until("the new page once the node answers again", Duration.ofSeconds(60),
        () -> get("/article").body().contains("version 2"));
  }

  private void storedPageServedUntilItIs13SecondsOld() {
    Await.until("the stored page served 13 s after it was fetched", Duration.ofSeconds(60), () -> {
      HttpResponse<String> response = get("/article");
      assertThat(response.statusCode()).as("a reader's answer while the node cannot serve").isEqualTo(200);
      assertThat(response.body()).contains("version 1");
      return Long.parseLong(response.headers().firstValue("Age").orElseThrow()) >= 13;
    });
  }

  private HttpResponse<String> get(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + varnish.port() + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " through Varnish failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
