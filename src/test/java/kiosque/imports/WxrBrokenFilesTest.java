package kiosque.imports;

import static kiosque.imports.WxrImporterTest.importResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import kiosque.Wiring;
import kiosque.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports that are cut short, are something else, or hold posts that cannot be articles. */
class WxrBrokenFilesTest {

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

  @Test
  void aPostWithoutTitleOrWithABadDateIsReportedWithItsLineAndTheOthersGoIn() throws IOException {
    ImportReport report = importResource(importer, "articles-defectueux.xml");

    assertThat(report.created()).isEqualTo(2);
    assertThat(report.errors()).extracting(LineError::message).containsExactly(
        "line 32: post 12: title is missing",
        "line 46: post 13 « Un rendez-vous à une date impossible »: <wp:post_date_gmt> \"02/03/2021 10h00\" "
            + "is not a date like 2021-01-14 14:20:00");
    assertThat(wiring.articleStore().countAll()).isEqualTo(2);
    assertThat(TestDatabases.rows(wiring, "topic") + TestDatabases.rows(wiring, "author"))
        .as("nothing of the failed posts is left behind").isEqualTo(1);
  }

  @Test
  void aFileCutShortSaysWhereAndKeepsWhatCameBefore() {
    ImportReadException e = catchThrowableOfType(ImportReadException.class,
        () -> importResource(importer, "export-tronque.xml"));

    assertThat(e.getMessage()).matches("line 4[0-9], column \\d+: the XML is malformed: .+");
    assertThat(e.partialReport().created()).isEqualTo(2);
    assertThat(wiring.articleStore().countAll()).isEqualTo(2);
  }

  @Test
  void anAtomFeedIsNotAWordPressExport() {
    ImportReadException e = catchThrowableOfType(ImportReadException.class,
        () -> importResource(importer, "pas-un-export.xml"));

    assertThat(e.getMessage()).isEqualTo("line 3, column 43: expected a WordPress export, which starts with <rss>, "
        + "found <feed> (an Atom feed: use --format rss)");
    assertThat(e.partialReport().created()).isZero();
  }

  @Test
  void aPlainRssFeedIsNotAWordPressExportEither() {
    String rss = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Un fil</title>\n"
        + "<item><title>Un article</title></item></channel></rss>";

    ImportReadException e = catchThrowableOfType(ImportReadException.class, () -> importer.importStream(
        new ByteArrayInputStream(rss.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE));

    assertThat(e.getMessage()).startsWith("line 3, column ")
        .endsWith("this RSS file is not a WordPress export (it has no <wp:wxr_version>); import a feed with --format rss");
  }

  @Test
  void anEmptyFileOrOneThatIsNotXmlAtAll() {
    ImportReadException empty = catchThrowableOfType(ImportReadException.class,
        () -> importer.importStream(InputStream.nullInputStream(), ImportProgress.NONE));
    ImportReadException json = catchThrowableOfType(ImportReadException.class, () -> importer.importStream(
        new ByteArrayInputStream("{\"id\": 1}\n".getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE));

    assertThat(empty.getMessage()).contains("malformed");
    assertThat(json.getMessage()).startsWith("line 1, column 1: the XML is malformed: ");
  }

  @Test
  void rerunAfterAnInterruptionContinuesWithoutDuplicates() throws IOException {
    catchThrowableOfType(ImportReadException.class, () -> importResource(importer, "export-tronque.xml"));
    ImportReport cut = importResource(importer, "articles-defectueux.xml");
    // The whole export, fixed, run again: what went in before is unchanged, the rest is created.
    String fixed = new String(WxrBrokenFilesTest.class.getResourceAsStream("/imports/wxr/articles-defectueux.xml")
        .readAllBytes(), StandardCharsets.UTF_8)
        .replace("<title><![CDATA[]]></title>", "<title><![CDATA[Un titre retrouvé]]></title>")
        .replace("02/03/2021 10h00", "2021-03-02 10:00:00");

    ImportReport rerun = importer.importStream(new ByteArrayInputStream(fixed.getBytes(StandardCharsets.UTF_8)),
        ImportProgress.NONE);

    assertThat(cut.failed()).isEqualTo(2);
    assertThat(rerun.errors()).isEmpty();
    assertThat(rerun.unchanged()).isEqualTo(2);
    assertThat(rerun.created()).isEqualTo(2);
    assertThat(wiring.articleStore().countAll()).isEqualTo(6);
  }

  @Test
  void aDoctypeIsRefusedSoNoEntityCanReadAFile() {
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n"
        + "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><wp:wxr_version>1.2</wp:wxr_version>"
        + "<item><title>&secret;</title><wp:post_id>1</wp:post_id><wp:status>publish</wp:status></item></channel></rss>";

    ImportReadException e = catchThrowableOfType(ImportReadException.class, () -> importer.importStream(
        new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE));

    assertThat(e.getMessage()).contains("the XML is malformed").contains("secret");
    assertThat(wiring.articleStore().countAll()).isZero();
  }

  @Test
  void escapedTextOutsideCdataIsReadWhateverItsAmount() throws IOException {
    // The JDK's parser once stopped a real export after 100,000 entity references in the file.
    StringBuilder xml = new StringBuilder("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
        + " xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><wp:wxr_version>1.2</wp:wxr_version>\n");
    String escaped = "&lt;p&gt;L&#8217;été &amp; l&#8217;hiver&lt;/p&gt;".repeat(100);
    for (int i = 1; i <= 300; i++) {
      xml.append("<item><title>Page ").append(i).append("</title><content:encoded>").append(escaped)
          .append("</content:encoded><wp:post_id>").append(i).append("</wp:post_id><wp:post_type>page</wp:post_type>"
              + "<wp:status>publish</wp:status></item>\n");
    }
    xml.append("<item><title>L&#8217;article</title><content:encoded>").append(escaped).append("</content:encoded>"
        + "<wp:post_id>999</wp:post_id><wp:post_date_gmt>2021-03-01 09:00:00</wp:post_date_gmt><wp:post_type>post"
        + "</wp:post_type><wp:status>publish</wp:status></item></channel></rss>");

    ImportReport report = importer.importStream(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)),
        ImportProgress.NONE);

    assertThat(report.skippedCount()).isEqualTo(300);
    assertThat(report.created()).isEqualTo(1);
  }

  @Test
  void anImportThatCrashedHalfWayIsResumedByRunningItAgain() throws IOException {
    // The database goes away after the second item, as it would if the process were killed.
    ImportProgress crash = (items, bytes) -> {
      if (items == 2) {
        wiring.database().close();
      }
    };
    IllegalStateException stopped;
    try (InputStream in = getClass().getResourceAsStream("/imports/wxr/lequotidien.xml")) {
      stopped = catchThrowableOfType(IllegalStateException.class, () -> importer.importStream(in, crash));
    }
    assertThat(stopped).hasMessageStartingWith("import stopped at line ").hasMessageContaining("post 108");
    wiring.close();
    wiring = TestDatabases.wiring(dir.resolve("data"));

    ImportReport rerun = importResource(new WxrImporter(wiring.articleService(), wiring.archivePaths()), "lequotidien.xml");

    assertThat(rerun.unchanged()).isEqualTo(2);
    assertThat(rerun.created()).isEqualTo(2);
    assertThat(rerun.errors()).isEmpty();
    assertThat(wiring.articleStore().countAll()).isEqualTo(4);
  }

  @Test
  void aPostIdSeenTwiceOrADateOutOfRangeIsReportedAndTheOthersImported() throws IOException {
    String head = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
        + " xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><wp:wxr_version>1.2</wp:wxr_version>\n";
    String xml = head + post(1, "Le premier", "2021-03-01 09:00:00") + post(2, "Trop ancien", "0500-01-01 00:00:00")
        + post(1, "Le second", "2021-03-02 09:00:00") + post(3, "Avec\u0001 contr\u00f4le", "2021-03-03 09:00:00")
        + "</channel></rss>";

    ImportReport report = importer.importStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        ImportProgress.NONE);

    assertThat(report.created()).isEqualTo(2);
    assertThat(report.errors()).extracting(LineError::message).containsExactly(
        "line 3: post 2 « Trop ancien »: published_at 0500-01-01 is outside the years 1800 to 9999 (until 9999-12-30)",
        "line 4: post 1 « Le second »: its <wp:post_id> is already on line 2 (this item is left out)");
    assertThat(wiring.articleStore().countAll()).isEqualTo(2);
  }

  private static String post(int id, String title, String dateGmt) {
    return "<item><title>" + title + "</title><content:encoded>Texte.</content:encoded><wp:post_id>" + id
        + "</wp:post_id><wp:post_date_gmt>" + dateGmt + "</wp:post_date_gmt><wp:post_type>post</wp:post_type>"
        + "<wp:status>publish</wp:status></item>\n";
  }
}
