package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The newsroom's package layout, read from its sources: features depend on {@code shell}, only the
 * assembly ({@code kiosque.newsroom}) depends on the features, and no two newsroom packages depend
 * on each other both ways.
 */
class NewsroomPackagesTest {

  private static final Path SOURCES = Path.of("src/main/java/kiosque/newsroom");
  private static final Pattern REFERENCE = Pattern.compile("\\b(kiosque\\.newsroom(?:\\.[a-z]\\w*)*)\\.(?:[A-Z]|\\*)");
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

  static Map<String, Set<String>> uses;

  @BeforeAll
  static void read() throws IOException {
    uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String code = COMMENTS.matcher(Files.readString(file)).replaceAll("");
        Matcher declared = PACKAGE.matcher(code);
        assertThat(declared.find()).as(file.toString()).isTrue();
        String own = declared.group(1);
        Set<String> targets = uses.computeIfAbsent(own, k -> new TreeSet<>());
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
          if (!m.group(1).equals(own)) {
            targets.add(m.group(1));
          }
        }
      }
    }
  }

  @Test
  void theSourcesWereFound() {
    assertThat(uses).containsKeys("kiosque.newsroom", "kiosque.newsroom.shell", "kiosque.newsroom.accounts",
        "kiosque.newsroom.editor");
  }

  @Test
  void theShellDependsOnNoFeature() {
    assertThat(uses.get("kiosque.newsroom.shell")).isEmpty();
  }

  @Test
  void noFeatureDependsOnTheAssembly() {
    uses.forEach((from, targets) -> assertThat(targets).as(from).doesNotContain("kiosque.newsroom"));
  }

  @Test
  void noCycleAmongNewsroomPackages() {
    for (String start : uses.keySet()) {
      assertThat(reachable(start)).as("packages reachable from " + start).doesNotContain(start);
    }
  }

  private static Set<String> reachable(String start) {
    Set<String> seen = new TreeSet<>();
    List<String> todo = new ArrayList<>(uses.getOrDefault(start, Set.of()));
    while (!todo.isEmpty()) {
      String next = todo.removeLast();
      if (seen.add(next)) {
        todo.addAll(uses.getOrDefault(next, Set.of()));
      }
    }
    return seen;
  }
}
