package kiosque.newsroom.editor;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * SQL for the autosave's draft slot: one row per article and person, overwritten by each autosave
 * the article itself could not take, so nothing typed is lost and no revision piles up.
 */
final class DraftSlots {

  /** An autosaved draft: the form, the version it started from, and when it was kept. */
  record Slot(ArticleForm form, int baseVersion, Instant savedAt) {}

  private final Jdbi jdbi;

  DraftSlots(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  void keep(long articleId, long accountId, int baseVersion, ArticleForm form, Instant at) {
    jdbi.useTransaction(h -> {
      drop(h, articleId, accountId);
      h.createUpdate("""
              insert into article_draft_slot (article_id, account_id, base_version, saved_at, title, summary,
                  body_html, section_name, topic_names, bylines, source_name, source_url, slug, lead_media_id,
                  kicker, seo_title, seo_description, social_title, social_media_id, correction)
              values (:article, :account, :base, :at, :title, :summary, :body, :section, :topics, :bylines,
                  :sourceName, :sourceUrl, :slug, :lead, :kicker, :seoTitle, :seoDescription, :socialTitle,
                  :socialMediaId, :correction)
              """)
          .bind("article", articleId).bind("account", accountId).bind("base", baseVersion)
          .bind("at", at.atOffset(ZoneOffset.UTC)).bind("title", form.title()).bind("summary", form.summary())
          .bind("body", form.body()).bind("section", form.section()).bind("topics", String.join("\n", form.topics()))
          .bind("bylines", String.join("\n", form.bylines())).bind("sourceName", form.sourceName())
          .bind("sourceUrl", form.sourceUrl()).bind("slug", form.slug()).bind("lead", form.leadMediaId())
          .bindMap(RevisionStore.extrasColumns(form.extras())).execute();
    });
  }

  Optional<Slot> of(long articleId, long accountId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select * from article_draft_slot where article_id = :article and account_id = :account")
        .bind("article", articleId).bind("account", accountId)
        .map((rs, ctx) -> new Slot(RevisionStore.formFrom(rs), rs.getInt("base_version"),
            rs.getObject("saved_at", OffsetDateTime.class).toInstant()))
        .findOne());
  }

  void drop(long articleId, long accountId) {
    jdbi.useHandle(h -> drop(h, articleId, accountId));
  }

  static void drop(Handle handle, long articleId, long accountId) {
    handle.createUpdate("delete from article_draft_slot where article_id = :article and account_id = :account")
        .bind("article", articleId).bind("account", accountId).execute();
  }
}
