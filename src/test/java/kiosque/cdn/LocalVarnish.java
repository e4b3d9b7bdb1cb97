package kiosque.cdn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kiosque.testsupport.Await;

/**
 * Debian's {@code varnishd} as a child process of the test, running the shipped
 * {@code deploy/varnish/kiosque.vcl} unchanged in front of the given nodes: its own working
 * directory ({@code -n}), a free port on 127.0.0.1, 64 MB of memory. Never as root: when the tests
 * run as root it is started as the {@code varnish} user that the Debian package creates.
 */
final class LocalVarnish implements AutoCloseable {

  private static final String LOG = "varnishd.log";
  static final Path SHIPPED_VCL = Path.of("deploy/varnish/kiosque.vcl");
  private static final List<Path> VARNISHD = List.of(Path.of("/usr/sbin/varnishd"), Path.of("/usr/bin/varnishd"),
      Path.of("/usr/local/sbin/varnishd"));
  private static final List<Path> VMOD_DIRS = List.of(Path.of("/usr/lib/x86_64-linux-gnu/varnish/vmods"),
      Path.of("/usr/lib/aarch64-linux-gnu/varnish/vmods"), Path.of("/usr/lib/varnish/vmods"),
      Path.of("/usr/local/lib/varnish/vmods"));

  private final Process process;
  private final int port;
  private final Path dir;

  private LocalVarnish(Process process, int port, Path dir) {
    this.process = process;
    this.port = port;
    this.dir = dir;
  }

  /** Why this machine cannot run the test, or empty when it can. */
  static Optional<String> missing() {
    if (varnishd().isEmpty()) {
      return Optional.of("varnishd is not installed (apt-get install varnish varnish-modules; .ci/run does it)");
    }
    if (VMOD_DIRS.stream().noneMatch(dir -> Files.isRegularFile(dir.resolve("libvmod_xkey.so")))) {
      return Optional.of("the xkey vmod is not installed (libvmod_xkey.so in " + VMOD_DIRS.getFirst()
          + "; apt-get install varnish-modules)");
    }
    if (isRoot() && !Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
      return Optional.of("running as root and setpriv is missing: cannot start varnishd as the varnish user");
    }
    return Optional.empty();
  }

  private static Optional<Path> varnishd() {
    return VARNISHD.stream().filter(Files::isExecutable).findFirst();
  }

  private static boolean isRoot() {
    try {
      return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  /** A port nobody listens on now, for Varnish: the nodes must know it before it starts. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts Varnish on {@code port} with the shipped VCL, the nodes listening on 127.0.0.1 at
   * {@code nodePorts}; returns once it answers HTTP.
   */
  static LocalVarnish start(int port, List<Integer> nodePorts) {
    try {
      // Its own directory, outside JUnit's (private to the test's user): the varnish user reads and
      // writes it when the tests run as root. Deleted by close().
      Path dir = Files.createTempDirectory("kiosque-varnish-");
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
      Files.copy(SHIPPED_VCL, dir.resolve("kiosque.vcl"));
      Files.writeString(dir.resolve("kiosque-nodes.vcl"), nodesVcl(nodePorts));
      Path log = dir.resolve(LOG);
      List<String> command = new ArrayList<>();
      if (isRoot()) {
        command.addAll(List.of("/usr/bin/setpriv", "--reuid=varnish", "--regid=varnish", "--init-groups"));
      }
      command.addAll(List.of(varnishd().orElseThrow().toString(), "-F",
          "-n", dir.resolve("work").toString(),
          "-a", "127.0.0.1:" + port,
          "-T", "none",
          "-f", dir.resolve("kiosque.vcl").toString(),
          "-p", "vcl_path=" + dir,
          "-s", "malloc,64m",
          // Small: the machine is shared, and a test sends a few requests at a time.
          "-p", "thread_pools=1", "-p", "thread_pool_min=10", "-p", "thread_pool_max=100"));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      LocalVarnish varnish = new LocalVarnish(process, port, dir);
      try {
        Await.until("varnishd listening on " + port, Duration.ofSeconds(60), varnish::listening);
      } catch (AssertionError e) {
        varnish.close();
        throw new AssertionError(e.getMessage() + "; varnishd said:\n" + varnish.output(), e);
      }
      return varnish;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The part of the VCL an operator edits: the test's two nodes, purges allowed from 127.0.0.1 only. */
  static String nodesVcl(List<Integer> nodePorts) {
    StringBuilder vcl = new StringBuilder();
    StringBuilder init = new StringBuilder("sub vcl_init {\n");
    for (int i = 0; i < nodePorts.size(); i++) {
      vcl.append("backend kiosque_node").append(i + 1).append(" {\n")
          .append("    .host = \"127.0.0.1\";\n")
          .append("    .port = \"").append(nodePorts.get(i)).append("\";\n")
          .append("    .probe = kiosque_ready;\n")
          .append("}\n");
      init.append("    kiosque_nodes.add_backend(kiosque_node").append(i + 1).append(");\n");
    }
    return vcl + init.toString() + "}\nacl kiosque_purgers { \"127.0.0.1\"; }\n";
  }

  private boolean listening() {
    if (!process.isAlive()) {
      throw new AssertionError("varnishd stopped (exit " + process.exitValue() + "):\n" + output());
    }
    try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  int port() {
    return port;
  }

  String address() {
    return "http://127.0.0.1:" + port + "/";
  }

  String output() {
    try {
      return Files.readString(dir.resolve(LOG));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  /** Stops varnishd and its cache process; nothing is left running after the test. */
  @Override
  public void close() {
    List<ProcessHandle> children;
    try (Stream<ProcessHandle> descendants = process.descendants()) {
      children = descendants.toList();
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover directory under /tmp is no test failure.
    }
  }
}
