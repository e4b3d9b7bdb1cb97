package kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosque.testsupport.JarProcess;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first start of a fresh site through the packaged jar: the banner, the links, no noise. */
class FirstRunIT {

  private static final String READY = "Ctrl-C pour arrêter.";
  private static final String CREATE_ACCOUNT = "bin/kiosque user add --role admin vous@exemple.ma";

  @TempDir
  Path dir;

  @Test
  void aFreshSiteOnAFreePortLinksToThatPortAndSaysWhatToDoFirst() throws Exception {
    assumeTrue(JarProcess.jarBuilt(), "target/kiosque.jar is not built: run through mvn verify");
    Path data = dir.resolve("data");
    try (JarProcess server = JarProcess.start(dir, "serve", "--data", data.toString(), "--port", "0")) {
      String output = server.awaitOutput(READY);
      Matcher site = Pattern.compile("Site : http://localhost:(\\d+)/").matcher(output);
      assertThat(site.find()).as(output).isTrue();
      String port = site.group(1);

      assertThat(output).contains("Rédaction : http://localhost:" + port + "/redaction",
          "Données : " + data.toAbsolutePath(), CREATE_ACCOUNT + " --data " + data);
      assertThat(output.split("KIOSQUE_SITE_URL", -1)).as("the public address asked for once").hasSize(2);
      assertThat(output).doesNotContain("vector incubator", "WARNING", " WARN ", "Exception");

      String feed = server.awaitPage("http://localhost:" + port + "/rss.xml");
      String channelLink = Jsoup.parse(feed, Parser.xmlParser()).selectFirst("channel > link").text();
      assertThat(channelLink).isEqualTo("http://localhost:" + port + "/");
      String home = server.awaitPage("http://localhost:" + port + "/");
      assertThat(Jsoup.parse(home).selectFirst("link[rel=canonical]").attr("href"))
          .isEqualTo("http://localhost:" + port + "/");
    }
  }

  @Test
  void onceAnAccountExistsTheBannerNoLongerAsksForOne() throws Exception {
    assumeTrue(JarProcess.jarBuilt(), "target/kiosque.jar is not built: run through mvn verify");
    Path data = dir.resolve("data");
    Path password = dir.resolve("password");
    Files.writeString(password, "un mot de passe assez long\n");
    assertThat(JarProcess.run(dir, "user", "add", "--role", "admin", "--password-file", password.toString(),
        "--data", data.toString(), "redaction@exemple.ma")).isZero();

    try (JarProcess server = JarProcess.start(dir, "serve", "--data", data.toString(), "--port", "0")) {
      String output = server.awaitOutput(READY);

      assertThat(output).contains("Site : http://localhost:", "Rédaction : http://localhost:")
          .doesNotContain("user add", "Aucun compte");
    }
  }

  @Test
  void aConfiguredPublicAddressIsUsedAndNotAskedFor() throws Exception {
    assumeTrue(JarProcess.jarBuilt(), "target/kiosque.jar is not built: run through mvn verify");
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    Files.writeString(data.resolve("kiosque.properties"), "kiosque.site.url=https://www.exemple.ma\n");
    try (JarProcess server = JarProcess.start(dir, "serve", "--data", data.toString(), "--port", "0")) {
      String output = server.awaitOutput(READY);

      assertThat(output).contains("Adresse publique : https://www.exemple.ma").doesNotContain("KIOSQUE_SITE_URL");
    }
  }
}
