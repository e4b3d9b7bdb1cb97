package kiosque.imports;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import kiosque.content.ArticleDraft;
import kiosque.content.ArticleStatus;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/** What a feed item becomes: an article crediting the feed it came from. */
final class FeedItems {

  private final String feedTitle;
  private final String feedAddress;

  FeedItems(SyndFeed feed) {
    this.feedTitle = clean(feed.getTitle());
    this.feedAddress = feed.getLink() != null ? feed.getLink().strip() : clean(feed.getUri());
  }

  /** The item's guid (RSS) or id (Atom), else its link; null when it has none of them. */
  static String key(SyndEntry entry) {
    String uri = clean(entry.getUri());
    if (!uri.isEmpty()) {
      return uri;
    }
    String link = clean(entry.getLink());
    return link.isEmpty() ? null : link;
  }

  /**
   * {@code feed-} and a hash of the guid. A guid that is an address or a URN is unique in the
   * world; a bare one ({@code 1234}) only within its feed, so the feed's address goes into the
   * hash too. Hashed because guids can be long and hold anything; the hash never changes.
   */
  String externalId(String key) {
    boolean global = key.contains(":");
    return "feed-" + sha256Hex((global ? "" : feedAddress + "\n") + key).substring(0, 32);
  }

  ArticleDraft draft(SyndEntry entry, String key) throws BadItemException {
    String body = firstNonBlank(entry.getContents());
    String description = entry.getDescription() == null ? "" : clean(entry.getDescription().getValue());
    String summary = null;
    if (body.isEmpty()) {
      body = description;
    } else if (!description.isEmpty()) {
      summary = Jsoup.parse(description).text();
    }
    if (body.isEmpty()) {
      throw new BadItemException("it has no content and no description");
    }
    Instant published = entry.getPublishedDate() != null ? entry.getPublishedDate().toInstant()
        : entry.getUpdatedDate() != null ? entry.getUpdatedDate().toInstant() : null;
    String link = clean(entry.getLink());
    String source = entry.getSource() != null && !clean(entry.getSource().getTitle()).isEmpty()
        ? clean(entry.getSource().getTitle()) : feedTitle;
    return new ArticleDraft(externalId(key), null, Parser.unescapeEntities(clean(entry.getTitle()), false), summary,
        body, null, bylines(entry), topics(entry), ArticleStatus.PUBLISHED, published,
        source.isEmpty() ? null : source, FeedFetcher.isWebAddress(link) ? link : null, List.of());
  }

  private static List<String> bylines(SyndEntry entry) {
    List<String> names = new ArrayList<>();
    for (SyndPerson person : entry.getAuthors()) {
      String name = clean(person.getName());
      names.add(name.isEmpty() ? clean(person.getEmail()) : name);
    }
    if (names.isEmpty() && !clean(entry.getAuthor()).isEmpty()) {
      names.add(clean(entry.getAuthor()));
    }
    names.removeIf(String::isEmpty);
    return names;
  }

  private static List<String> topics(SyndEntry entry) {
    List<String> names = new ArrayList<>();
    for (SyndCategory category : entry.getCategories()) {
      String name = clean(category.getName());
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  private static String firstNonBlank(List<SyndContent> contents) {
    for (SyndContent content : contents) {
      String value = clean(content.getValue());
      if (!value.isEmpty()) {
        return value;
      }
    }
    return "";
  }

  private static String clean(String value) {
    return value == null ? "" : value.strip();
  }

  private static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
