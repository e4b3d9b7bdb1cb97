package kiosque.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kiosque.Wiring;
import kiosque.config.Settings;
import kiosque.config.SettingsLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** The parameterisation really reaches two different databases, and a data directory keeps its own. */
@BothDatabases
class TestDatabaseTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;

  @Test
  void eachParameterTalksToItsOwnKindOfDatabase() throws Exception {
    try (Wiring wiring = new Wiring(TestSettings.in(dir, db), Clock.systemUTC())) {
      String product = wiring.database().jdbi().withHandle(h -> h.getConnection().getMetaData().getDatabaseProductName());
      assertThat(product).isEqualTo(db == TestDatabase.H2 ? "H2" : "PostgreSQL");
    }
  }

  @Test
  void reopeningTheSameDirectoryFindsTheSameDataAndAnotherDirectoryStartsEmpty() {
    try (Wiring first = new Wiring(TestSettings.in(dir.resolve("a"), db), Clock.systemUTC())) {
      first.articleService().save(ArticleDrafts.article().title("Gardé").build());
    }
    try (Wiring again = new Wiring(TestSettings.in(dir.resolve("a"), db), Clock.systemUTC());
        Wiring other = new Wiring(TestSettings.in(dir.resolve("b"), db), Clock.systemUTC())) {
      assertThat(TestDatabases.rows(again, "article")).isEqualTo(1);
      assertThat(TestDatabases.rows(other, "article")).isZero();
    }
  }

  @Test
  void aTestsH2DatabaseIsTheTemplatesCopyAndHasEveryMigrationAFreshOneGets() {
    if (db != TestDatabase.H2) {
      return; // PostgreSQL's template is the server's own mechanism (PostgresForTests)
    }
    Path copied = dir.resolve("copied");
    Settings fromTemplate = TestSettings.in(copied);
    assertThat(copied.resolve(H2Template.FILE)).exists();
    Settings fresh = new SettingsLoader(Map.of(), new Properties()).load(dir.resolve("fresh"));

    assertThat(migrations(fromTemplate)).isNotEmpty().isEqualTo(migrations(fresh));
  }

  private static List<String> migrations(Settings settings) {
    try (Wiring wiring = new Wiring(settings, Clock.systemUTC())) {
      return wiring.database().jdbi().withHandle(h -> h.createQuery(
              "select version || ' ' || checksum || ' ' || success from flyway_schema_history order by installed_rank")
          .mapTo(String.class).list());
    }
  }
}
