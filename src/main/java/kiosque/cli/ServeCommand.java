package kiosque.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import kiosque.Wiring;
import kiosque.config.Settings;
import kiosque.imports.DemoContent;
import kiosque.newsroom.shell.NewsroomUrls;
import kiosque.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Starts the site and keeps serving until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Starts the web server.")
final class ServeCommand implements Callable<Integer> {

  static final int PORT_IN_USE = 2;
  /** sysexits' EX_TEMPFAIL: the node stopped because its embedded database closed under it; a restart recovers. */
  static final int STORE_CLOSED = 75;
  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

  @Mixin
  DataOptions data;

  @Option(names = "--port", paramLabel = "N", description = "HTTP port (default 8080 or KIOSQUE_PORT; 0 picks a free one).")
  Integer port;

  @Option(names = "--demo", description = "Load the demo articles when the site has no article yet.")
  boolean demo;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException, IOException {
    CliText text = CliText.of(spec);
    Settings settings = data.settings();
    int wanted = port != null ? port : settings.port();
    int served;
    try {
      // Before the database and the index exist: a port in use leaves the data directory untouched.
      served = ServedPort.claim(wanted);
    } catch (ServedPort.PortInUseException e) {
      spec.commandLine().getErr().println(text.error("serve.portInUse", e.port));
      return PORT_IN_USE;
    }
    // The real port, so that without kiosque.site.url the links name it (Settings.withPort).
    settings = settings.withPort(served);
    if (demo) {
      settings = DemoFollowLinks.applyTo(settings);
    }
    Wiring wiring = new Wiring(settings, java.time.Clock.systemUTC());
    if (demo) {
      DemoContent.loadIfEmpty(wiring.articleService(), wiring.articleStore(), wiring.mediaService(),
          wiring.database().jdbi());
    }
    WebServer server = wiring.startWeb(settings.port());
    log.info("Kiosque is serving on port {}", server.port());
    printBanner(text, settings, server.port(), wiring.accountService().count() == 0);
    CountDownLatch stopped = new CountDownLatch(1);
    // SIGTERM, Ctrl-C: Wiring closes in order (HTTP, background loops, leases, index, database),
    // then this command returns and the process exits with 0.
    Runnable stop = StopSignals.onStop(() -> {
      try {
        wiring.close();
        log.info("Kiosque stopped");
      } finally {
        stopped.countDown();
      }
    });
    AtomicInteger status = new AtomicInteger(0);
    wiring.database().onClosedUnderUs(() -> {
      log.error("The embedded database was closed under the site (an H2 store failure, or SHUTDOWN run"
          + " from elsewhere): every page would fail until a restart. The node stops with status {} so"
          + " that its supervisor (systemd, the container runtime) starts it again; H2 recovers the file"
          + " when it opens it.", STORE_CLOSED);
      status.set(STORE_CLOSED);
      // Not on the thread that met the closed database: the stop waits for requests in flight, this
      // thread's among them.
      Thread.ofPlatform().name("store-closed-stop").start(stop);
    });
    stopped.await();
    return status.get();
  }

  /** Where the site and the newsroom are, and what to do first on a fresh site: said once, at start. */
  private void printBanner(CliText text, Settings settings, int boundPort, boolean noAccount) {
    String local = "http://localhost:" + boundPort;
    PrintWriter out = spec.commandLine().getOut();
    out.println(text.get("serve.started"));
    out.println("  " + text.get("serve.site", local + "/"));
    out.println("  " + text.get("serve.newsroom", local + new NewsroomUrls().home()));
    if (settings.siteUrlConfigured()) {
      out.println("  " + text.get("serve.publicAddress", settings.siteUrl()));
    }
    out.println("  " + text.get("serve.data", settings.dataDir().toAbsolutePath().normalize()));
    if (noAccount) {
      // The account must land in the database this server uses: the same --data when one was given.
      out.println(text.get("serve.noAccount", data.dataDir == null ? "" : " --data " + data.dataDir));
    }
    if (!settings.siteUrlConfigured()) {
      out.println(text.get("serve.noSiteUrl", settings.siteUrl()));
    }
    out.println(text.get("serve.stop"));
    out.flush();
  }
}
