package kiosque.newsroom.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import kiosque.Wiring;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.Images;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@BothDatabases
class MediaServiceTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;
  Wiring wiring;
  MediaService media;
  Actor contributor;

  @BeforeEach
  void open() {
    wiring = new Wiring(TestSettings.in(dir, db), new MutableClock("2025-06-01T10:00:00Z"));
    media = wiring.mediaService();
    contributor = new Actor(wiring.accountService().create(Actor.operator("test"), "karim@example.ma", null,
        Role.CONTRIBUTOR, "un mot de passe de test".toCharArray()), "127.0.0.1");
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  /** Another process's settings: its own data directory, this test's database. */
  private kiosque.config.Settings sameDatabase() {
    java.util.Map<String, String> env = new java.util.HashMap<>(db.env(dir));
    env.putIfAbsent("KIOSQUE_DB_URL", kiosque.config.Settings.h2Url(dir));
    return TestSettings.in(dir.resolve("other"), env);
  }

  private Media upload(String name, byte[] bytes, String alt, String credit) {
    return media.upload(contributor, name, new ByteArrayInputStream(bytes), alt, credit);
  }

  private static int widthOf(MediaFile file) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.bytes()));
    return image.getWidth();
  }

  @Test
  void acceptsAPngAndWritesJpegRenditionsOnceIncluding1200PxWide() throws IOException {
    Media stored = upload("port.png", Images.png(1600, 900), "Le port de Tanger", "K. B. / Kiosque");

    assertThat(stored.contentType()).isEqualTo("image/png");
    assertThat(stored.width()).isEqualTo(1600);
    assertThat(widthOf(media.rendition(stored.id(), "w1200.jpg").orElseThrow())).isEqualTo(1200);
    assertThat(widthOf(media.rendition(stored.id(), "w640.jpg").orElseThrow())).isEqualTo(640);
    assertThat(widthOf(media.rendition(stored.id(), "w320.jpg").orElseThrow())).isEqualTo(320);
    assertThat(media.rendition(stored.id(), "w1200.jpg").orElseThrow().bytes()).startsWith(0xff, 0xd8, 0xff);
    assertThat(dir.resolve("media")).as("nothing on this node's disk: the database holds the files").doesNotExist();
  }

  @Test
  void theFilesLiveInTheDatabaseSoAnotherProcessOnItServesThem() throws IOException {
    Media stored = upload("port.png", Images.png(1600, 900), "Le port de Tanger", "K. B. / Kiosque");
    MediaFile served = media.rendition(stored.id(), "w640.jpg").orElseThrow();

    try (Wiring other = new Wiring(sameDatabase(), new MutableClock("2025-06-01T10:00:00Z"))) {
      MediaFile there = other.mediaService().rendition(stored.id(), "w640.jpg").orElseThrow();
      assertThat(there.bytes()).isEqualTo(served.bytes());
      assertThat(there.etag()).isEqualTo(served.etag()).hasSize(34);
      assertThat(widthOf(there)).isEqualTo(640);
    }
  }

  @Test
  void filesAnEarlierVersionWroteOnDiskAreCopiedIntoTheDatabaseOnceAndServedMeanwhile() throws IOException {
    Media stored = upload("port.png", Images.png(900, 600), "Le port de Tanger", "K. B. / Kiosque");
    // As an earlier version left it: the files under DATA/media/{id}/ and no rows for them.
    Path old = dir.resolve("media").resolve(String.valueOf(stored.id()));
    Files.createDirectories(old);
    byte[] w320 = Images.jpeg(320, 213);
    Files.write(old.resolve("w320.jpg"), w320);
    Files.write(old.resolve("original.png"), Images.png(900, 600));
    Files.writeString(old.resolve("notes.txt"), "pas une image");
    wiring.database().jdbi().useHandle(h -> h.execute("delete from media_file where media_id = ?", stored.id()));
    Files.createDirectories(dir.resolve("media").resolve("999"));
    Files.write(dir.resolve("media").resolve("999").resolve("w320.jpg"), w320);

    assertThat(media.rendition(stored.id(), "w320.jpg").orElseThrow().bytes()).as("from disk until copied")
        .isEqualTo(w320);
    MediaDirectoryImport.Result first = media.importOldDirectory();
    assertThat(first).isEqualTo(new MediaDirectoryImport.Result(2, 0, 1));
    assertThat(media.importOldDirectory()).as("again: nothing to do").isEqualTo(new MediaDirectoryImport.Result(0, 2, 1));

    try (Wiring other = new Wiring(sameDatabase(), new MutableClock("2025-06-01T10:00:00Z"))) {
      assertThat(other.mediaService().rendition(stored.id(), "w320.jpg").orElseThrow().bytes()).isEqualTo(w320);
      assertThat(other.mediaService().rendition(stored.id(), "w640.jpg")).as("never on disk, deleted above").isEmpty();
    }
  }

  @Test
  void neverEnlargesASmallImage() throws IOException {
    Media stored = upload("petit.jpg", Images.jpeg(500, 300), "Un petit dessin", "Kiosque");

    assertThat(widthOf(media.rendition(stored.id(), "w1200.jpg").orElseThrow())).isEqualTo(500);
  }

  @Test
  void checksTheTypeByContentNotByName() {
    assertThatThrownBy(() -> upload("photo.jpg", "pas une image".getBytes(StandardCharsets.UTF_8), "a", "b"))
        .isInstanceOf(MediaException.class).hasMessageContaining("pas une image JPEG, PNG ou WebP");
    Media png = upload("photo.jpg", Images.png(400, 300), "Nommée .jpg, en fait PNG", "Kiosque");
    assertThat(png.contentType()).isEqualTo("image/png");
  }

  @Test
  void refusesDamagedOversizedAndTinyImagesWithAClearMessageAndStoresNothing() throws IOException {
    byte[] jpeg = Images.jpeg(800, 600);
    assertThatThrownBy(() -> upload("coupee.jpg", Arrays.copyOf(jpeg, 40), "a", "b"))
        .isInstanceOf(MediaException.class).hasMessageContaining("endommagée");
    assertThatThrownBy(() -> upload("large.png", Images.png(12_000, 201), "a", "b"))
        .isInstanceOf(MediaException.class).hasMessageContaining("trop grande");
    assertThatThrownBy(() -> upload("mini.png", Images.png(50, 50), "a", "b"))
        .isInstanceOf(MediaException.class).hasMessageContaining("trop petite");
    byte[] webpHeader = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> upload("faux.webp", webpHeader, "a", "b"))
        .isInstanceOf(MediaException.class).hasMessageContaining("endommagée");

    assertThat(media.latest(10)).isEmpty();
    long files = wiring.database().jdbi().withHandle(h -> h.createQuery("select count(*) from media_file")
        .mapTo(Long.class).one());
    assertThat(files).isZero();
    assertThat(dir.resolve("media")).doesNotExist();
  }

  @Test
  void refusesAnImageAboveTheSizeLimit() {
    byte[] big = new byte[(int) MediaService.MAX_BYTES + 10];
    System.arraycopy(Images.png(400, 300), 0, big, 0, 100);

    assertThatThrownBy(() -> upload("lourde.png", big, "a", "b"))
        .isInstanceOf(MediaException.class).hasMessageContaining("10 Mo");
  }

  @Test
  void altTextAndCreditAreRequired() {
    assertThatThrownBy(() -> upload("a.png", Images.png(400, 300), " ", "Kiosque"))
        .isInstanceOf(MediaException.class).hasMessageContaining("texte alternatif");
    assertThatThrownBy(() -> upload("a.png", Images.png(400, 300), "Une image", ""))
        .isInstanceOf(MediaException.class).hasMessageContaining("crédit");
    assertThat(media.latest(10)).isEmpty();
  }
}
