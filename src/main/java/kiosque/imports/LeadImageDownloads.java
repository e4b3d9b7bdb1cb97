package kiosque.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kiosque.content.Article;
import kiosque.content.ArticleService;
import kiosque.content.ArticleStore;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.media.Media;
import kiosque.newsroom.media.MediaException;
import kiosque.newsroom.media.MediaService;
import org.jdbi.v3.core.Jdbi;

/**
 * Brings the featured images of imported WordPress posts into the media library: each is fetched
 * from the old site, checked and rendered like an upload, and becomes its article's lead image
 * unless the article has one already (so a second run fetches nothing). A failure is reported with
 * the image's address and the reason, and the other images go on.
 */
public final class LeadImageDownloads {

  /** What a run did; {@code failures} say which image and why, one line each. */
  public record Outcome(int fetched, int alreadyThere, List<String> failures) {}

  private final Jdbi jdbi;
  private final ArticleStore articles;
  private final ArticleService service;
  private final MediaService media;
  private final Duration timeout;

  public LeadImageDownloads(Jdbi jdbi, ArticleStore articles, ArticleService service, MediaService media,
      Duration timeout) {
    this.jdbi = jdbi;
    this.articles = articles;
    this.service = service;
    this.media = media;
    this.timeout = timeout;
  }

  /** @param credit who is credited for the images; null or blank: the old site's host name */
  public Outcome fetch(List<LeadImage> images, String credit) {
    int fetched = 0;
    int there = 0;
    List<String> failures = new ArrayList<>();
    try (FeedFetcher web = new FeedFetcher(timeout)) {
      for (LeadImage image : images) {
        Optional<Article> article = jdbi.withHandle(h -> articles.findByExternalId(h, image.articleId()))
            .flatMap(ref -> articles.findById(ref.id()));
        if (article.isEmpty()) {
          continue;
        }
        if (service.hasLeadImage(article.get().id())) {
          there++;
          continue;
        }
        try {
          byte[] bytes = web.fetch(URI.create(image.url()), "image/*", MediaService.MAX_BYTES, "an image");
          String alt = image.altText().isBlank() ? article.get().title() : image.altText();
          String who = credit != null && !credit.isBlank() ? credit : host(image.url());
          Media stored = media.importImage(Actor.operator("import"), fileName(image.url()),
              new ByteArrayInputStream(bytes), alt, who);
          service.setLeadImageIfNone(article.get().id(), stored.id());
          fetched++;
        } catch (IOException | MediaException | IllegalArgumentException e) {
          failures.add(image.url() + " (" + image.articleId() + ") : " + e.getMessage());
        }
      }
    }
    return new Outcome(fetched, there, failures);
  }

  /** {@code lequotidien-atlas.ma} for {@code https://www.lequotidien-atlas.ma/wp-content/...}. */
  private static String host(String url) {
    String host = URI.create(url).getHost();
    return host == null ? "Archives" : host.replaceFirst("^www\\.", "");
  }

  private static String fileName(String url) {
    String path = URI.create(url).getPath();
    return path == null || path.isEmpty() ? "image" : path.substring(path.lastIndexOf('/') + 1);
  }
}
