package kiosque.newsroom.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Notes are never public: the only code that reads their table is the newsroom's notes feature and
 * the notifications that quote them. A reader page, feed, sitemap, export, the search index or a
 * cache key reading {@code article_note} would fail here before it could leak one.
 */
class NotesStayPrivateTest {

  @Test
  void onlyTheNotesAndNotificationsPackagesReadTheNotesTable() throws IOException {
    Path sources = Path.of("src/main/java");
    List<String> readers;
    try (Stream<Path> files = Files.walk(sources)) {
      readers = files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> read(f).contains("article_note"))
          .map(f -> sources.relativize(f.getParent()).toString().replace('/', '.'))
          .distinct()
          .toList();
    }
    assertThat(readers).isNotEmpty()
        .allMatch(p -> p.equals("kiosque.newsroom.notes") || p.equals("kiosque.newsroom.notifications"));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
