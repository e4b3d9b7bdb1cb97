package kiosque.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import kiosque.Wiring;
import kiosque.content.Article;
import kiosque.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports as WordPress really writes them: pasted control characters, other encodings, bad bytes. */
class WxrEncodingTest {

  @TempDir
  Path dir;

  Wiring wiring;
  WxrImporter importer;

  @BeforeEach
  void openDatabase() {
    wiring = TestDatabases.wiring(dir.resolve("data"));
    importer = new WxrImporter(wiring.articleService(), wiring.archivePaths());
  }

  @AfterEach
  void closeDatabase() {
    wiring.close();
  }

  static String export(String encoding, String title, String content) {
    return "<?xml version=\"1.0\" encoding=\"" + encoding + "\" ?>\n"
        + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
        + " xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel><wp:wxr_version>1.2</wp:wxr_version>\n"
        + "<wp:base_blog_url>https://fes.example.ma</wp:base_blog_url>\n"
        + "<item><title>" + title + "</title>\n<content:encoded><![CDATA[" + content + "]]></content:encoded>\n"
        + "<wp:post_id>7</wp:post_id><wp:post_date_gmt>2021-03-01 09:00:00</wp:post_date_gmt>"
        + "<wp:post_type>post</wp:post_type><wp:status>publish</wp:status></item>\n</channel></rss>\n";
  }

  ImportReport importBytes(byte[] bytes) throws IOException {
    return importer.importStream(new ByteArrayInputStream(bytes), ImportProgress.NONE);
  }

  Article stored() {
    long id = wiring.database().jdbi()
        .withHandle(h -> wiring.articleStore().findByExternalId(h, "wp-fes.example.ma-7")).orElseThrow().id();
    return wiring.articleStore().findById(id).orElseThrow();
  }

  @Test
  void controlCharactersPastedFromAWordProcessorAreDropped() throws IOException {
    String pasted = "Le souk\u000B ouvre\u0008 à l\u2019aube.\u0001\n\nLes étals 🍊 se remplissent.";

    ImportReport report = importBytes(export("UTF-8", "Le souk\u000C au matin", pasted).getBytes(StandardCharsets.UTF_8));

    assertThat(report.errors()).isEmpty();
    assertThat(stored().title()).isEqualTo("Le souk au matin");
    assertThat(stored().bodyHtml()).isEqualTo("<p>Le souk ouvre à l’aube.</p>\n<p>Les étals 🍊 se remplissent.</p>");
  }

  @Test
  void theDeclaredEncodingIsRespected() throws IOException {
    byte[] latin1 = export("ISO-8859-1", "Fès en été", "Première journée.").getBytes(Charset.forName("ISO-8859-1"));

    importBytes(latin1);

    assertThat(stored().title()).isEqualTo("Fès en été");
  }

  @Test
  void aByteOrderMarkIsNoCharacter() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write(export("UTF-8", "Avec BOM", "Texte.").getBytes(StandardCharsets.UTF_8));

    assertThat(importBytes(bytes.toByteArray()).created()).isEqualTo(1);
  }

  @Test
  void bytesThatAreNotUtf8AreAnErrorNotReplacementCharacters() {
    byte[] latin1ButSaysUtf8 = export("UTF-8", "Fès en été", "Texte.").getBytes(Charset.forName("ISO-8859-1"));

    ImportReadException e = catchThrowableOfType(ImportReadException.class, () -> importBytes(latin1ButSaysUtf8));

    assertThat(e.getMessage()).matches("at or after line \\d: the file has bytes that are not text in its encoding "
        + "\\(UTF-8, unless its XML declaration names another\\)");
    assertThat(wiring.articleStore().countAll()).isZero();
  }
}
