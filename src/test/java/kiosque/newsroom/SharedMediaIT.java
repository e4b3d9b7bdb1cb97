package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.Images;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.TestApp;
import kiosque.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two nodes, each with its own data directory, on one PostgreSQL: an image uploaded on one is served by the other. */
class SharedMediaIT {

  @TempDir
  Path dir;

  @Test
  void anImageUploadedOnNodeAIsServedByNodeBWithTheSameBytesAndETag() throws Exception {
    Map<String, String> database = TestDatabase.POSTGRESQL.env(dir.resolve("database"));
    try (TestApp a = TestApp.start(dir.resolve("a"), database, Clock.systemUTC());
        TestApp b = TestApp.start(dir.resolve("b"), database, Clock.systemUTC())) {
      NewsroomClient journalist = a.loggedIn(Role.JOURNALIST, "nadia@example.ma");
      assertThat(upload(a, journalist, "medina.png", Images.png(1500, 1000)).statusCode()).isEqualTo(303);
      long id = a.wiring().mediaService().latest(1).getFirst().id();
      String path = "/media/" + id + "/w640.jpg";

      HttpResponse<byte[]> fromA = get(a, path, null);
      HttpResponse<byte[]> fromB = get(b, path, null);
      assertThat(fromB.statusCode()).isEqualTo(200);
      assertThat(fromB.body()).isEqualTo(fromA.body()).startsWith(0xff, 0xd8, 0xff);
      assertThat(fromB.headers().firstValue("Content-Type")).hasValue("image/jpeg");
      assertThat(fromB.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
      String etag = fromB.headers().firstValue("ETag").orElseThrow();
      assertThat(fromA.headers().firstValue("ETag")).hasValue(etag);
      assertThat(etag).matches("\"[0-9a-f]{32}\"");

      HttpResponse<byte[]> revalidated = get(b, path, etag);
      assertThat(revalidated.statusCode()).isEqualTo(304);
      assertThat(revalidated.body()).isEmpty();
      assertThat(get(b, path, "\"autre\"").statusCode()).isEqualTo(200);
      assertThat(get(b, "/media/" + id + "/w999.jpg", null).statusCode()).isEqualTo(404);
      assertThat(get(b, "/media/" + (id + 1) + "/w640.jpg", null).statusCode()).isEqualTo(404);
      assertThat(dir.resolve("b").resolve("media")).as("node B keeps no copy on disk").doesNotExist();
    }
  }

  private static HttpResponse<byte[]> get(TestApp node, String path, String ifNoneMatch) throws IOException,
      InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path));
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
  }

  private static HttpResponse<String> upload(TestApp node, NewsroomClient client, String name, byte[] bytes) {
    String boundary = "----kiosque" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (var field : Map.of("_csrf", client.csrf(), "alt", "La médina de Fès", "credit", "S. M. / Kiosque").entrySet()) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
          + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(bytes);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + "/redaction/medias"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }
}
