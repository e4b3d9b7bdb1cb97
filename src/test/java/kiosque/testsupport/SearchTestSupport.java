package kiosque.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;
import kiosque.Wiring;
import kiosque.config.Settings;
import kiosque.config.SettingsLoader;
import kiosque.content.ArticleDraft;
import kiosque.content.ArticleService;
import kiosque.content.ArticleStatus;

/**
 * What search tests share: a whole wiring on a temporary data directory (real H2 file database,
 * real index directory) at a fixed time, article drafts with sensible defaults, and the Wikinews
 * corpus when it is present.
 */
public final class SearchTestSupport {

  /** "Now" in search tests: freshness is computed from it. */
  public static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private SearchTestSupport() {}

  /** Settings from defaults only (no environment), for a data directory. */
  public static Settings settings(Path dataDir) {
    return new SettingsLoader(Map.of(), new Properties()).load(dataDir);
  }

  public static Wiring wiring(Path dataDir) {
    return new Wiring(settings(dataDir), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  public static Wiring wiring(Path dataDir, TestDatabase db) {
    return wiring(dataDir, db, Map.of());
  }

  /** {@code env} uses the environment-variable names, e.g. {@code KIOSQUE_RELATED_LEASE}. */
  public static Wiring wiring(Path dataDir, TestDatabase db, Map<String, String> env) {
    return new Wiring(TestSettings.in(dataDir, env, db), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  public static Draft article(String title) {
    return new Draft(title);
  }

  /** Polls {@code condition} until it holds or {@code timeout} passes; true if it held. */
  public static boolean waitFor(Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.yield();
    }
    return condition.getAsBoolean();
  }

  /** A draft with defaults: published a day before {@link #NOW} in "Monde", by I.L, with a body made from the title. */
  public static final class Draft {
    private final String externalId = "search-test-" + SEQUENCE.incrementAndGet();
    private final String title;
    private String summary = "";
    private String body;
    private String section = "Monde";
    private List<String> bylines = List.of("I.L");
    private List<String> topics = List.of();
    private ArticleStatus status = ArticleStatus.PUBLISHED;
    private Instant publishedAt = NOW.minus(Duration.ofDays(1));

    private Draft(String title) {
      this.title = title;
      this.body = "Article : " + title + ".";
    }

    public Draft summary(String text) {
      this.summary = text;
      return this;
    }

    public Draft body(String text) {
      this.body = text;
      return this;
    }

    public Draft section(String name) {
      this.section = name;
      return this;
    }

    public Draft by(String... names) {
      this.bylines = List.of(names);
      return this;
    }

    public Draft topics(String... names) {
      this.topics = List.of(names);
      return this;
    }

    public Draft status(ArticleStatus value) {
      this.status = value;
      return this;
    }

    public Draft publishedAt(Instant when) {
      this.publishedAt = when;
      return this;
    }

    public Draft daysAgo(int days) {
      return publishedAt(NOW.minus(Duration.ofDays(days)));
    }

    public String externalId() {
      return externalId;
    }

    public ArticleDraft build() {
      return new ArticleDraft(externalId, null, title, summary, body, section, bylines, topics, status,
          publishedAt, null, null, List.of());
    }

    /** Saves through the service (sanitising, change log) and returns the article id. */
    public long saveWith(ArticleService service) {
      return service.save(build()).articleId();
    }
  }

  /** The Wikinews corpus from the shared data ({@link SharedData}), when this machine has it. */
  public static Optional<Path> wikinewsCorpus() {
    return SharedData.file("wikinews-fr/articles.jsonl.gz");
  }

  /** Saves every article of a corpus file (JSON Lines, plain or gzipped) through the service; returns how many. */
  public static int loadCorpus(ArticleService service, Path file) {
    ObjectMapper json = new ObjectMapper();
    int count = 0;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(file.toString().endsWith(".gz")
        ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        List<String> tags = new ArrayList<>();
        node.path("tags").forEach(tag -> tags.add(tag.asText()));
        List<String> bylines = node.hasNonNull("author") ? List.of(node.get("author").asText()) : List.of();
        service.save(new ArticleDraft(node.get("id").asText(), null, node.get("title").asText(),
            node.path("summary").asText(""), node.get("body").asText(), node.path("section").asText(null),
            bylines, tags, ArticleStatus.PUBLISHED, Instant.parse(node.get("published_at").asText()),
            node.path("source").asText(null), node.path("source_url").asText(null), List.of()));
        count++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the corpus " + file, e);
    }
    return count;
  }
}
