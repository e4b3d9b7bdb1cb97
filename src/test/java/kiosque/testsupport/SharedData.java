package kiosque.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The read-only data shared beside the project ({@code ../shared/data}), or where
 * {@code KIOSQUE_SHARED_DATA} points. Tests that need it skip, saying why, when it is absent.
 */
public final class SharedData {

  private SharedData() {}

  public static Path dir() {
    String configured = System.getenv("KIOSQUE_SHARED_DATA");
    return configured != null && !configured.isBlank()
        ? Path.of(configured)
        : Path.of("..", "shared", "data").toAbsolutePath().normalize();
  }

  /** The file at {@code relative} under the shared data directory, if it is there. */
  public static Optional<Path> file(String relative) {
    Path file = dir().resolve(relative);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }
}
