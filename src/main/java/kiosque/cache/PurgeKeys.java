package kiosque.cache;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kiosque.changes.Change;
import kiosque.changes.ChangeKind;
import kiosque.content.Article;
import kiosque.content.ArticleStore;
import kiosque.content.Section;
import kiosque.web.CacheKeys;

/**
 * The one rule for what a change of the log purges, shared by this node's page cache
 * ({@link PageCacheFollower}) and the CDN ({@code kiosque.cdn}): the article's own key, the pages
 * of the articles whose related lists show it, the listings it is in now (read from the database,
 * which already holds the new state) and the listings it was in before, which only the caller
 * knows (its memory, or a table).
 */
public final class PurgeKeys {

  private final ArticleStore articles;
  private final java.time.ZoneId zone;

  /**
   * What one change purges.
   *
   * @param keys every key to purge
   * @param listedNow the listings the article is in now (empty unless published): the caller's
   *     "before" for the article's next change
   */
  public record Purge(Set<String> keys, Set<String> listedNow) {}

  public PurgeKeys(ArticleStore articles, java.time.ZoneId zone) {
    this.articles = articles;
    this.zone = zone;
  }

  /** The keys a change purges: the article, where it is now, and {@code listedBefore}. */
  public Purge of(Change change, Set<String> listedBefore) {
    long id = change.articleId();
    if (change.kind() == ChangeKind.FRONT_PAGE) {
      return new Purge(Set.of(CacheKeys.HOME), Set.of());
    }
    if (change.kind() == ChangeKind.FRAME) {
      // The menu or the banner is in every page's masthead.
      return new Purge(Set.of(CacheKeys.ALL), Set.of());
    }
    if (!change.kind().changesArticle()) {
      // Only its related lists changed: its page, not the listings, which do not show them; it is
      // still listed where it was.
      return new Purge(Set.of(CacheKeys.article(id)), listedBefore);
    }
    Set<String> keys = new LinkedHashSet<>();
    keys.add(CacheKeys.article(id));
    keys.addAll(listedBefore);
    // The article pages whose related lists show it (its headline, summary, image): a rewrite of
    // those lists would purge them, but a new headline seldom changes which articles are similar.
    for (long lister : articles.listedBy(id)) {
      keys.add(CacheKeys.article(lister));
    }
    Optional<Article> now = change.kind() == ChangeKind.DELETED ? Optional.empty() : articles.findById(id);
    Set<String> listedNow = Set.of();
    if (now.isPresent() && (now.get().isPublished() || change.kind() == ChangeKind.UNPUBLISHED)) {
      Set<String> listings = CacheKeys.listingsOf(now.get(), zone);
      keys.addAll(listings);
      if (now.get().isPublished()) {
        listedNow = listings;
      }
    }
    return new Purge(keys, listedNow);
  }

  /**
   * A fingerprint of the sections, as every page's navigation shows them: when it changes (a new
   * or renamed section), every page changes and everything is purged ({@link CacheKeys#ALL}).
   */
  public static String sectionsFingerprint(List<Section> sections) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest(sections.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
