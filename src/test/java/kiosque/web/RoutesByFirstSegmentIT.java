package kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kiosque.Wiring;
import kiosque.testsupport.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The router of the whole application finds, for every path, the very route Javalin's own search
 * (every route in order) finds: the application's real routes, paths made from each of them and
 * every path of one to four segments from a pool of their pieces.
 */
class RoutesByFirstSegmentIT {

  @TempDir
  static Path dir;
  static Wiring wiring;
  static RoutesByFirstSegment router;

  @BeforeAll
  static void start() {
    wiring = new Wiring(TestSettings.in(dir), Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC));
    router = wiring.startWeb(0).router();
  }

  @AfterAll
  static void stop() {
    wiring.close();
  }

  @Test
  void everyPathFindsTheRouteJavalinsOwnSearchFinds() {
    Set<String> paths = new LinkedHashSet<>();
    Set<String> pieces = new LinkedHashSet<>(List.of("2021", "01", "14", "titre-12", "x", "", "rss.xml", "%2F"));
    for (ParsedEndpoint route : router.allHttpHandlers()) {
      String path = route.endpoint.path;
      paths.add(path);
      for (String value : List.of("2021", "titre-12", "a/b")) {
        String filled = path.replaceAll("\\{[^}/]*}", value).replaceAll("<[^>/]*>", value).replace("*", value);
        paths.add(filled);
        paths.add(filled + "/");
        paths.add(filled + "/atom.xml");
      }
      for (String segment : path.split("/")) {
        if (!segment.isEmpty() && segment.chars().noneMatch(c -> "{}<>*".indexOf(c) >= 0)) {
          pieces.add(segment);
        }
      }
    }
    // Every path of one or two segments from every piece, of up to four from a few.
    paths.addAll(everyPath(new ArrayList<>(pieces), 2));
    paths.addAll(everyPath(List.of("2021", "01", "titre-12", "redaction", "articles", "", "rss.xml"), 4));
    paths.addAll(List.of("/", "//", "//redaction", "x", "", "/2021/01/14/titre-12/extra"));

    int compared = 0;
    for (HandlerType method : List.of(HandlerType.GET, HandlerType.POST, HandlerType.HEAD, HandlerType.BEFORE,
        HandlerType.PUT)) {
      for (String path : paths) {
        assertThat(router.findFirstHttpHandlerEntry(method, path)).as("%s %s", method, path)
            .isSameAs(router.javalinsOwnSearch(method, path));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(10_000);
  }

  /** Every path of one to {@code depth} segments from these, with and without a final slash. */
  static List<String> everyPath(List<String> pieces, int depth) {
    List<String> all = new ArrayList<>();
    List<String> shorter = List.of("");
    for (int d = 1; d <= depth; d++) {
      List<String> longer = new ArrayList<>();
      for (String prefix : shorter) {
        for (String piece : pieces) {
          longer.add(prefix + "/" + piece);
        }
      }
      all.addAll(longer);
      longer.forEach(p -> all.add(p + "/"));
      shorter = longer;
    }
    return all;
  }

  @Test
  void anArticleAddressIsTriedAgainstTheReadersPatternsOnlyNotTheNewsroomsRoutes() {
    int all = (int) router.allHttpHandlers().stream().filter(r -> r.endpoint.method.equals(HandlerType.GET)).count();
    String article = "/2021/01/14/titre-12";

    assertThat(router.findFirstHttpHandlerEntry(HandlerType.GET, article).endpoint.path)
        .isEqualTo("/{year}/{month}/{day}/{tail}");
    assertThat(router.candidates(HandlerType.GET, article)).isLessThan(10).isLessThan(all / 5);
  }
}
