package kiosque.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import kiosque.testsupport.CliRun;
import org.junit.jupiter.api.Test;

/** The measuring commands run from the jar but stay out of the operator's help. */
class MeasuringCommandsTest {

  @Test
  void theMainHelpListsTheSiteJobsButNotTheMeasuringTools() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("import", "reindex").doesNotContain("eval-related", "bench-related");
  }

  @Test
  void theHiddenCommandsStillRun() {
    assertThat(CliRun.of("eval-related", "--help").out()).contains("--corpus", "--ablation");
    assertThat(CliRun.of("bench-related", "--help").out()).contains("--data", "--articles");
  }
}
