package kiosque.cli;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Runs a server's stop when the process is asked to end (SIGTERM from a service manager, SIGINT
 * from Ctrl-C), before the JVM begins its shutdown. Shutdown hooks run all at once in no order, and
 * H2 closes its database from one of its own (it cannot be turned off while AUTO_SERVER lets an
 * import join a running server): stopping from a hook meant the change feed, the scheduler and the
 * related worker met a closed database, with a stack trace on every stop. A shutdown hook remains
 * for the other ways out (System.exit, SIGHUP); the stop runs once whichever comes first.
 */
final class StopSignals {

  private static final Logger log = LoggerFactory.getLogger(StopSignals.class);

  private StopSignals() {}

  /** Registers {@code stop}; returns it wrapped to run once, for the process's other reasons to stop. */
  static Runnable onStop(Runnable stop) {
    Runnable once = new Runnable() {
      private boolean done;

      @Override
      public synchronized void run() {
        if (!done) {
          done = true;
          stop.run();
        }
      }
    };
    for (String name : List.of("TERM", "INT")) {
      try {
        Signal.handle(new Signal(name), signal -> once.run());
      } catch (IllegalArgumentException e) {
        // The JVM keeps this signal (-Xrs, or not on this system): the shutdown hook stops instead.
        log.debug("Cannot handle SIG{}: {}", name, e.getMessage());
      }
    }
    Runtime.getRuntime().addShutdownHook(new Thread(once, "shutdown"));
    return once;
  }
}
