package kiosque.changes;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes this node's {@link ChangeFeed} when another node commits a change (PostgreSQL
 * {@code LISTEN kiosque_changes}). It holds one connection of its own, outside the pool, for as
 * long as the node runs. Losing it costs only latency: the feed still polls, and after a
 * reconnection the feed is woken once in case a notification was missed in between.
 */
public final class ChangeListener implements AutoCloseable {

  /** Opens a new connection to the database; the listener owns and closes it. */
  @FunctionalInterface
  public interface Connector {
    Connection connect() throws SQLException;
  }

  private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);
  // How often the thread looks up from its socket to see whether the node is stopping.
  private static final int RECEIVE_TIMEOUT_MS = 500;

  private final Connector connector;
  private final Runnable wakeFeed;
  private final Duration retryAfter;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean running;
  private volatile long received;
  private Thread thread;

  public ChangeListener(Connector connector, Runnable wakeFeed, Duration retryAfter) {
    this.connector = connector;
    this.wakeFeed = wakeFeed;
    this.retryAfter = retryAfter;
  }

  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    thread = Thread.ofPlatform().name("change-listener").daemon(true).start(this::run);
  }

  private void run() {
    while (running) {
      try (Connection connection = connector.connect()) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("listen " + ChangeLog.CHANNEL);
        }
        wakeFeed.run();
        listen(connection.unwrap(PGConnection.class));
      } catch (SQLException e) {
        if (!running) {
          return;
        }
        log.warn("Listening for changes from other nodes failed ({}); polling continues, reconnecting in {} s",
            e.getMessage(), retryAfter.toSeconds());
        if (waitBeforeRetry()) {
          return;
        }
      }
    }
  }

  private void listen(PGConnection connection) throws SQLException {
    while (running) {
      PGNotification[] notifications = connection.getNotifications(RECEIVE_TIMEOUT_MS);
      if (notifications != null && notifications.length > 0) {
        received += notifications.length;
        wakeFeed.run();
      }
    }
  }

  /** @return whether the listener was stopped while waiting */
  private boolean waitBeforeRetry() {
    try {
      return stopped.await(retryAfter.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  /** Notifications received so far (for tests and metrics). */
  public long received() {
    return received;
  }

  @Override
  public synchronized void close() {
    running = false;
    stopped.countDown();
    if (thread != null) {
      try {
        thread.join(RECEIVE_TIMEOUT_MS * 4L);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
