package kiosque.cli;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosque.Wiring;
import kiosque.content.ArticleStatus;
import kiosque.imports.DemoContent;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.editor.ArticleForm;
import kiosque.newsroom.editor.SaveMode;
import kiosque.newsroom.shell.Role;
import kiosque.newsroom.workflow.Transition;
import kiosque.testsupport.CliRun;
import kiosque.testsupport.Images;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.PostgresForTests;
import kiosque.testsupport.TestApp;
import kiosque.testsupport.TestDatabases;
import kiosque.testsupport.TestSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2 to an embedded PostgreSQL through the real command line: the demo site plus a working newsroom. */
class MigrateDbCommandTest {

  static final List<String> TABLES = List.of("section", "topic", "author", "account", "media", "article",
      "article_author", "article_topic", "article_path", "content_change", "account_session", "login_failure",
      "audit_event", "article_revision", "article_pending", "taxonomy_old_slug", "media_file");

  @TempDir
  Path dir;
  Path source;
  PostgresForTests.Db target;
  MutableClock clock = new MutableClock("2025-06-01T10:00:00Z");

  @BeforeEach
  void aSiteWithItsNewsroom() {
    source = dir.resolve("h2");
    target = PostgresForTests.instance().emptyDatabase();
    // The command takes the password from the environment only, as in production.
    assumeTrue(target.password().isEmpty() || target.password().equals(System.getenv("KIOSQUE_DB_PASSWORD")),
        "the test server wants a password: set KIOSQUE_DB_PASSWORD like KIOSQUE_TEST_PG_PASSWORD");
    try (Wiring site = new Wiring(TestSettings.in(source), clock)) {
      DemoContent.loadIfEmpty(site.articleService(), site.articleStore());
      Actor editor = new Actor(site.accountService().create(Actor.operator("test"), "editrice@example.ma", "Nadia",
          Role.EDITOR, "un mot de passe de test".toCharArray()), "127.0.0.1");
      site.accountService().login("editrice@example.ma", "un mot de passe de test", "127.0.0.1");
      site.accountService().login("editrice@example.ma", "mauvais mot de passe", "10.0.0.9");
      long photo = site.mediaService().upload(editor, "port.jpg", new ByteArrayInputStream(Images.jpeg(1200, 800)),
          "Le port de Tanger au lever du jour", "A. Photographe").id();
      ArticleForm form = new ArticleForm("Un article du desk", "Le chapô.", "<p>Le texte « entier ».</p>", "Maroc",
          List.of("Défense", "Économie"), List.of("N.A"), "", "", "");
      long id = site.editorialService().create(editor, form);
      site.editorialService().save(editor, id, site.articleStore().findById(id).orElseThrow().version(),
          new ArticleForm("Un article du desk, relu", "Le chapô.", "<p>Le texte « entier », relu.</p>", "Maroc",
              List.of("Défense"), List.of("N.A"), "", "", "", photo), SaveMode.SAVE);
      site.editorialService().move(editor, id, site.articleStore().findById(id).orElseThrow().version(),
          Transition.PUBLISH, null);
      // Saved on the live article: a pending revision waits beside it.
      site.editorialService().save(editor, id, site.articleStore().findById(id).orElseThrow().version(),
          new ArticleForm("Un article du desk, en relecture", "Le chapô.", "<p>Une suite.</p>", "Maroc",
              List.of("Défense"), List.of("N.A"), "", "", "", photo), SaveMode.SAVE);
      site.articleService().save(article().title("Programmé").status(ArticleStatus.SCHEDULED)
          .publishedAt(clock.instant().plus(Duration.ofDays(1))).build());
      long topic = site.taxonomyAdmin().topics("", 100, 0).getFirst().id();
      site.taxonomyAdmin().renameTopic(editor, topic, "Sujet renommé", "sujet-renomme", "");
    }
  }

  private CliRun migrate() {
    return CliRun.of("migrate-db", "--from", source.toString(), "--to", target.url(), "--user", target.user(),
        "--no-progress");
  }

  private Wiring onTarget(String name) {
    return new Wiring(TestSettings.in(dir.resolve(name), target.env()), clock);
  }

  private Map<String, Long> rows(Wiring wiring) {
    Map<String, Long> rows = new LinkedHashMap<>();
    TABLES.forEach(table -> rows.put(table, TestDatabases.rows(wiring, table)));
    return rows;
  }

  private static long number(Wiring wiring, String sql) {
    return wiring.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  @Test
  void imagesAnEarlierVersionLeftInTheDataDirectoryTravelWithTheDatabase() throws java.io.IOException {
    long photo;
    try (Wiring h2 = new Wiring(TestSettings.in(source), clock)) {
      photo = h2.mediaService().latest(1).getFirst().id();
      h2.database().jdbi().useHandle(h -> h.execute("delete from media_file where media_id = ? and name = 'w320.jpg'",
          photo));
    }
    byte[] w320 = Images.jpeg(320, 213);
    java.nio.file.Files.createDirectories(source.resolve("media").resolve(String.valueOf(photo)));
    java.nio.file.Files.write(source.resolve("media").resolve(String.valueOf(photo)).resolve("w320.jpg"), w320);

    CliRun run = migrate();

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("1 fichiers d’images copiés de").contains("media_file");
    try (Wiring postgres = onTarget("pg")) {
      assertThat(postgres.mediaService().rendition(photo, "w320.jpg").orElseThrow().bytes()).isEqualTo(w320);
      assertThat(postgres.mediaService().rendition(photo, "w1200.jpg")).isPresent();
    }
  }

  @Test
  void copiesEveryRowVerifiedAndTheCopyServesTheSameSite() {
    Map<String, Long> before;
    try (Wiring h2 = new Wiring(TestSettings.in(source), clock)) {
      before = rows(h2);
    }
    assertThat(before).allSatisfy((table, count) -> assertThat(count).as(table).isPositive());

    CliRun run = migrate();

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Copiées et vérifiées").contains("article_revision");
    try (Wiring postgres = onTarget("pg")) {
      assertThat(postgres.database().isPostgres()).isTrue();
      assertThat(rows(postgres)).isEqualTo(before);
      assertThat(postgres.accountService().login("editrice@example.ma", "un mot de passe de test", "127.0.0.1")
          .succeeded()).as("the password hash came across").isTrue();
      long lastArticle = number(postgres, "select max(id) from article");
      long head = postgres.changeLog().head();
      long created = postgres.articleService().save(article().title("Après la migration").build()).articleId();
      assertThat(created).as("identities restarted after the copied rows").isGreaterThan(lastArticle);
      assertThat(postgres.changeLog().head()).isEqualTo(head + 1);
    }
  }

  @Test
  void theSamePagesComeOutOfBothDatabases() {
    assertThat(migrate().exitCode()).isZero();
    try (TestApp h2 = TestApp.start(dir.resolve("h2"), Map.of(), clock);
        TestApp postgres = TestApp.start(dir.resolve("pg"), target.env(), clock)) {
      // Both nodes derive their index and related lists from what they were given: let them finish.
      h2.settle();
      postgres.settle();
      long desk = number(h2.wiring(), "select id from article where title = 'Un article du desk, relu'");
      for (String path : List.of("/", "/rss.xml", "/sujet/sujet-renomme", "/sitemap.xml", h2.pathOf(desk))) {
        assertThat(postgres.get(path).body()).as(path).isEqualTo(h2.get(path).body());
      }
    }
  }

  @Test
  void runningAgainWritesNothingAndADifferentTargetIsRefused() {
    assertThat(migrate().exitCode()).isZero();

    CliRun again = migrate();
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("contient déjà ce site");

    try (Wiring postgres = onTarget("pg")) {
      postgres.articleService().save(article().title("Écrit sur la cible").build());
    }
    CliRun refused = migrate();
    assertThat(refused.exitCode()).isEqualTo(MigrateDbCommand.NOTHING_WRITTEN);
    assertThat(refused.err()).contains("n’est pas vide et diffère de la source").contains("article (");
  }

  @Test
  void refusesInEnglishWhenTheSiteSpeaksIt() {
    // migrate-db has no --data: the site's language comes from the environment or system properties.
    System.setProperty("kiosque.site.locale", "en");
    try {
      CliRun h2Target = CliRun.of("migrate-db", "--from", source.toString(), "--to", "jdbc:h2:mem:x");
      assertThat(h2Target.err()).isEqualTo("kiosque: --to must be a PostgreSQL JDBC URL "
          + "(jdbc:postgresql://host:5432/name), got jdbc:h2:mem:x" + System.lineSeparator());
    } finally {
      System.clearProperty("kiosque.site.locale");
    }
  }

  @Test
  void aMissingSourceOrANonPostgresTargetIsRefusedClearly() {
    CliRun missing = CliRun.of("migrate-db", "--from", dir.resolve("nothing").toString(), "--to", target.url());
    CliRun h2Target = CliRun.of("migrate-db", "--from", source.toString(), "--to", "jdbc:h2:mem:x");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("ne contient aucune base Kiosque");
    assertThat(h2Target.exitCode()).isEqualTo(2);
    assertThat(h2Target.err()).contains("doit être une URL JDBC PostgreSQL");
  }
}
