package kiosque.newsroom.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The soft lock: who has an article open in the editor, and since when. Nobody is stopped from
 * saving (optimistic locking catches a real collision); others are told, so two people rarely
 * edit the same text at once. A mark lives {@link #EXPIRES} after its last heartbeat, so a closed
 * tab releases the article by itself; kept in the database so every node tells the same.
 */
public final class EditingPresence {

  /** How long a mark holds without a heartbeat; the page beats every 30 seconds. */
  public static final Duration EXPIRES = Duration.ofMinutes(2);

  /** Someone else editing the article, since when. */
  public record Editor(String name, Instant since) {}

  private final Jdbi jdbi;
  private final Clock clock;

  public EditingPresence(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Marks (or keeps marking) this person as editing the article: on opening it and on each heartbeat. */
  public void mark(long articleId, long accountId) {
    Instant now = clock.instant();
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    OffsetDateTime stale = now.minus(EXPIRES).atOffset(ZoneOffset.UTC);
    jdbi.useHandle(h -> {
      // An expired mark starts again: "depuis" is when this stretch of editing began.
      int renewed = h.createUpdate("""
              update article_presence set since = case when seen_at < :stale then :at else since end, seen_at = :at
              where article_id = :article and account_id = :account
              """)
          .bind("at", at).bind("stale", stale).bind("article", articleId).bind("account", accountId).execute();
      if (renewed == 0) {
        try {
          h.createUpdate("insert into article_presence (article_id, account_id, since, seen_at) "
                  + "values (:article, :account, :at, :at)")
              .bind("article", articleId).bind("account", accountId).bind("at", at).execute();
        } catch (UnableToExecuteStatementException e) {
          // The same person's other tab inserted it first: the mark exists, which is all we need.
        }
      }
    });
  }

  /** Ends this person's mark at once (the page was left). */
  public void release(long articleId, long accountId) {
    jdbi.useHandle(h -> h.createUpdate("delete from article_presence where article_id = :article and account_id = :account")
        .bind("article", articleId).bind("account", accountId).execute());
  }

  /** The others with the article open now, the earliest first. */
  public List<Editor> others(long articleId, long accountId) {
    OffsetDateTime stale = clock.instant().minus(EXPIRES).atOffset(ZoneOffset.UTC);
    return jdbi.withHandle(h -> h.createQuery("""
            select a.display_name, p.since from article_presence p join account a on a.id = p.account_id
            where p.article_id = :article and p.account_id <> :account and p.seen_at >= :stale order by p.since
            """)
        .bind("article", articleId).bind("account", accountId).bind("stale", stale)
        .map((rs, ctx) -> new Editor(rs.getString("display_name"), rs.getObject("since", OffsetDateTime.class).toInstant()))
        .list());
  }
}
