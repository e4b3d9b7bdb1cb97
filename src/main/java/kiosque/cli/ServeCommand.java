package kiosque.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import kiosque.Wiring;
import kiosque.config.Settings;
import kiosque.imports.DemoContent;
import kiosque.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Starts the site and keeps serving until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Starts the web server.")
final class ServeCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

  @Mixin
  DataOptions data;

  @Option(names = "--port", paramLabel = "N", description = "HTTP port (default 8080 or KIOSQUE_PORT; 0 picks a free one).")
  Integer port;

  @Option(names = "--demo", description = "Load the demo articles when the site has no article yet.")
  boolean demo;

  @Override
  public Integer call() throws InterruptedException {
    Settings settings = data.settings();
    if (port != null) {
      settings = settings.withPort(port);
    }
    if (demo) {
      settings = DemoFollowLinks.applyTo(settings);
    }
    Wiring wiring = new Wiring(settings, java.time.Clock.systemUTC());
    if (demo) {
      DemoContent.loadIfEmpty(wiring.articleService(), wiring.articleStore());
    }
    WebServer server = wiring.startWeb(settings.port());
    log.info("Kiosque is serving {} on http://localhost:{}/ (data in {})", settings.siteName(), server.port(),
        settings.dataDir().toAbsolutePath());
    CountDownLatch stopped = new CountDownLatch(1);
    // SIGTERM, Ctrl-C: Wiring closes in order (HTTP, background loops, leases, index, database),
    // then this command returns and the process exits with 0.
    StopSignals.onStop(() -> {
      try {
        wiring.close();
        log.info("Kiosque stopped");
      } finally {
        stopped.countDown();
      }
    });
    stopped.await();
    return 0;
  }
}
