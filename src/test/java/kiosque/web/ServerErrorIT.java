package kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import kiosque.testsupport.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerErrorIT {

  @TempDir
  Path dir;

  @Test
  void aFailureShowsAnIncidentIdAndNoStackTrace() {
    try (TestApp app = TestApp.start(dir)) {
      app.wiring().database().close();

      var response = app.get("/rubrique/maroc");

      assertThat(response.statusCode()).isEqualTo(500);
      Document page = Jsoup.parse(response.body());
      assertThat(page.selectFirst("h1").text()).isEqualTo("Erreur du serveur");
      assertThat(page.selectFirst(".incident").text()).matches("Référence de l’incident : [0-9a-f]{8}");
      assertThat(response.body()).doesNotContain("Exception", "at kiosque.", "SQL");
    }
  }

  /**
   * Jetty refuses a malformed address on the thread that also answers page-cache hits, so its page
   * reads nothing from the database: with the database gone it is still the site's page, not
   * Jetty's own.
   */
  @Test
  void aRequestJettyRefusesGetsTheSitesPageWithoutTheDatabase() throws IOException {
    try (TestApp app = TestApp.start(dir)) {
      app.wiring().database().close();

      String raw = rawGet(app.port(), "/recherche?q=%E9%zz");

      assertThat(raw).startsWith("HTTP/1.1 400");
      Document page = Jsoup.parse(raw.substring(raw.indexOf("\r\n\r\n") + 4));
      assertThat(page.select("section.error h1").text()).contains("Demande incorrecte");
      assertThat(raw).doesNotContain("Jetty", "Exception");
    }
  }

  /** A request sent as bytes: the JDK's client refuses to send a malformed address. */
  private static String rawGet(int port, String target) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      socket.getInputStream().transferTo(all);
      return all.toString(StandardCharsets.UTF_8);
    }
  }
}
