package kiosque.cache;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import kiosque.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cached pages keep their gzip form: a hit sends stored compressed bytes, never compresses again. */
class CompressedPagesIT {

  @TempDir
  Path dir;
  final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<byte[]> get(TestApp app, String path, String acceptEncoding) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path));
    if (acceptEncoding != null) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String gunzip(byte[] bytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aClientThatTakesGzipGetsTheSamePageCompressedOnMissAndHit() throws Exception {
    try (TestApp app = TestApp.start(dir)) {
      String path = app.pathOf(app.publish(article().title("Une page assez longue pour être compressée")
          .body("<p>" + "Un paragraphe qui se répète. ".repeat(200) + "</p>")));
      String plain = new String(get(app, path, null).body(), StandardCharsets.UTF_8);

      HttpResponse<byte[]> miss = get(app, "/", "gzip, deflate, br");
      HttpResponse<byte[]> hit = get(app, "/", "gzip, deflate, br");
      HttpResponse<byte[]> article = get(app, path, "gzip");

      assertThat(miss.headers().firstValue("X-Cache")).contains("miss");
      assertThat(hit.headers().firstValue("X-Cache")).contains("hit");
      for (HttpResponse<byte[]> response : java.util.List.of(miss, hit, article)) {
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(response.headers().firstValue("Vary")).contains("Accept-Encoding");
      }
      assertThat(hit.body()).isEqualTo(miss.body());
      assertThat(gunzip(article.body())).isEqualTo(plain);
      assertThat(article.body().length).isLessThan(plain.length() / 3);
      assertThat(article.headers().firstValue("ETag")).isEqualTo(get(app, path, null).headers().firstValue("ETag"));
    }
  }

  @Test
  void aHitAnsweredBeforeJavalinCarriesTheHeadersOfTheMissThatStoredIt() throws Exception {
    try (TestApp app = TestApp.start(dir)) {
      String path = app.pathOf(app.publish(article().title("Mêmes en-têtes")));
      HttpResponse<byte[]> miss = get(app, path, null);
      HttpResponse<byte[]> hit = get(app, path, null);

      assertThat(miss.headers().firstValue("X-Cache")).contains("miss");
      assertThat(hit.headers().firstValue("X-Cache")).contains("hit");
      java.util.Set<String> varying = java.util.Set.of("x-cache", "date", ":status");
      assertThat(withoutKeys(hit.headers().map(), varying)).isEqualTo(withoutKeys(miss.headers().map(), varying));
      assertThat(hit.body()).isEqualTo(miss.body());
    }
  }

  private static Map<String, java.util.List<String>> withoutKeys(Map<String, java.util.List<String>> headers,
      java.util.Set<String> keys) {
    Map<String, java.util.List<String>> kept = new java.util.TreeMap<>();
    headers.forEach((name, values) -> {
      if (!keys.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        kept.put(name.toLowerCase(java.util.Locale.ROOT), values);
      }
    });
    return kept;
  }

  @Test
  void aClientThatRefusesGzipGetsPlainBytes() throws Exception {
    try (TestApp app = TestApp.start(dir)) {
      app.publish(article().title("Sans compression"));
      get(app, "/", "gzip");

      for (String refusal : new String[] {null, "identity", "gzip;q=0", "br"}) {
        HttpResponse<byte[]> response = get(app, "/", refusal);
        assertThat(response.headers().firstValue("Content-Encoding")).as(refusal).isEmpty();
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(refusal).contains("Sans compression");
      }
    }
  }

  @Test
  void anUncachedPageLargerThanJettysBufferGoesWithItsLengthNotChunked() throws Exception {
    try (TestApp app = TestApp.start(dir, Map.of("KIOSQUE_CACHE_MB", "0"))) {
      String path = app.pathOf(app.publish(article().title("Une longue page")
          .body("<p>" + "Un paragraphe qui se répète, encore et encore. ".repeat(1500) + "</p>")));

      for (String acceptEncoding : new String[] {null, "gzip"}) {
        HttpResponse<byte[]> response = get(app, path, acceptEncoding);

        assertThat(response.body().length).as(acceptEncoding).isGreaterThan(acceptEncoding == null ? 64_000 : 0);
        assertThat(response.headers().firstValue("Content-Length")).as(acceptEncoding)
            .contains(String.valueOf(response.body().length));
        assertThat(response.headers().firstValue("Transfer-Encoding")).as(acceptEncoding).isEmpty();
      }
      HttpResponse<byte[]> head = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
          .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(head.statusCode()).isEqualTo(200);
      assertThat(head.body()).isEmpty();
      assertThat(head.headers().firstValue("Content-Length")).contains(
          String.valueOf(get(app, path, null).body().length));
    }
  }

  @Test
  void withTheCacheOffPagesAreStillCompressedForThoseWhoAsk() throws Exception {
    try (TestApp app = TestApp.start(dir, Map.of("KIOSQUE_CACHE_MB", "0"))) {
      app.publish(article().title("Cache éteint"));
      HttpResponse<byte[]> response = get(app, "/", "gzip");
      assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
      assertThat(gunzip(response.body())).contains("Cache éteint");
    }
  }
}
