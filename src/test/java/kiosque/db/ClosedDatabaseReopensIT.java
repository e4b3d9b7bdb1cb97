package kiosque.db;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kiosque.testsupport.TestApp;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database closed under a running site, as H2 closes it when its store fails inside
 * (h2database#4383; seen once in our CI): the site opens it again by itself, instead of failing
 * every page until someone restarts it, and what was written before is there. {@code SHUTDOWN
 * IMMEDIATELY} closes it the same way, without writing anything more: a crash, short of the process.
 */
class ClosedDatabaseReopensIT {

  @TempDir
  Path dir;
  TestApp app;

  @BeforeEach
  void start() {
    // Page cache off: every page below reads the database.
    app = TestApp.start(dir, Map.of("KIOSQUE_CACHE_MB", "0"));
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void aSiteWhoseDatabaseClosedServesAgainWithWhatWasWritten() {
    long id = app.publish(article().id("avant").title("Écrit avant la panne").section("Maroc"));
    String path = app.pathOf(id);
    Database database = app.wiring().database();
    // Written to the file first: what a crash keeps is what was stored.
    database.jdbi().useHandle(h -> h.execute("checkpoint"));

    Throwable closing = catchThrowable(() -> database.jdbi().useHandle(h -> h.execute("shutdown immediately")));
    // H2 closes the database under the very statement that asked it to: its result cannot be read.
    assertThat(rootCause(closing)).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode())
        .isIn(ErrorCode.DATABASE_CALLED_AT_SHUTDOWN, ErrorCode.DATABASE_IS_CLOSED));

    // One request after the other, as a busy site's: each connection of the pool is back in use
    // well within the half second after which the pool would check it by itself.
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      statuses.add(app.get(path).statusCode());
    }
    // At most one failed page for each of the pool's 8 connections, then the database is open again.
    assertThat(statuses.subList(10, 20)).as("statuses, one request after the other: %s", statuses).containsOnly(200);
    HttpResponse<String> page = app.get(path);
    assertThat(page.body()).contains("Écrit avant la panne");
    assertThat(app.get("/ready").statusCode()).isEqualTo(200);
  }

  private static Throwable rootCause(Throwable thrown) {
    Throwable cause = thrown;
    while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
