package kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

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
}
