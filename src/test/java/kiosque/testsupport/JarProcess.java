package kiosque.testsupport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The packaged jar run as its own process, the way an operator runs it. Only for {@code *IT}
 * tests: failsafe runs after {@code package}, so {@code target/kiosque.jar} exists.
 */
public final class JarProcess implements AutoCloseable {

  private static final Path JAR = Path.of("target", "kiosque.jar");

  private final Process process;
  private final Path log;

  private JarProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  public static boolean jarBuilt() {
    return Files.isRegularFile(JAR);
  }

  /** Starts {@code java -jar target/kiosque.jar ARGS}, output to a log file in {@code logDir}. */
  public static JarProcess start(Path logDir, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path log = Files.createTempFile(logDir, "kiosque-", ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new JarProcess(process, log);
  }

  /** Runs a command to its end and returns its exit status. */
  public static int run(Path logDir, String... args) throws IOException, InterruptedException {
    try (JarProcess p = start(logDir, args)) {
      return p.awaitExit();
    }
  }

  /** Waits (two minutes at most) for the process to end by itself; returns its exit status. */
  public int awaitExit() throws IOException, InterruptedException {
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      throw new AssertionError("kiosque " + String.join(" ", process.info().arguments().orElse(new String[0]))
          + " did not finish: " + output());
    }
    return process.exitValue();
  }

  public String output() throws IOException {
    return Files.readString(log);
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** The body of {@code url} once it answers 200 (the server started), within 60 s. */
  public String awaitPage(String url) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    URI address = URI.create(url);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!isAlive()) {
        throw new AssertionError("the server stopped: " + output());
      }
      try {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(address).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return response.body();
        }
      } catch (ConnectException notYetListening) {
        // Still starting: ask again.
      }
      // Polling another process: nothing to wait on but time, so pause briefly between asks.
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
    throw new AssertionError("no answer from " + url + " within 60 s: " + output());
  }

  /** The output once it contains {@code text} (a line the process prints when ready), within 60 s. */
  public String awaitOutput(String text) throws IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      String output = output();
      if (output.contains(text)) {
        return output;
      }
      if (!isAlive()) {
        throw new AssertionError("the process stopped without printing \"" + text + "\": " + output);
      }
      // Reading another process's log: nothing to wait on but time, so pause briefly between reads.
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
    throw new AssertionError("\"" + text + "\" not printed within 60 s: " + output());
  }

  /** Stops the process the way a service manager does (SIGTERM) and returns its exit status. */
  public int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the process did not stop within 60 s of SIGTERM");
    }
    return process.exitValue();
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String javaExecutable() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
