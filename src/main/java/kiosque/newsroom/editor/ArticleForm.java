package kiosque.newsroom.editor;

import java.util.Arrays;
import java.util.List;
import kiosque.content.Article;
import kiosque.content.ArticleDraft;
import kiosque.content.ArticleExtras;
import kiosque.content.ArticleStatus;
import kiosque.content.Author;
import kiosque.content.Topic;

/**
 * What the editor's form holds, as typed: kept whole when a save is refused, so nothing is lost.
 *
 * @param topics topic names; new names create topics
 * @param bylines author bylines; new ones create authors
 * @param extras kicker, SEO and social fields, correction text (never its date: the server dates it)
 */
public record ArticleForm(String title, String summary, String body, String section, List<String> topics,
    List<String> bylines, String sourceName, String sourceUrl, String slug, Long leadMediaId, ArticleExtras extras) {

  /** The longest body the editor sends on (the store's own limit, refused earlier with a clear message). */
  public static final int MAX_BODY = 1_000_000;

  /** A form without a lead image. */
  public ArticleForm(String title, String summary, String body, String section, List<String> topics,
      List<String> bylines, String sourceName, String sourceUrl, String slug) {
    this(title, summary, body, section, topics, bylines, sourceName, sourceUrl, slug, null);
  }

  /** A form without kicker, SEO or social fields and without correction. */
  public ArticleForm(String title, String summary, String body, String section, List<String> topics,
      List<String> bylines, String sourceName, String sourceUrl, String slug, Long leadMediaId) {
    this(title, summary, body, section, topics, bylines, sourceName, sourceUrl, slug, leadMediaId, ArticleExtras.NONE);
  }

  public ArticleForm {
    title = nullToEmpty(title);
    summary = nullToEmpty(summary);
    body = nullToEmpty(body);
    section = nullToEmpty(section);
    topics = List.copyOf(topics);
    bylines = List.copyOf(bylines);
    sourceName = nullToEmpty(sourceName);
    sourceUrl = nullToEmpty(sourceUrl);
    slug = nullToEmpty(slug);
    extras = extras == null ? ArticleExtras.NONE : extras.withoutDate();
  }

  public static ArticleForm empty(String byline) {
    return new ArticleForm("", "", "", "", List.of(), byline == null ? List.of() : List.of(byline), "", "", "");
  }

  public static ArticleForm of(Article article, Long leadMediaId) {
    return new ArticleForm(article.title(), article.summary(), article.bodyHtml(),
        article.section() == null ? "" : article.section().name(),
        article.topics().stream().map(Topic::name).toList(), article.authors().stream().map(Author::byline).toList(),
        article.sourceName(), article.sourceUrl(), article.slug(), leadMediaId, article.extras());
  }

  public ArticleForm withBody(String newBody) {
    return new ArticleForm(title, summary, newBody, section, topics, bylines, sourceName, sourceUrl, slug, leadMediaId,
        extras);
  }

  /** Splits a comma-separated list as typed ("Maroc, Économie"), dropping blanks. */
  public static List<String> split(String typed) {
    if (typed == null) {
      return List.of();
    }
    return Arrays.stream(typed.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public String topicsText() {
    return String.join(", ", topics);
  }

  public String bylinesText() {
    return String.join(", ", bylines);
  }

  ArticleDraft draft(String externalId, ArticleStatus status, java.time.Instant publishedAt) {
    return new ArticleDraft(externalId, slug.isBlank() ? null : slug, title, summary, body, section, bylines, topics,
        status, publishedAt, sourceName, sourceUrl, List.of(), extras);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
