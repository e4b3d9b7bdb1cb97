package kiosque.newsroom.notes;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** SQL for notes: written in the caller's transaction, read oldest first. */
final class NoteStore {

  private final Jdbi jdbi;

  NoteStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  static long insert(Handle h, long articleId, Long accountId, String authorName, Instant at, String body,
      boolean sendBack) {
    return h.createUpdate("""
            insert into article_note (article_id, account_id, author_name, created_at, body, kind)
            values (:article, :account, :author, :at, :body, :kind)
            """)
        .bind("article", articleId)
        .bind("account", accountId)
        .bind("author", authorName)
        .bind("at", at.atOffset(ZoneOffset.UTC))
        .bind("body", body)
        .bind("kind", sendBack ? "send-back" : "note")
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
  }

  List<Note> of(long articleId) {
    return jdbi.withHandle(h -> h.createQuery("""
            select id, account_id, author_name, created_at, body, kind from article_note
            where article_id = :article order by id
            """)
        .bind("article", articleId)
        .map((rs, ctx) -> new Note(rs.getLong("id"), (Long) rs.getObject("account_id", Long.class),
            rs.getString("author_name"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
            rs.getString("body"), rs.getString("kind").equals("send-back")))
        .list());
  }

  /** The account that created the article, if the article exists (empty) and has one (null inside). */
  Optional<Optional<Long>> owner(long articleId) {
    return jdbi.withHandle(h -> h.createQuery("select created_by from article where id = :id")
        .bind("id", articleId)
        .map((rs, ctx) -> Optional.ofNullable((Long) rs.getObject("created_by", Long.class)))
        .findOne());
  }
}
