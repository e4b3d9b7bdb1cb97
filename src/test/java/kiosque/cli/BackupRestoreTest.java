package kiosque.cli;

import static kiosque.testsupport.SearchTestSupport.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import kiosque.Wiring;
import kiosque.config.Settings;
import kiosque.db.CopyReport;
import kiosque.db.H2Backup;
import kiosque.testsupport.Await;
import kiosque.testsupport.CliRun;
import kiosque.testsupport.SearchTestSupport;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kiosque backup} while articles are being written, then {@code kiosque restore} into an
 * empty directory. What a consistent copy means here: the restored change log is a prefix of the
 * source's (sequence numbers become visible in order), the restored articles are exactly those
 * that prefix created, row for row as the source holds them, every article committed before the
 * backup started is there, and tables nobody wrote to meanwhile are identical.
 */
class BackupRestoreTest {

  @TempDir
  Path dir;

  @Test
  void aBackupTakenWhileArticlesAreWrittenRestoresAConsistentSite() throws Exception {
    Path source = dir.resolve("source");
    Path restored = dir.resolve("restored");
    Path file = dir.resolve("sauvegarde.zip");
    List<Long> committed = new CopyOnWriteArrayList<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicReference<Throwable> writerFailure = new AtomicReference<>();
    try (Wiring site = new Wiring(SearchTestSupport.settings(source), Clock.systemUTC())) {
      // One section and one byline for every article: the section's published count is checkable.
      committed.add(article("Premier article du site").saveWith(site.articleService()));
      Map<String, String> untouchedBefore = digests(site.database().jdbi(), "account", "media", "media_file");
      Thread writer = Thread.ofPlatform().name("writer").start(() -> {
        try {
          for (int i = 0; writing.get(); i++) {
            committed.add(article("Dépêche numéro " + i + " de la rédaction").saveWith(site.articleService()));
          }
        } catch (Throwable t) {
          writerFailure.set(t);
        }
      });
      Await.until("the writer under way", () -> committed.size() >= 20);
      List<Long> committedBeforeBackup = List.copyOf(committed);

      CliRun backup = CliRun.of("backup", "--data", source.toString(), file.toString());
      int committedDuringBackup = committed.size() - committedBeforeBackup.size();
      writing.set(false);
      writer.join();

      assertThat(writerFailure.get()).isNull();
      assertThat(backup.exitCode()).as(backup.err()).isZero();
      assertThat(backup.out()).startsWith("Sauvegarde écrite dans " + file.toAbsolutePath());

      CliRun restore = CliRun.of("restore", "--data", restored.toString(), file.toString());
      assertThat(restore.exitCode()).as(restore.err()).isZero();
      assertThat(restore.out()).startsWith("Site restauré dans " + restored.toAbsolutePath());

      try (Connection copy = DriverManager.getConnection(Settings.h2Url(restored), "sa", "")) {
        Jdbi restoredDb = Jdbi.create(copy);
        Jdbi sourceDb = site.database().jdbi();
        long lastSeq = restoredDb.withHandle(h -> h.createQuery("select max(seq) from content_change")
            .mapTo(Long.class).one());
        String changesUpTo = "select seq, article_id, kind from content_change where seq <= " + lastSeq + " order by seq";
        assertThat(rows(restoredDb, changesUpTo)).as("the restored change log is a prefix of the source's")
            .isEqualTo(rows(sourceDb, changesUpTo)).hasSize((int) restoredDb.withHandle(
                h -> h.createQuery("select count(*) from content_change").mapTo(Long.class).one()).longValue());
        String articlesOfPrefix = "select id, title, slug, body_html, status, published_at, updated_at, version "
            + "from article where id in (select article_id from content_change where seq <= " + lastSeq + ") order by id";
        assertThat(rows(restoredDb, "select id, title, slug, body_html, status, published_at, updated_at, version "
            + "from article order by id")).as("exactly the articles that prefix created, as the source holds them")
            .isEqualTo(rows(sourceDb, articlesOfPrefix));
        List<Long> restoredIds = restoredDb.withHandle(h -> h.createQuery("select id from article").mapTo(Long.class)
            .list());
        assertThat(restoredIds).as("every article committed before the backup began")
            .containsAll(committedBeforeBackup);
        assertThat(rows(restoredDb, "select published_count from section where published_count > 0"))
            .as("the section's summary, kept in each save's transaction, counts what the copy holds")
            .containsExactly(Map.of("published_count", restoredIds.size()));
        assertThat(digests(restoredDb, "account", "media", "media_file")).isEqualTo(untouchedBefore);
        System.out.printf("backup: %d articles before, %d during, %d restored%n", committedBeforeBackup.size(),
            committedDuringBackup, restoredIds.size());
      }
      List<Long> restoredIds = Jdbi.create(Settings.h2Url(restored), "sa", "").withHandle(
          h -> h.createQuery("select id from article").mapTo(Long.class).list());
      try (Wiring restoredSite = new Wiring(SearchTestSupport.settings(restored), Clock.systemUTC())) {
        long next = article("Premier article après la restauration").saveWith(restoredSite.articleService());
        assertThat(next).as("the restored site numbers its articles after the copy's")
            .isGreaterThan(restoredIds.stream().mapToLong(Long::longValue).max().orElseThrow());
      }
    }
  }

  @Test
  void restoreRefusesADirectoryThatIsNotEmpty() throws Exception {
    Path source = dir.resolve("source");
    Path file = dir.resolve("sauvegarde.zip");
    try (Wiring site = new Wiring(SearchTestSupport.settings(source), Clock.systemUTC())) {
      article("Un article").saveWith(site.articleService());
    }
    assertThat(CliRun.of("backup", "--data", source.toString(), file.toString()).exitCode()).isZero();
    Path occupied = dir.resolve("occupied");
    Files.createDirectories(occupied);
    Files.writeString(occupied.resolve("notes.txt"), "à garder");

    CliRun run = CliRun.of("restore", "--data", occupied.toString(), file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("kiosque : le dossier " + occupied.toAbsolutePath() + " n’est pas vide : "
        + "la restauration se fait dans un dossier vide ou absent, pour ne rien écraser");
    assertThat(Files.list(occupied)).containsExactly(occupied.resolve("notes.txt"));
  }

  @Test
  void aDamagedBackupRestoresNothing() throws Exception {
    Path source = dir.resolve("source");
    Path file = dir.resolve("sauvegarde.zip");
    try (Wiring site = new Wiring(SearchTestSupport.settings(source), Clock.systemUTC())) {
      article("Un article").saveWith(site.articleService());
    }
    assertThat(CliRun.of("backup", "--data", source.toString(), file.toString()).exitCode()).isZero();
    // The manifest no longer matches the database inside: as if either had been altered.
    Path tampered = dir.resolve("abimee.zip");
    try (var in = new java.util.zip.ZipFile(file.toFile());
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(tampered))) {
      for (var entry : java.util.Collections.list(in.entries())) {
        out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
        byte[] bytes = in.getInputStream(entry).readAllBytes();
        if (entry.getName().equals("manifest.properties")) {
          bytes = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
              .replaceAll("table\\.article\\.rows=1", "table.article.rows=2").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        out.write(bytes);
        out.closeEntry();
      }
    }

    CliRun run = CliRun.of("restore", "--data", dir.resolve("restored").toString(), tampered.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("est abîmée (tables différentes : article)").contains("rien n’a été restauré");
    assertThat(Files.list(dir.resolve("restored")).filter(p -> p.toString().endsWith(".mv.db"))).isEmpty();
  }

  @Test
  void anEnglishSiteIsToldInEnglish() throws Exception {
    Path source = dir.resolve("source");
    Files.createDirectories(source);
    Files.writeString(source.resolve("kiosque.properties"), "kiosque.site.locale=en\n");
    try (Wiring site = new Wiring(SearchTestSupport.settings(source), Clock.systemUTC())) {
      article("An article").saveWith(site.articleService());
    }
    Path file = dir.resolve("backup.zip");
    Path occupied = dir.resolve("occupied");
    Files.createDirectories(occupied);
    Files.writeString(occupied.resolve("kiosque.properties"), "kiosque.site.locale=en\n");

    CliRun backup = CliRun.of("backup", "--data", source.toString(), file.toString());
    CliRun missing = CliRun.of("restore", "--data", occupied.toString(), dir.resolve("none.zip").toString());
    CliRun refused = CliRun.of("restore", "--data", occupied.toString(), file.toString());
    CliRun postgres = CliRun.of("backup", "--data", occupied.toString(), "--db", "jdbc:postgresql://db.example/kiosque",
        file.toString());

    assertThat(backup.out()).startsWith("Backup written to " + file.toAbsolutePath() + ": 1 article, 0 media files");
    assertThat(missing.err().strip()).isEqualTo("kiosque: the backup " + dir.resolve("none.zip") + " does not exist");
    assertThat(refused.err().strip()).isEqualTo("kiosque: the folder " + occupied.toAbsolutePath()
        + " is not empty: a restore goes into an empty or absent folder, so that nothing is overwritten");
    assertThat(postgres.err().strip()).isEqualTo("kiosque: the database is PostgreSQL: back it up with pg_dump "
        + "(see docs/deployment.md, \"Backups and restore\")");
  }

  @Test
  void onPostgresqlTheCommandsPointToPgDump() {
    CliRun run = CliRun.of("backup", "--data", dir.toString(), "--db", "jdbc:postgresql://db.example/kiosque",
        dir.resolve("x.zip").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("pg_dump");
    assertThat(dir.resolve("x.zip")).doesNotExist();
  }

  private static List<Map<String, Object>> rows(Jdbi db, String sql) {
    return db.withHandle(h -> h.createQuery(sql).mapToMap().list());
  }

  private static Map<String, String> digests(Jdbi db, String... tables) {
    return db.withHandle(h -> {
      try {
        return H2Backup.digests(h.getConnection()).tables().stream()
            .filter(t -> List.of(tables).contains(t.table()))
            .collect(Collectors.toMap(CopyReport.TableReport::table, t -> t.rows() + ":" + t.checksum()));
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }
}
