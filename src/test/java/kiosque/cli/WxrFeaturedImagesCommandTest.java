package kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import kiosque.Wiring;
import kiosque.newsroom.media.Media;
import kiosque.testsupport.CliRun;
import kiosque.testsupport.Images;
import kiosque.testsupport.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kiosque import --format wxr --fetch-images}: featured images come from the old site (here a
 * local HTTP server standing in for it) into the media library and become lead images, once.
 */
class WxrFeaturedImagesCommandTest {

  static final String OLD_UPLOADS = "https://www.lequotidien-atlas.ma/wp-content/uploads/";

  @TempDir
  Path dir;
  HttpServer oldSite;
  final AtomicInteger status = new AtomicInteger(200);
  final AtomicInteger requests = new AtomicInteger();
  Path export;

  @BeforeEach
  void start() throws IOException {
    byte[] png = Images.png(1400, 800);
    oldSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    oldSite.createContext("/wp-content/uploads/2021/01/al-massira.jpg", exchange -> {
      requests.incrementAndGet();
      byte[] body = status.get() == 200 ? png : "introuvable".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status.get(), body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    oldSite.start();
    try (InputStream in = getClass().getResourceAsStream("/imports/wxr/lequotidien.xml")) {
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace(OLD_UPLOADS, "http://127.0.0.1:" + oldSite.getAddress().getPort() + "/wp-content/uploads/");
      export = dir.resolve("export.xml");
      Files.writeString(export, xml);
    }
  }

  @AfterEach
  void stop() {
    oldSite.stop(0);
  }

  CliRun importWithImages(String... more) {
    String[] args = new String[7 + more.length];
    String[] base = {"import", "--data", dir.resolve("data").toString(), "--format", "wxr", "--fetch-images"};
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    args[args.length - 1] = export.toString();
    return CliRun.of(args);
  }

  @Test
  void aFeaturedImageBecomesTheLeadImageOnceAndAFailureSaysWhichAndWhy() {
    status.set(404);
    CliRun failed = importWithImages();
    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.out()).contains("Images à la une : 0 importées, 0 déjà présentes, 1 en échec");
    assertThat(failed.err()).contains("Image à la une non importée : http://127.0.0.1:")
        .contains("al-massira.jpg (wp-lequotidien-atlas.ma-101) : http://127.0.0.1:")
        .contains("al-massira.jpg answered HTTP 404 instead of an image");

    status.set(200);
    CliRun fetched = importWithImages("--image-credit", "Archives Le Quotidien");
    assertThat(fetched.exitCode()).as(fetched.err()).isZero();
    assertThat(fetched.out()).contains("Images à la une : 1 importées, 0 déjà présentes, 0 en échec");

    try (Wiring wiring = new Wiring(TestSettings.in(dir.resolve("data")), Clock.systemUTC())) {
      long article = wiring.database().jdbi().withHandle(h -> wiring.articleStore()
          .findByExternalId(h, "wp-lequotidien-atlas.ma-101")).orElseThrow().id();
      assertThat(wiring.articleService().hasLeadImage(article)).isTrue();
      Media image = wiring.mediaService().latest(5).getFirst();
      assertThat(wiring.mediaService().latest(5)).hasSize(1);
      assertThat(image.width()).isEqualTo(1400);
      assertThat(image.credit()).isEqualTo("Archives Le Quotidien");
      assertThat(image.altText()).isNotBlank();
      assertThat(wiring.mediaService().rendition(image.id(), "w640.jpg")).isPresent();
    }

    int before = requests.get();
    CliRun again = importWithImages();
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("Images à la une : 0 importées, 1 déjà présentes, 0 en échec");
    assertThat(requests.get()).as("nothing fetched again").isEqualTo(before);
  }
}
