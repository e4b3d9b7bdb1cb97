package kiosque.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import kiosque.content.ArticleService;
import kiosque.content.ArticleStore;
import kiosque.newsroom.media.MediaService;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The original demo articles shipped in the jar, loaded into a site that has no article yet so a
 * first start shows a working paper. They go through the same importer as any file.
 */
public final class DemoContent {

  static final String RESOURCE = "/demo/articles.jsonl";

  private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

  private DemoContent() {}

  /** Loads the demo articles when the site has none; returns the report, or empty when it did nothing. */
  public static Optional<ImportReport> loadIfEmpty(ArticleService articles, ArticleStore store) {
    return loadIfEmpty(articles, store, RESOURCE);
  }

  /**
   * Loads the demo articles when the site has none, with their lead images (made for the project,
   * CC0) through the media library, so a first run shows the real design; once, like the articles.
   */
  public static Optional<ImportReport> loadIfEmpty(ArticleService articles, ArticleStore store, MediaService media,
      Jdbi jdbi) {
    Optional<ImportReport> report = loadIfEmpty(articles, store, RESOURCE);
    if (report.isPresent()) {
      log.info("Attached demo lead images to {} articles", DemoImages.attach(jdbi, store, articles, media));
    }
    return report;
  }

  static Optional<ImportReport> loadIfEmpty(ArticleService articles, ArticleStore store, String resource) {
    // Any article, drafts included, means someone uses this site: demo content would be in the way.
    if (store.countAll() > 0) {
      return Optional.empty();
    }
    try (InputStream in = DemoContent.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The demo content " + resource + " is missing from the classpath");
      }
      ImportReport report = new JsonLinesImporter(articles).importStream(in, ImportProgress.NONE);
      log.info("Loaded {} demo articles from {}", report.created(), resource);
      report.errors().forEach(error -> log.warn("Demo content {}, {}", resource, error.message()));
      return Optional.of(report);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the demo content " + resource, e);
    }
  }
}
