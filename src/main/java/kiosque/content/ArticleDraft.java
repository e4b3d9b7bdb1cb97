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
    List<String> legacyPaths) {

  public ArticleDraft {
    bylines = List.copyOf(bylines);
    topicNames = List.copyOf(topicNames);
    legacyPaths = List.copyOf(legacyPaths);
  }
}
