package kiosque.content;

import java.time.Instant;
import java.util.List;

/**
 * An article as a writer or an importer submits it: names rather than ids, the body as received.
 * {@link ArticleService} sanitises it, resolves the names and stores it.
 *
 * @param externalId the id given by an import, or null for articles written here
 * @param slug the wanted slug, or null to derive it from the title
 * @param body HTML, or plain text whose blank lines separate paragraphs
 * @param extras kicker, SEO and social fields, correction ({@link ArticleExtras#NONE} when the source has none)
 */
public record ArticleDraft(
    String externalId,
    String slug,
    String title,
    String summary,
    String body,
    String sectionName,
    List<String> bylines,
    List<String> topicNames,
    ArticleStatus status,
    Instant publishedAt,
    String sourceName,
    String sourceUrl,
    List<String> legacyPaths,
    ArticleExtras extras) {

  public ArticleDraft {
    bylines = List.copyOf(bylines);
    topicNames = List.copyOf(topicNames);
    legacyPaths = List.copyOf(legacyPaths);
    extras = extras == null ? ArticleExtras.NONE : extras;
  }

  /** A draft without kicker, SEO or social fields and without correction. */
  public ArticleDraft(String externalId, String slug, String title, String summary, String body, String sectionName,
      List<String> bylines, List<String> topicNames, ArticleStatus status, Instant publishedAt, String sourceName,
      String sourceUrl, List<String> legacyPaths) {
    this(externalId, slug, title, summary, body, sectionName, bylines, topicNames, status, publishedAt, sourceName,
        sourceUrl, legacyPaths, ArticleExtras.NONE);
  }

  /** The same draft with these extra fields. */
  public ArticleDraft withExtras(ArticleExtras newExtras) {
    return new ArticleDraft(externalId, slug, title, summary, body, sectionName, bylines, topicNames, status,
        publishedAt, sourceName, sourceUrl, legacyPaths, newExtras);
  }
}
