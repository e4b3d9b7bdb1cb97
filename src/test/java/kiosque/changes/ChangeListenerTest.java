package kiosque.changes;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kiosque.Wiring;
import kiosque.testsupport.Await;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL only: a change committed through one node's pool wakes another node's feed through
 * LISTEN/NOTIFY. The feed here polls once a minute, so only the notification can explain a
 * delivery within seconds.
 */
class ChangeListenerTest {

  @TempDir
  Path dir;

  @Test
  void aCommitOnOneNodeWakesTheOtherNodesFeed() {
    Path data = dir.resolve("shared");
    try (Wiring writer = new Wiring(TestSettings.in(data, TestDatabase.POSTGRESQL), Clock.systemUTC());
        Wiring reader = new Wiring(TestSettings.in(data, TestDatabase.POSTGRESQL), Clock.systemUTC())) {
      assertThat(reader.database().isPostgres()).isTrue();
      List<Change> seen = new CopyOnWriteArrayList<>();
      ChangeFeed slowFeed = new ChangeFeed(reader.changeLog(), Duration.ofMinutes(1));
      slowFeed.follow(new ChangeFollower() {
        @Override public String name() { return "recorder"; }
        @Override public long position() { return 0; }
        @Override public void apply(List<Change> changes) { seen.addAll(changes); }
      });
      ChangeListener listener = new ChangeListener(reader.database()::dedicatedConnection,
          reader.changeLog()::signal, Duration.ofSeconds(1));
      try (slowFeed; listener) {
        slowFeed.start();
        listener.start();
        // The listener wakes the feed once when it connects; wait for that before writing.
        Await.until("the listener is connected", () -> listenerConnected(reader));

        long id = writer.articleService().save(article().title("Ailleurs").build()).articleId();

        Await.until("the other node's feed has the change", Duration.ofSeconds(5),
            () -> seen.stream().anyMatch(c -> c.articleId() == id));
        assertThat(listener.received()).isPositive();
      }
    }
  }

  @Test
  void aRolledBackChangeNotifiesNobody() {
    Path data = dir.resolve("rollback");
    try (Wiring node = new Wiring(TestSettings.in(data, TestDatabase.POSTGRESQL), Clock.systemUTC());
        ChangeListener listener = new ChangeListener(node.database()::dedicatedConnection, () -> {}, Duration.ofSeconds(1))) {
      listener.start();
      Await.until("the listener is connected", () -> listenerConnected(node));
      try {
        node.database().jdbi().useTransaction(h -> {
          node.changeLog().append(h, 1, ChangeKind.UPDATED);
          throw new IllegalStateException("abandoned");
        });
      } catch (IllegalStateException expected) {
        // the point of the test
      }
      node.articleService().save(article().title("Gardé").build());
      Await.until("the committed change is received", () -> listener.received() > 0);
      assertThat(listener.received()).isEqualTo(1);
    }
  }

  private static boolean listenerConnected(Wiring node) {
    return node.database().jdbi().withHandle(h -> h.createQuery(
        "select count(*) from pg_stat_activity where datname = current_database() and query like 'listen %'")
        .mapTo(Long.class).one()) > 0;
  }
}
