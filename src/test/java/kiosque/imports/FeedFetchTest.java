package kiosque.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import kiosque.testsupport.CliRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiosque import --format rss http://...}: a feed fetched from a server on this machine. */
class FeedFetchTest {

  @TempDir
  Path dir;

  HttpServer server;
  final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/fil.xml", exchange -> {
      byte[] feed;
      try (InputStream in = getClass().getResourceAsStream("/imports/feeds/agence-economie.xml")) {
        feed = in.readAllBytes();
      }
      exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
      exchange.sendResponseHeaders(200, feed.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(feed);
      }
    });
    server.createContext("/lent.xml", exchange -> {
      try {
        release.await(); // answers only when the test is over
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.createContext("/", exchange -> {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  @AfterEach
  void stopServer() {
    release.countDown();
    server.stop(0);
  }

  String address(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Test
  void importsAFeedFromItsAddress() {
    CliRun run = CliRun.of("import", "--data", dir.resolve("data").toString(), "--format", "rss", address("/fil.xml"));

    assertThat(run.exitCode()).as("one item has no title").isEqualTo(1);
    assertThat(run.out()).startsWith("Importé : 2 créés, 0 mis à jour, 0 inchangé, 1 en échec")
        .contains("Laissé de côté (guid en double dans le fil) : 1 — aap-eco-2021-0412");
    assertThat(run.err()).isEqualTo("item 4 (aap-eco-2021-0409): title is missing" + System.lineSeparator());
  }

  @Test
  void aMissingFeedIsAClearError() {
    CliRun run = CliRun.of("import", "--data", dir.resolve("data").toString(), "--format", "rss", address("/absent.xml"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("kiosque : impossible de lire " + address("/absent.xml") + " : " + address("/absent.xml")
        + " answered HTTP 404 instead of a feed" + System.lineSeparator());
  }

  @Test
  void aServerThatDoesNotAnswerRunsIntoTheTimeout() {
    IOException e = catchThrowableOfType(IOException.class,
        () -> new FeedFetcher(Duration.ofSeconds(1)).open(URI.create(address("/lent.xml"))));

    assertThat(e).hasMessage(address("/lent.xml") + " did not answer within 1 s");
  }

  @Test
  void aClosedPortCannotBeReached() throws IOException {
    int closed;
    try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }

    IOException e = catchThrowableOfType(IOException.class,
        () -> new FeedFetcher(Duration.ofSeconds(5)).open(URI.create("http://127.0.0.1:" + closed + "/fil.xml")));

    assertThat(e).hasMessageStartingWith("cannot connect to 127.0.0.1");
  }

  @Test
  void anAddressGivenForAnotherFormatSuggestsRss() {
    CliRun run = CliRun.of("import", "--data", dir.resolve("data").toString(), address("/fil.xml"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("fichier introuvable (pour récupérer un flux, ajoutez --format rss)");
  }
}
