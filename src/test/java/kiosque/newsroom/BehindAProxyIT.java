package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.TestApp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behind Varnish every connection comes from Varnish (here 127.0.0.1, named as the trusted proxy):
 * the login throttle must still tell a stranger from the editor, by the address Varnish appends
 * to X-Forwarded-For, and must not believe an address a client wrote there itself.
 */
class BehindAProxyIT {

  @TempDir
  static Path dir;
  static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, Map.of("KIOSQUE_TRUSTED_PROXIES", "127.0.0.1"));
    app.account(Role.EDITOR, "redactrice@example.ma");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void aStrangersGuessesThroughTheProxyDoNotKeepTheEditorOut() {
    NewsroomClient stranger = app.anonymous();
    // The stranger even writes the editor's address first: Varnish appends the real one after it.
    String spoofed = "198.51.100.7, 203.0.113.9";
    for (int i = 0; i < 12; i++) {
      assertThat(login(stranger, spoofed, "redactrice@example.ma", "devine " + i)).isIn(401, 429);
    }
    assertThat(login(stranger, "203.0.113.9", "redactrice@example.ma", NewsroomClient.PASSWORD))
        .as("the guessing address stays refused during its wait").isNotEqualTo(303);

    assertThat(login(app.anonymous(), "198.51.100.7", "redactrice@example.ma", NewsroomClient.PASSWORD)).isEqualTo(303);
    var audit = app.wiring().database().jdbi().withHandle(h -> h.createQuery(
        "select address from audit_event where action = 'login' order by id desc limit 1").mapTo(String.class).one());
    assertThat(audit).isEqualTo("198.51.100.7");
  }

  private static int login(NewsroomClient client, String forwardedFor, String email, String password) {
    String token = Jsoup.parse(client.get("/redaction/connexion").body()).selectFirst("input[name=_csrf]").val();
    String body = "_csrf=" + enc(token) + "&email=" + enc(email) + "&password=" + enc(password) + "&suite=%2Fredaction";
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/redaction/connexion"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", forwardedFor)
        .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
