package kiosque.newsroom.editor;

import java.time.Instant;
import java.util.List;
import kiosque.content.Article;
import kiosque.content.ArticleExtras;
import kiosque.content.Author;
import kiosque.content.BodySanitizer;
import kiosque.content.SanitizedBody;
import kiosque.content.Section;
import kiosque.content.Slugs;
import kiosque.content.Topic;

/**
 * The article a preview shows: the stored one, or its pending revision laid over it, dated now
 * when it has no publication time yet. The reader page itself is built by the site's own code.
 */
final class Previews {

  private static final java.util.regex.Pattern ROBOTS = java.util.regex.Pattern.compile("<meta name=\"robots\"[^>]*>");

  private Previews() {}

  /**
   * The reader page with what says it is a preview: a "noindex" robots meta in its head, and a
   * banner first in its body, so a screenshot or a forwarded link can never pass for the published
   * page. Added to the rendered page rather than to the site's templates: readers' pages never
   * carry a preview's switch.
   */
  static String marked(String page, String banner) {
    String html = "<div class=\"preview-banner\" role=\"status\">" + escape(banner) + "</div>";
    String robots = "<meta name=\"robots\" content=\"noindex, nofollow\">";
    // The reader page says "index, follow": that line is replaced, never left beside ours.
    String withRobots = ROBOTS.matcher(page).replaceAll("");
    int head = withRobots.indexOf("</head>");
    withRobots = head < 0 ? withRobots : withRobots.substring(0, head) + robots + withRobots.substring(head);
    int body = withRobots.indexOf("<body");
    int open = body < 0 ? -1 : withRobots.indexOf('>', body);
    return open < 0 ? html + withRobots : withRobots.substring(0, open + 1) + html + withRobots.substring(open + 1);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static Article of(Article article, Instant now) {
    return withDate(article, article.title(), article.summary(), article.bodyHtml(), article.bodyText(),
        article.section(), article.authors(), article.topics(), article.sourceName(), article.sourceUrl(),
        article.extras(), now);
  }

  static Article of(Article live, ArticleForm revision, BodySanitizer sanitizer, Instant now) {
    SanitizedBody body = sanitizer.sanitize(revision.body());
    Section section = revision.section().isBlank() ? null
        : new Section(0, revision.section(), Slugs.of(revision.section()), null);
    List<Author> authors = revision.bylines().stream().map(b -> new Author(0, b, null, null, Slugs.of(b))).toList();
    List<Topic> topics = revision.topics().stream().map(t -> new Topic(0, t, Slugs.of(t), null)).toList();
    return withDate(live, revision.title(), revision.summary(), body.html(), body.text(), section, authors, topics,
        revision.sourceName().isBlank() ? null : revision.sourceName(),
        revision.sourceUrl().isBlank() ? null : revision.sourceUrl(),
        revision.extras().datedAgainst(live.extras(), now), now);
  }

  private static Article withDate(Article a, String title, String summary, String html, String text, Section section,
      List<Author> authors, List<Topic> topics, String sourceName, String sourceUrl, ArticleExtras extras,
      Instant now) {
    Instant published = a.publishedAt() != null ? a.publishedAt() : now;
    Instant updated = a.publishedAt() != null ? a.updatedAt() : now;
    return new Article(a.id(), a.externalId(), a.slug(), title, summary, html, text, section, authors, topics, a.status(),
        published, a.createdAt(), updated, sourceName, sourceUrl, a.version(), extras);
  }
}
