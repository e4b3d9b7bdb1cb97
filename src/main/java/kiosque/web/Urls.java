package kiosque.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosque.content.Article;
import kiosque.content.FrenchDates;
import kiosque.content.Teaser;

/**
 * Every public address of the site, built in one place. An article lives at
 * {@code /2021/01/14/titre-de-l-article-123}: readable, dated in the site's time zone, and stable
 * because the trailing id alone finds it (a changed slug or date answers 301 to the new address).
 */
public final class Urls {

  /**
   * Where the newsroom lives. The newsroom builds its own addresses ({@code newsroom.shell.NewsroomUrls})
   * from this root; the reader side needs only the prefix (cache rules, metrics).
   */
  public static final String NEWSROOM_ROOT = "/redaction";

  private static final Pattern ARTICLE_TAIL = Pattern.compile("(?:(.*)-)?(\\d{1,18})");

  private final URI siteUrl;
  private final ZoneId zone;

  public Urls(URI siteUrl, ZoneId zone) {
    String base = siteUrl.toString();
    this.siteUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    this.zone = zone;
  }

  public String home() {
    return "/";
  }

  public String article(Article article) {
    return article(article.id(), article.slug(), article.publishedAt());
  }

  public String article(Teaser teaser) {
    return article(teaser.id(), teaser.slug(), teaser.publishedAt());
  }

  private String article(long id, String slug, Instant publishedAt) {
    LocalDate local = localDay(publishedAt == null ? Instant.EPOCH : publishedAt);
    int year = local.getYear();
    if (year < 0 || year > 9999) {
      return dated(new StringBuilder(slug.length() + 32), year, local.getMonthValue(), local.getDayOfMonth())
          .append(slug).append('-').append(id).toString();
    }
    // Built by hand, not String.formatted: every teaser of every page asks for one, and a
    // Formatter parses its pattern and boxes its arguments each time. One concatenation writes the
    // string at its size, where a StringBuilder was a second copy (issue 15).
    return "/" + FrenchDates.twoDigits(year / 100) + FrenchDates.twoDigits(year % 100) + "/"
        + FrenchDates.twoDigits(local.getMonthValue()) + "/" + FrenchDates.twoDigits(local.getDayOfMonth()) + "/"
        + slug + "-" + id;
  }

  /**
   * The day of {@code instant} in the site's zone: the zone's offset at that instant, then
   * whole days since the epoch (what {@code atZone} computes, without a ZonedDateTime and its
   * LocalDateTime and LocalTime for each of a page's teasers).
   */
  LocalDate localDay(Instant instant) {
    long localSeconds = instant.getEpochSecond() + zone.getRules().getOffset(instant).getTotalSeconds();
    return LocalDate.ofEpochDay(Math.floorDiv(localSeconds, 86_400));
  }

  /** {@code /2025/07/09/}: the year on four digits, month and day on two, as the archive addresses are. */
  private static StringBuilder dated(StringBuilder address, int year, int month, int day) {
    if (year < 0 || year > 9999) {
      // Never stored (imports refuse such dates), but an address must still say the year as it is.
      address.append(String.format("/%04d/", year));
    } else {
      twoDigits(twoDigits(address.append('/'), year / 100), year % 100).append('/');
    }
    if (month > 0) {
      twoDigits(address, month).append('/');
    }
    if (day > 0) {
      twoDigits(address, day).append('/');
    }
    return address;
  }

  private static StringBuilder twoDigits(StringBuilder address, int value) {
    return address.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  /** The article id at the end of an article address's last segment, if it has one. */
  public static Optional<Long> articleId(String lastSegment) {
    Matcher m = ARTICLE_TAIL.matcher(lastSegment);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(m.group(2)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  public String section(String slug) {
    return "/rubrique/" + slug;
  }

  public String topic(String slug) {
    return "/sujet/" + slug;
  }

  public String author(String slug) {
    return "/auteur/" + slug;
  }

  public String year(int year) {
    return dated(new StringBuilder(6), year, 0, 0).toString();
  }

  public String month(int year, int month) {
    return dated(new StringBuilder(9), year, month, 0).toString();
  }

  /** A day's archive, {@code /2025/07/09/}: the address the dateline's date links to. */
  public String day(int year, int month, int day) {
    return dated(new StringBuilder(12), year, month, day).toString();
  }

  public String search(String query) {
    return "/recherche?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  /**
   * The feed of a listing in {@code rss} or {@code atom}: {@code /rss.xml} for the whole site,
   * {@code /rubrique/maroc/atom.xml} for a section, and likewise for topics and authors.
   */
  public String feed(String listing, String format) {
    if (!format.equals("rss") && !format.equals("atom")) {
      throw new IllegalArgumentException("feed format " + format);
    }
    return (listing.equals(home()) ? "" : listing) + "/" + format + ".xml";
  }

  /** The sitemap index that robots.txt points to. */
  public String sitemapIndex() {
    return "/sitemap.xml";
  }

  /** One sitemap listed by the index: {@code news}, {@code articles-2025-06}, {@code rubriques} ... */
  public String sitemap(String name) {
    return "/sitemaps/" + name + ".xml";
  }

  public String robots() {
    return "/robots.txt";
  }

  /** Who publishes the site: contact, editorial standards, corrections. */
  public String publisher() {
    return "/a-propos";
  }

  public String stylesheet(String fingerprint) {
    return "/assets/site." + fingerprint + ".css";
  }

  /** A listing's page {@code n}: the first page has no parameter, so it has one canonical address. */
  public static String page(String listing, int n) {
    if (n <= 1) {
      return listing;
    }
    return listing + (listing.contains("?") ? "&" : "?") + "page=" + n;
  }

  /** The absolute form of a site path, for canonical links, feeds and structured data. */
  public String absolute(String path) {
    return siteUrl + path;
  }
}
