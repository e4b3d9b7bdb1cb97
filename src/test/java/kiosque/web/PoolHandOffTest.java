package kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hand-off between the non-blocking handlers in front (page-cache hits) and the handlers that
 * may block (Javalin's), through real HTTP on a Jetty server laid out as {@link WebServer} lays it
 * out: front wrapper, hand-off, then a handler that blocks.
 */
class PoolHandOffTest {

  private static final int POOL = 8;

  private final CountDownLatch release = new CountDownLatch(1);
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  /** A reader's browser, its connection open before the pool is taken (a new connection needs a pool thread). */
  private final HttpClient reader = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private volatile Boolean frontInRead;
  private volatile Boolean blockingInRead;
  private final CompletableFuture<String> lateSawItsRequest = new CompletableFuture<>();
  private volatile boolean whereAfterLate;
  private Server server;
  private QueuedThreadPool pool;

  @AfterEach
  void stop() throws Exception {
    release.countDown();
    if (server != null) {
      server.stop();
    }
    client.close();
    reader.close();
  }

  @Test
  void theServerIsDeclaredNonBlockingSoThatJettyRunsTheFrontOnItsSelector() throws Exception {
    start();

    assertThat(server.getInvocationType()).isEqualTo(InvocationType.NON_BLOCKING);
  }

  @Test
  void aHitIsAnsweredWhileEveryRequestThreadIsBlockedBehindTheHandOff() throws Exception {
    start();
    assertThat(reader.send(get("/hit"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
    for (int i = 0; i < POOL + 4; i++) {
      // Each on a connection of its own: HTTP/1.1 requests in flight at once.
      slow.add(client.sendAsync(get("/slow"), HttpResponse.BodyHandlers.ofString()));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!(pool.getIdleThreads() == 0 && pool.getQueueSize() > 0) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(pool.getQueueSize()).as("requests waiting for a request thread").isPositive();

    HttpResponse<String> hit = reader.send(request("/hit").timeout(Duration.ofSeconds(3)).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(hit.statusCode()).isEqualTo(200);
    assertThat(hit.body()).isEqualTo("from the front");
    release.countDown();
    for (CompletableFuture<HttpResponse<String>> response : slow) {
      assertThat(response.get(10, TimeUnit.SECONDS).body()).isEqualTo("from the pool");
    }
  }

  @Test
  void theFrontRunsInTheConnectionsReadAndWhatMayBlockRunsOutsideIt() throws Exception {
    start();

    client.send(get("/hit"), HttpResponse.BodyHandlers.ofString());
    client.send(get("/where"), HttpResponse.BodyHandlers.ofString());

    // Jetty's HttpConnection.onFillable reads and parses the request; Jetty runs it on its selector
    // thread only when the server is declared non-blocking. A handler that may block must not be
    // called from inside it, or it would hold the selector.
    assertThat(frontInRead).isTrue();
    assertThat(blockingInRead).isFalse();
  }

  @Test
  void theExchangeEndsWhenTheHandlersReturnNotWhenTheyCompleteTheCallback() throws Exception {
    start();

    // /late completes its callback (the whole response sent), then goes on with the request for
    // 300 ms, as the servlet layer may after writing an error page. The connection's next request
    // must wait for it: until then the request's objects are still its.
    HttpResponse<String> late = client.send(get("/late"), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> next = client.send(get("/where"), HttpResponse.BodyHandlers.ofString());

    assertThat(late.body()).isEqualTo("done");
    assertThat(next.statusCode()).isEqualTo(200);
    assertThat(whereAfterLate).as("the next request on the connection ran after /late returned").isTrue();
    assertThat(lateSawItsRequest.get(5, TimeUnit.SECONDS)).isEqualTo("/late GET");
  }

  @Test
  void whatNoHandlerAnswersIsNotFoundAndAFailureIsAServerError() throws Exception {
    start();

    assertThat(client.send(get("/nothing"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    assertThat(client.send(get("/fails"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(500);
  }

  private void start() throws Exception {
    pool = new QueuedThreadPool(POOL, 2);
    server = new Server(pool);
    ServerConnector connector = new ServerConnector(server, 1, 1);
    connector.setPort(0);
    server.addConnector(connector);
    Handler.Wrapper front = PoolHandOff.innermostIn(new Handler.Wrapper(new FrontAnswersHits()));
    // As Javalin does: its handler goes into the innermost wrapper, here the hand-off.
    Handler.Wrapper innermost = front;
    while (innermost.getHandler() instanceof Handler.Wrapper inner) {
      innermost = inner;
    }
    innermost.setHandler(new Blocking());
    server.setHandler(front);
    server.start();
  }

  private HttpRequest.Builder request(String path) {
    int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  private HttpRequest get(String path) {
    return request(path).build();
  }

  /** Whether the calling thread is inside a Jetty connection's read of a request. */
  private static boolean inConnectionRead() {
    return StackWalker.getInstance().walk(frames -> frames.anyMatch(
        f -> f.getClassName().endsWith(".HttpConnection") && f.getMethodName().equals("onFillable")));
  }

  /** Answers /hit at once, in the thread it is called on; passes everything else on. */
  private final class FrontAnswersHits extends Handler.Wrapper {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      if (!"/hit".equals(request.getHttpURI().getPath())) {
        return super.handle(request, response, callback);
      }
      frontInRead = inConnectionRead();
      response.write(true, ByteBuffer.wrap("from the front".getBytes(StandardCharsets.UTF_8)), callback);
      return true;
    }
  }

  /**
   * Javalin's stand-in: /slow blocks its thread until released, /where says where it runs, /late
   * goes on after completing its callback, /fails throws, the rest is not its.
   */
  private final class Blocking extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      switch (request.getHttpURI().getPath()) {
        case "/slow" -> {
          release.await(30, TimeUnit.SECONDS);
          response.write(true, ByteBuffer.wrap("from the pool".getBytes(StandardCharsets.UTF_8)), callback);
          return true;
        }
        case "/where" -> {
          blockingInRead = inConnectionRead();
          whereAfterLate = lateSawItsRequest.isDone();
          response.write(true, ByteBuffer.wrap("here".getBytes(StandardCharsets.UTF_8)), callback);
          return true;
        }
        case "/late" -> {
          response.write(true, ByteBuffer.wrap("done".getBytes(StandardCharsets.UTF_8)), callback);
          Thread.sleep(300);
          try {
            lateSawItsRequest.complete(request.getHttpURI().getPath() + " " + request.getMethod()
                + (request.getConnectionMetaData().isPersistent() ? "" : " (not persistent)"));
          } catch (RuntimeException e) {
            lateSawItsRequest.complete(e.toString());
          }
          return true;
        }
        case "/fails" -> throw new IllegalStateException("a route failed");
        default -> {
          return false;
        }
      }
    }
  }
}
