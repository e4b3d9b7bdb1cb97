package kiosque.testsupport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kiosque.content.ArticleDraft;
import kiosque.content.ArticleStatus;

/** A builder of article drafts with sensible French defaults; each test sets what it checks. */
public final class ArticleDrafts {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private String externalId = "test-" + SEQUENCE.incrementAndGet();
  private String slug;
  private String title = "Un article de test";
  private String summary = "Le chapô de l’article.";
  private String body = "<p>Premier paragraphe.</p><p>Second paragraphe.</p>";
  private String section = "Maroc";
  private List<String> bylines = new ArrayList<>(List.of("I.L"));
  private List<String> topics = new ArrayList<>();
  private ArticleStatus status = ArticleStatus.PUBLISHED;
  private Instant publishedAt = Instant.parse("2021-01-14T14:20:00Z");
  private String sourceName;
  private String sourceUrl;
  private List<String> legacyPaths = new ArrayList<>();

  public static ArticleDrafts article() {
    return new ArticleDrafts();
  }

  public ArticleDrafts id(String value) { this.externalId = value; return this; }
  public ArticleDrafts slug(String value) { this.slug = value; return this; }
  public ArticleDrafts title(String value) { this.title = value; return this; }
  public ArticleDrafts summary(String value) { this.summary = value; return this; }
  public ArticleDrafts body(String value) { this.body = value; return this; }
  public ArticleDrafts section(String value) { this.section = value; return this; }
  public ArticleDrafts bylines(String... values) { this.bylines = List.of(values); return this; }
  public ArticleDrafts topics(String... values) { this.topics = List.of(values); return this; }
  public ArticleDrafts status(ArticleStatus value) { this.status = value; return this; }
  public ArticleDrafts publishedAt(String isoInstant) { this.publishedAt = Instant.parse(isoInstant); return this; }
  public ArticleDrafts publishedAt(Instant value) { this.publishedAt = value; return this; }
  public ArticleDrafts source(String name, String url) { this.sourceName = name; this.sourceUrl = url; return this; }
  public ArticleDrafts legacyPaths(String... values) { this.legacyPaths = List.of(values); return this; }

  public ArticleDraft build() {
    return new ArticleDraft(externalId, slug, title, summary, body, section, bylines, topics, status, publishedAt,
        sourceName, sourceUrl, legacyPaths);
  }
}
