package kiosque.content;

import org.jdbi.v3.core.Handle;

/**
 * Keeps {@code article_teaser} (V665) equal to the teaser columns of {@code article}: every write
 * of those columns calls {@link #refresh} in its own transaction, so a page view reads teasers
 * without decoding article bodies and never sees them out of step with the article.
 */
public final class TeaserRows {

  private TeaserRows() {}

  /** Copies the article's teaser columns (or forgets them if the article is gone). */
  public static void refresh(Handle handle, long articleId) {
    handle.createUpdate("delete from article_teaser where id = :id").bind("id", articleId).execute();
    handle.createUpdate("""
            insert into article_teaser (id, slug, title, summary, section_id, status, published_at, updated_at,
                                        lead_media_id, kicker)
            select id, slug, title, summary, section_id, status, published_at, updated_at, lead_media_id, kicker
            from article where id = :id""")
        .bind("id", articleId).execute();
  }
}
