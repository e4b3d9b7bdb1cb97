package kiosque.newsroom.editor;

import kiosque.newsroom.shell.NewsroomLayout;

/**
 * The confirmation before a live article leaves the site: its title, the reason typed, a refusal,
 * and, when it came from the editor's form, what that form held ({@code typed}, else null), carried
 * along so it is saved with the move.
 */
public record UnpublishPage(NewsroomLayout layout, long articleId, String title, String publicHref, int version,
    String reason, String error, int maxReason, Typed typed) {

  /** The editor form's fields as posted, as hidden fields print them. */
  public record Typed(String title, String summary, String body, String section, String topics, String bylines,
      String sourceName, String sourceUrl, String slug, String leadMedia) {
    static Typed of(ArticleForm form) {
      return new Typed(form.title(), form.summary(), form.body(), form.section(), String.join(", ", form.topics()),
          String.join(", ", form.bylines()), form.sourceName(), form.sourceUrl(), form.slug(),
          form.leadMediaId() == null ? "" : form.leadMediaId().toString());
    }
  }
}
