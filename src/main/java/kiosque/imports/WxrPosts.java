package kiosque.imports;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kiosque.content.ArticleDraft;
import kiosque.content.ArticleExtras;
import kiosque.content.ArticleStatus;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * What a WordPress item becomes: a published post becomes an article draft (its categories a
 * section and topics, its login a byline, its old addresses legacy paths); everything else is a
 * reason to leave it out.
 */
final class WxrPosts {

  /** WordPress's default category ("Uncategorized", "Non classé") says nothing about the post. */
  static final Set<String> DEFAULT_CATEGORIES = Set.of("uncategorized", "non-classe");
  private static final String NO_DATE = "0000-00-00 00:00:00";
  private static final DateTimeFormatter MYSQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private final WxrSite site;
  private final String idPrefix;
  private final String blogPath;

  WxrPosts(WxrSite site) {
    this.site = site;
    String key = siteKey(site.address());
    this.idPrefix = key.isEmpty() ? "wp-" : "wp-" + key + "-";
    this.blogPath = blogPath(site.address());
  }

  /** Why the item is not imported as an article, or null for a published post. */
  static String skipReason(WxrItem item) {
    String type = item.postType().isEmpty() ? "post" : item.postType();
    switch (type) {
      case "post" -> { }
      case "page" -> { return "page"; }
      case "attachment" -> { return "pièce jointe"; }
      case "nav_menu_item" -> { return "élément de menu"; }
      case "revision" -> { return "révision"; }
      default -> { return "type « " + type + " »"; }
    }
    return switch (item.status()) {
      case "publish" -> item.password() == null || item.password().isBlank() ? null : "protégé par un mot de passe";
      case "draft", "auto-draft" -> "brouillon";
      case "pending" -> "en attente de relecture";
      case "private" -> "privé";
      case "future" -> "programmé";
      case "trash" -> "corbeille";
      default -> "statut « " + item.status() + " »";
    };
  }

  /** The external id: WordPress ids count from 1 on every site, so the site's address is part of it. */
  String externalId(WxrItem item) {
    return idPrefix + item.postId();
  }

  ArticleDraft draft(WxrItem item) throws BadItemException {
    if (item.postId().isEmpty()) {
      throw new BadItemException("it has no <wp:post_id>, which the import needs to recognise it next time");
    }
    Instant published = publishedAt(item);
    List<WxrItem.Category> categories = item.categories().stream()
        .filter(c -> c.domain().equals("category") && !c.name().isEmpty()).toList();
    String section = primary(item, categories);
    List<String> topics = new ArrayList<>();
    for (WxrItem.Category category : item.categories()) {
      boolean tag = category.domain().equals("post_tag");
      boolean otherCategory = category.domain().equals("category") && !DEFAULT_CATEGORIES.contains(category.nicename());
      if ((tag || otherCategory) && !category.name().isEmpty()) {
        String name = unescape(category.name());
        if (!name.equals(section)) {
          topics.add(name);
        }
      }
    }
    String login = item.creator();
    List<String> bylines = login.isEmpty() ? List.of() : List.of(site.authorNames.getOrDefault(login, login));
    String summary = item.excerpt() == null || item.excerpt().isBlank() ? null : Jsoup.parse(item.excerpt()).text();
    return new ArticleDraft(externalId(item), slug(item.postName()), unescape(item.title()), summary,
        WordPressBody.toHtml(item.content()), section, bylines, topics, ArticleStatus.PUBLISHED, published, null, null,
        legacyPaths(item), seo(item));
  }

  /**
   * Yoast's SEO title and description, when the post has its own. A value holding Yoast variables
   * ({@code %%title%% %%sep%% %%sitename%%}) is a template, not a text: the site's own fallbacks do better.
   */
  private static ArticleExtras seo(WxrItem item) {
    return new ArticleExtras(null, yoastText(item.meta().get("_yoast_wpseo_title")),
        yoastText(item.meta().get("_yoast_wpseo_metadesc")), null, null, null, null);
  }

  private static String yoastText(String value) {
    return value == null || value.contains("%%") ? null : unescape(value).strip();
  }

  /** The primary category chosen in Yoast or Rank Math, else the first one that is not the default. */
  private String primary(WxrItem item, List<WxrItem.Category> categories) {
    for (String key : List.of("_yoast_wpseo_primary_category", "rank_math_primary_category")) {
      String name = site.categoryNames.get(item.meta().getOrDefault(key, ""));
      if (name != null && categories.stream().anyMatch(c -> c.name().equals(name))) {
        return unescape(name);
      }
    }
    return categories.stream().filter(c -> !DEFAULT_CATEGORIES.contains(c.nicename()))
        .map(c -> unescape(c.name())).findFirst().orElse(null);
  }

  /** The GMT date WordPress keeps beside the local one; drafts carry zeros there, so pubDate next. */
  private static Instant publishedAt(WxrItem item) throws BadItemException {
    String gmt = item.postDateGmt();
    if (!gmt.isEmpty() && !gmt.equals(NO_DATE)) {
      try {
        return LocalDateTime.parse(gmt, MYSQL).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw new BadItemException("<wp:post_date_gmt> \"" + gmt + "\" is not a date like 2021-01-14 14:20:00");
      }
    }
    if (!item.pubDate().isEmpty()) {
      try {
        return ZonedDateTime.parse(item.pubDate(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      } catch (DateTimeParseException e) {
        throw new BadItemException("<pubDate> \"" + item.pubDate() + "\" is not a date like Thu, 14 Jan 2021 14:20:00 +0000");
      }
    }
    throw new BadItemException("it has no date (neither <wp:post_date_gmt> nor <pubDate>)");
  }

  /** The post's old permalink and its {@code ?p=ID} form, which WordPress answers for every post. */
  private List<String> legacyPaths(WxrItem item) {
    Set<String> paths = new LinkedHashSet<>();
    if (!item.link().isEmpty()) {
      paths.add(item.link());
    }
    paths.add(blogPath + "/?p=" + item.postId());
    return List.copyOf(paths);
  }

  /** WordPress stores non-ASCII slugs percent-encoded ({@code %c3%a9t%c3%a9}). */
  private static String slug(String postName) {
    if (postName.isEmpty()) {
      return null;
    }
    try {
      return URLDecoder.decode(postName, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return postName; // not percent-encoded after all; the slug rules clean it up
    }
  }

  /** Titles and term names come HTML-escaped from WordPress ({@code L&#039;armée}, {@code &amp;}). */
  static String unescape(String text) {
    return Parser.unescapeEntities(text, false);
  }

  /** {@code https://www.lequotidien.ma/} gives {@code lequotidien.ma}; a blog in a folder keeps it. */
  static String siteKey(String address) {
    URI uri = uri(address);
    if (uri == null || uri.getHost() == null) {
      return "";
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    return host + blogPath(address);
  }

  private static String blogPath(String address) {
    URI uri = uri(address);
    String path = uri == null || uri.getRawPath() == null ? "" : uri.getRawPath();
    return path.replaceAll("/+$", "");
  }

  private static URI uri(String address) {
    try {
      return address.isBlank() ? null : new URI(address.strip());
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
