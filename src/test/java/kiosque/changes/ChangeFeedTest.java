package kiosque.changes;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kiosque.Wiring;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@BothDatabases
class ChangeFeedTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;
  Wiring wiring;

  @BeforeEach
  void open() {
    wiring = new Wiring(TestSettings.in(dir, db), Clock.systemUTC());
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  /** Records what it is given; starts from a chosen position, like an index that saved its own. */
  static final class Recorder implements ChangeFollower {
    final List<Change> seen = new CopyOnWriteArrayList<>();
    final long start;
    CountDownLatch expected = new CountDownLatch(0);

    Recorder(long start) {
      this.start = start;
    }

    @Override public String name() { return "recorder"; }
    @Override public long position() { return start; }
    @Override public void apply(List<Change> changes) {
      seen.addAll(changes);
      changes.forEach(c -> expected.countDown());
    }
  }

  @Test
  void deliversEveryChangeInOrder() {
    long a = wiring.articleService().save(article().build()).articleId();
    long b = wiring.articleService().save(article().build()).articleId();
    Recorder recorder = new Recorder(0);
    wiring.changeFeed().follow(recorder);

    wiring.changeFeed().catchUp();

    assertThat(recorder.seen).extracting(Change::articleId).containsExactly(a, b);
    assertThat(recorder.seen).extracting(Change::seq).isSorted();
    assertThat(wiring.changeFeed().position()).isEqualTo(wiring.changeLog().head());
  }

  @Test
  void aFollowerResumesFromItsOwnPosition() {
    wiring.articleService().save(article().build());
    long saved = wiring.changeLog().head();
    long later = wiring.articleService().save(article().build()).articleId();
    Recorder recorder = new Recorder(saved);
    wiring.changeFeed().follow(recorder);

    wiring.changeFeed().catchUp();

    assertThat(recorder.seen).extracting(Change::articleId).containsExactly(later);
  }

  @Test
  void aChangeMadeInThisProcessWakesTheFeedAtOnce() throws InterruptedException {
    // A poll interval far longer than the wait: only the in-process signal can deliver in time.
    try (ChangeFeed feed = new ChangeFeed(wiring.changeLog(), Duration.ofMinutes(10))) {
      Recorder recorder = new Recorder(wiring.changeLog().head());
      feed.follow(recorder);
      feed.start();
      recorder.expected = new CountDownLatch(1);

      wiring.articleService().save(article().build());

      assertThat(recorder.expected.await(5, TimeUnit.SECONDS)).as("change delivered after the signal").isTrue();
    }
  }

  @Test
  void aFailingFollowerIsRetriedWithoutLosingChanges() {
    wiring.articleService().save(article().build());
    List<Change> applied = new CopyOnWriteArrayList<>();
    ChangeFollower flaky = new ChangeFollower() {
      int calls;
      @Override public String name() { return "flaky"; }
      @Override public long position() { return 0; }
      @Override public void apply(List<Change> changes) {
        if (calls++ == 0) {
          throw new IllegalStateException("index not ready");
        }
        applied.addAll(changes);
      }
    };
    wiring.changeFeed().follow(flaky);

    wiring.changeFeed().catchUp();
    assertThat(applied).isEmpty();
    wiring.changeFeed().catchUp();
    assertThat(applied).hasSize(1);
  }

  @Test
  void aFollowerNotReadyYetIsRetriedAndTheFollowersAfterItStillRun() {
    wiring.articleService().save(article().build());
    List<Change> applied = new CopyOnWriteArrayList<>();
    ChangeFollower waiting = new ChangeFollower() {
      boolean ready;
      @Override public String name() { return "waiting"; }
      @Override public long position() { return 0; }
      @Override public void apply(List<Change> changes) {
        if (!ready) {
          ready = true;
          throw new FollowerNotReadyException("what it reads is still being rebuilt");
        }
        applied.addAll(changes);
      }
    };
    Recorder after = new Recorder(0);
    wiring.changeFeed().follow(waiting);
    wiring.changeFeed().follow(after);

    wiring.changeFeed().catchUp();
    assertThat(applied).isEmpty();
    assertThat(after.seen).hasSize(1);
    wiring.changeFeed().catchUp();
    assertThat(applied).hasSize(1);
  }

  @Test
  void followersReceiveEachChangeInTheirPlaceNotInTheOrderTheyCameIn() {
    List<String> calls = new CopyOnWriteArrayList<>();
    long head = wiring.changeLog().head();
    java.util.function.Function<String, ChangeFollower> named = name -> new ChangeFollower() {
      @Override public String name() { return name; }
      @Override public long position() { return head; }
      @Override public void apply(List<Change> changes) { calls.add(name); }
    };
    try (ChangeFeed feed = new ChangeFeed(wiring.changeLog(), Duration.ofMinutes(10))) {
      feed.follow(named.apply("third"), 3);
      feed.follow(named.apply("last, no place"));
      feed.follow(named.apply("first"), 1);
      feed.follow(named.apply("second"), 2);
      feed.follow(named.apply("third, came later"), 3);
      wiring.articleService().save(article().build());

      feed.catchUp();

      assertThat(calls).containsExactly("first", "second", "third", "third, came later", "last, no place");
    }
  }
}
