package kiosque.imports;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.LongConsumer;
import kiosque.content.Article;
import kiosque.content.ArticleExtras;
import kiosque.content.ArticleStatus;
import kiosque.content.ArticleStore;
import kiosque.content.ArticleWithPaths;
import kiosque.content.Author;
import kiosque.content.Topic;

/**
 * Writes every article in the JSON Lines import format, so that another Kiosque (or this one,
 * emptied) can take them back. The output is deterministic: articles in id order, fields always
 * present and always in the same order, lists in their stored order (legacy paths sorted), times
 * in UTC. Importing it into an empty site and exporting again gives the same bytes, since an
 * import creates the articles in file order.
 */
public final class ArticleExporter {

  static final int PAGE_SIZE = 500;

  private static final JsonFactory JSON = new JsonFactory();

  private final ArticleStore store;
  private final int pageSize;

  public ArticleExporter(ArticleStore store) {
    this(store, PAGE_SIZE);
  }

  ArticleExporter(ArticleStore store, int pageSize) {
    this.store = store;
    this.pageSize = pageSize;
  }

  /**
   * Writes to {@code out}, which the caller closes.
   *
   * @param progress told the number of articles written so far, after each one
   * @return the number of articles written
   */
  public long export(OutputStream out, LongConsumer progress) throws IOException {
    long[] written = {0};
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      json.setRootValueSeparator(null);
      store.forEachArticle(pageSize, article -> {
        try {
          write(json, article);
          json.writeRaw('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        progress.accept(++written[0]);
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return written[0];
  }

  private static void write(JsonGenerator json, ArticleWithPaths withPaths) throws IOException {
    Article a = withPaths.article();
    json.writeStartObject();
    json.writeStringField("id", exportId(a));
    json.writeStringField("slug", a.slug());
    json.writeStringField("status", exportStatus(a.status()));
    json.writeStringField("published_at", a.publishedAt() == null ? null : a.publishedAt().toString());
    json.writeStringField("title", a.title());
    json.writeStringField("section", a.section() == null ? null : a.section().name());
    strings(json, "authors", a.authors().stream().map(Author::byline).toList());
    strings(json, "tags", a.topics().stream().map(Topic::name).toList());
    json.writeStringField("summary", a.summary());
    json.writeStringField("body", a.bodyHtml());
    json.writeStringField("source", a.sourceName());
    json.writeStringField("source_url", a.sourceUrl());
    strings(json, "legacy_urls", withPaths.legacyPaths());
    extras(json, a.extras());
    json.writeEndObject();
  }

  /**
   * The newsroom's optional fields (issue 13), only those set: lines of articles without them stay as
   * they were. The social image is left out: media ids mean nothing on another site.
   */
  private static void extras(JsonGenerator json, ArticleExtras extras) throws IOException {
    optional(json, "kicker", extras.kicker());
    optional(json, "seo_title", extras.seoTitle());
    optional(json, "seo_description", extras.seoDescription());
    optional(json, "social_title", extras.socialTitle());
    optional(json, "correction", extras.correction());
    optional(json, "corrected_at", extras.correctedAt() == null ? null : extras.correctedAt().toString());
  }

  private static void optional(JsonGenerator json, String field, String value) throws IOException {
    if (value != null) {
      json.writeStringField(field, value);
    }
  }

  /**
   * The id an imported article came with; for one written here, {@code kiosque-ID-CREATED} with
   * its creation time in milliseconds. The id alone would not do: a site that imported another
   * Kiosque's articles holds their generated ids, and its own article with the same number would
   * then share one. Creation times tell them apart, and never change, so exports stay stable.
   */
  static String exportId(Article a) {
    return a.externalId() != null ? a.externalId() : "kiosque-" + a.id() + "-" + a.createdAt().toEpochMilli();
  }

  /**
   * The import format knows draft, published and unpublished; the newsroom's workflow states are
   * not for another site to resume. In review and scheduled articles leave as drafts, not public;
   * a scheduled one keeps its planned time in published_at.
   */
  static String exportStatus(ArticleStatus status) {
    return switch (status) {
      case IN_REVIEW, SCHEDULED -> ArticleStatus.DRAFT.code();
      case DRAFT, PUBLISHED, UNPUBLISHED -> status.code();
    };
  }

  private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
