package kiosque.content;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What the last import left on an article (V735), and the revision an import proposes when the
 * newsroom saved the article since: every newsroom save bumps the article's version, so a version
 * past the one the last import wrote means an editor's work that a re-import must not overwrite.
 */
final class ImportedArticles {

  /** Kind of the revision holding an import's text kept aside (the newsroom's revision list shows it). */
  static final String REVISION_KIND = "imported";

  record State(long id, ArticleStatus status, int version, Integer importedVersion, String importedHash,
      String contentHash) {

    /** Whether this fingerprint is what the last import brought: nothing to do, even after an edit. */
    boolean alreadyImported(String hash) {
      return hash.equals(importedHash != null ? importedHash : contentHash);
    }

    boolean changedInNewsroom() {
      return importedVersion == null || importedVersion != version;
    }
  }

  Optional<State> find(Handle handle, String externalId, boolean lock) {
    return handle.createQuery("""
            select id, status, version, imported_version, imported_hash, content_hash
            from article where external_id = :id""" + (lock ? " for update" : ""))
        .bind("id", externalId)
        .map((rs, ctx) -> new State(rs.getLong("id"), ArticleStatus.fromCode(rs.getString("status")),
            rs.getInt("version"), (Integer) rs.getObject("imported_version", Integer.class),
            rs.getString("imported_hash"), rs.getString("content_hash")))
        .findOne();
  }

  /** After the import wrote the article: this version is the import's own. */
  void written(Handle handle, long id, String hash) {
    handle.createUpdate("update article set imported_hash = :hash, imported_version = version where id = :id")
        .bind("hash", hash).bind("id", id).execute();
  }

  /**
   * Keeps the import's text beside the newsroom's as a revision by nobody. On a live article with
   * no revision pending, it becomes the pending revision the desk can compare, publish or discard
   * (its version is claimed, as the newsroom does, so an older form cannot save over it);
   * otherwise it stays in the article's history, where it can be compared and restored.
   */
  void proposeRevision(Handle handle, State state, ArticleDraft draft, SanitizedBody body, String slug,
      ArticleExtras stored, Instant now, String hash) {
    ArticleExtras extras = draft.extras().isEmpty() ? stored : draft.extras();
    long revision = handle.createUpdate("""
            insert into article_revision (article_id, account_id, created_at, kind, status, title, summary, body_html,
                                          section_name, topic_names, bylines, source_name, source_url, slug,
                                          lead_media_id, kicker, seo_title, seo_description, social_title,
                                          social_media_id, correction)
            values (:article, null, :at, :kind, :status, :title, :summary, :body, :section, :topics, :bylines,
                    :sourceName, :sourceUrl, :slug, (select lead_media_id from article where id = :article),
                    :kicker, :seoTitle, :seoDescription, :socialTitle, :socialMediaId, :correction)
            """)
        .bind("article", state.id()).bind("at", now.atOffset(ZoneOffset.UTC)).bind("kind", REVISION_KIND)
        .bind("status", state.status().code()).bind("title", draft.title().strip())
        .bind("summary", draft.summary() == null ? "" : draft.summary().strip()).bind("body", body.html())
        .bind("section", draft.sectionName()).bind("topics", String.join("\n", draft.topicNames()))
        .bind("bylines", String.join("\n", draft.bylines())).bind("sourceName", draft.sourceName())
        .bind("sourceUrl", draft.sourceUrl()).bind("slug", slug)
        .bind("kicker", extras.kicker()).bind("seoTitle", extras.seoTitle())
        .bind("seoDescription", extras.seoDescription()).bind("socialTitle", extras.socialTitle())
        .bind("socialMediaId", extras.socialImageId()).bind("correction", extras.correction())
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    boolean pendingFree = handle.createQuery("select count(*) from article_pending where article_id = :id")
        .bind("id", state.id()).mapTo(Integer.class).one() == 0;
    if (state.status() == ArticleStatus.PUBLISHED && pendingFree) {
      handle.createUpdate("insert into article_pending (article_id, revision_id, state) values (:id, :rev, 'draft')")
          .bind("id", state.id()).bind("rev", revision).execute();
      handle.createUpdate("update article set version = version + 1 where id = :id").bind("id", state.id()).execute();
    }
    handle.createUpdate("update article set imported_hash = :hash where id = :id")
        .bind("hash", hash).bind("id", state.id()).execute();
  }
}
