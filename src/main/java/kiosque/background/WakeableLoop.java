package kiosque.background;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daemon thread that runs a round of work, then sleeps until the round's chosen time or until
 * {@link #wake()}, whichever comes first, and again. Wake-ups during a round are not lost: the
 * next sleep returns at once. A round that fails is logged and tried again after a pause, so one
 * bad moment (the database restarting) never stops the loop.
 */
public final class WakeableLoop implements AutoCloseable {

  /** One round of work; returns how long to sleep before the next one unless woken. */
  @FunctionalInterface
  public interface Round {
    Duration run() throws Exception;
  }

  private static final Logger log = LoggerFactory.getLogger(WakeableLoop.class);
  /** How long {@link #close()} waits for the round in progress before interrupting it. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(15);

  private final String name;
  private final Round round;
  private final Duration afterFailure;
  private final Semaphore wakeUp = new Semaphore(0);
  private volatile boolean running;
  private Thread thread;

  /**
   * @param name the thread's name, also in the log when a round fails
   * @param afterFailure how long to wait after a failed round (a wake-up ends the wait early)
   */
  public WakeableLoop(String name, Round round, Duration afterFailure) {
    this.name = name;
    this.round = round;
    this.afterFailure = afterFailure;
  }

  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    thread = Thread.ofPlatform().name(name).daemon(true).start(this::loop);
  }

  /** Makes the thread run a round now (or right after the one in progress). */
  public void wake() {
    wakeUp.release();
  }

  private void loop() {
    while (running) {
      Duration sleep;
      try {
        sleep = round.run();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        log.error("{}: a round failed; trying again in {} s", name, afterFailure.toSeconds(), e);
        sleep = afterFailure;
      }
      try {
        if (wakeUp.tryAcquire(Math.max(0, sleep.toMillis()), TimeUnit.MILLISECONDS)) {
          wakeUp.drainPermits();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * Stops the loop and waits for the round in progress to end: interrupting a round would cut a
   * write in the middle (H2 and Lucene close a file channel interrupted during I/O). A round still
   * running after {@link #STOP_WAIT} is interrupted.
   */
  @Override
  public void close() {
    Thread running;
    synchronized (this) {
      this.running = false;
      running = thread;
    }
    if (running == null || running == Thread.currentThread()) {
      return;
    }
    wakeUp.release();
    try {
      running.join(STOP_WAIT);
      if (running.isAlive()) {
        log.warn("{}: the round in progress did not end within {} s; interrupting it", name, STOP_WAIT.toSeconds());
        running.interrupt();
        running.join(STOP_WAIT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
