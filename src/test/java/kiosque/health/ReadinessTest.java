package kiosque.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule of readiness over its inputs: database, migrations, the search index's rebuild and lag. */
class ReadinessTest {

  private static Readiness readiness(List<String> missing, long head, boolean rebuilding, long searchAt) {
    return new Readiness(() -> missing, () -> head, () -> rebuilding, () -> searchAt);
  }

  @Test
  void aNodeWhoseIndexFollowsTheLogIsReady() {
    assertThat(readiness(List.of(), 500, false, 500).check().ready()).isTrue();
    assertThat(readiness(List.of(), 500, false, 500 - Readiness.MAX_SEARCH_LAG).check().ready())
        .as("a burst of saves does not take the node out").isTrue();
  }

  @Test
  void anIndexFarBehindOrRebuildingIsNotReady() {
    assertThat(readiness(List.of(), 5_000, false, 10).check().reasons())
        .containsExactly("search index 4990 changes behind the log");
    assertThat(readiness(List.of(), 5_000, true, 0).check().reasons()).containsExactly("search index rebuilding");
  }

  @Test
  void missingMigrationsAreNamed() {
    assertThat(readiness(List.of("620", "621"), 0, false, 0).check().reasons())
        .containsExactly("database migrations not applied: 620, 621");
  }

  @Test
  void aDatabaseThatDoesNotAnswerIsTheReasonWithoutItsDetails() {
    Readiness down = new Readiness(() -> {
      throw new IllegalStateException("Connection refused: db.internal:5432");
    }, () -> 0, () -> false, () -> 0);

    assertThat(down.check().reasons()).containsExactly("database unreachable");
  }
}
