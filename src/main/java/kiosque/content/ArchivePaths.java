package kiosque.content;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * The old site's archive pages (a WordPress category or tag page) and the section or topic that
 * answers for each now. The imports record them; the error pages ask before answering 404. An old
 * archive's page number and feed are kept: {@code /category/maroc/page/3/} stands for page 3 of
 * the section, {@code /tag/elections/feed/} for the topic's RSS feed.
 */
public final class ArchivePaths {

  /** An old archive address and the name of the section or topic it showed. */
  public record OldArchive(String path, Kind kind, String name) {}

  /**
   * What an old address asked for: a section or topic (by its slug when recorded), a page of it
   * ({@code page} 1 for the first) or its feed ({@code feed}: {@code rss} or {@code atom}, else null).
   */
  public record OldListing(Kind kind, String slug, int page, String feed) {}

  public enum Kind { SECTION, TOPIC }

  // base, then WordPress's page and feed suffixes: /page/2, /feed, /feed/rss2, /feed/atom
  private static final Pattern SUFFIXES =
      Pattern.compile("^(/.+?)(?:/page/(\\d{1,6}))?(?:/feed(?:/(rss2?|atom|rdf))?)?/?$");

  private final Jdbi jdbi;

  public ArchivePaths(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Records old archive addresses for sections and topics that exist (found by name, as articles
   * name them); returns how many were recorded. Recording the same address again replaces it.
   */
  public int record(Collection<OldArchive> archives) {
    return jdbi.inTransaction(h -> {
      int recorded = 0;
      for (OldArchive archive : archives) {
        String table = archive.kind() == Kind.SECTION ? "section" : "topic";
        Optional<String> slug = h.createQuery("select slug from " + table + " where name_key = :key")
            .bind("key", NameKeys.of(archive.name())).mapTo(String.class).findOne();
        if (slug.isEmpty()) {
          continue;
        }
        String path = stored(archive.path());
        h.createUpdate("delete from archive_path where path = :path").bind("path", path).execute();
        h.createUpdate("insert into archive_path (path, kind, slug) values (:path, :kind, :slug)")
            .bind("path", path).bind("kind", table).bind("slug", slug.get()).execute();
        recorded++;
      }
      return recorded;
    });
  }

  /** The listing an old archive address (with its page or feed suffix) stood for, if it is one. */
  public Optional<OldListing> find(String pathAndQuery) {
    int query = pathAndQuery.indexOf('?');
    String path = LegacyPaths.canonicalEscapes(query < 0 ? pathAndQuery : pathAndQuery.substring(0, query));
    Matcher m = SUFFIXES.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    return jdbi.withHandle(h -> h.createQuery("select kind, slug from archive_path where path = :path")
        .bind("path", m.group(1))
        .map((rs, ctx) -> new OldListing(rs.getString("kind").equals("section") ? Kind.SECTION : Kind.TOPIC,
            rs.getString("slug"), m.group(2) == null ? 1 : Math.max(1, Integer.parseInt(m.group(2))),
            path.contains("/feed") ? ("atom".equals(m.group(3)) ? "atom" : "rss") : null))
        .findOne());
  }

  /** How an address is stored: a path from the site's root, escapes in upper case, no final slash. */
  static String stored(String path) {
    String clean = LegacyPaths.canonicalEscapes(path.startsWith("/") ? path : "/" + path);
    return clean.length() > 1 && clean.endsWith("/") ? clean.substring(0, clean.length() - 1) : clean;
  }
}
