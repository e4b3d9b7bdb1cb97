package kiosque.related;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** SQL for editors' pins and exclusions. Writes take the caller's handle: they go with a change-log row. */
final class OverrideStore {

  static final String PIN = "pin";
  static final String EXCLUDE = "exclude";

  /** One editor's choice, as listed for the newsroom. */
  record Choice(long relatedId, String action, int position) {}

  private final Jdbi jdbi;

  OverrideStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  Overrides of(long articleId) {
    return of(choices(articleId));
  }

  /**
   * The choices of many articles in one query ({@code kiosque related} computes 50 at a time: one
   * query an article was 3 % of its threads' time); an article without any gets {@link Overrides#NONE}'s
   * equal, as {@link #of(long)} gives it.
   */
  Map<Long, Overrides> of(Collection<Long> articleIds) {
    Map<Long, List<Choice>> byArticle = new HashMap<>();
    articleIds.forEach(id -> byArticle.put(id, new ArrayList<>()));
    if (!articleIds.isEmpty()) {
      jdbi.useHandle(h -> h.createQuery("""
              select article_id, related_id, action, position from related_override where article_id in (<ids>)
              order by article_id, action, position, created_at, related_id""")
          .bindList("ids", List.copyOf(articleIds))
          .map((rs, ctx) -> Map.entry(rs.getLong("article_id"),
              new Choice(rs.getLong("related_id"), rs.getString("action"), rs.getInt("position"))))
          .forEach(e -> byArticle.get(e.getKey()).add(e.getValue())));
    }
    Map<Long, Overrides> overrides = new HashMap<>();
    byArticle.forEach((id, choices) -> overrides.put(id, of(choices)));
    return overrides;
  }

  private static Overrides of(List<Choice> choices) {
    List<Long> pinned = new ArrayList<>();
    Set<Long> excluded = new HashSet<>();
    for (Choice choice : choices) {
      if (choice.action().equals(PIN)) {
        pinned.add(choice.relatedId());
      } else {
        excluded.add(choice.relatedId());
      }
    }
    return new Overrides(pinned, excluded);
  }

  List<Choice> choices(long articleId) {
    return jdbi.withHandle(h -> h.createQuery("""
            select related_id, action, position from related_override where article_id = :id
            order by action, position, created_at, related_id""")
        .bind("id", articleId)
        .map((rs, ctx) -> new Choice(rs.getLong("related_id"), rs.getString("action"), rs.getInt("position")))
        .list());
  }

  /** Sets the choice for one item, replacing any earlier one; a pin goes after the existing pins. */
  void set(Handle h, long articleId, long relatedId, String action, Instant now) {
    clear(h, articleId, relatedId);
    int position = h.createQuery("""
            select coalesce(max(position), -1) + 1 from related_override where article_id = :id and action = :action""")
        .bind("id", articleId).bind("action", action).mapTo(Integer.class).one();
    h.createUpdate("""
            insert into related_override (article_id, related_id, action, position, created_at)
            values (:id, :related, :action, :position, :at)""")
        .bind("id", articleId).bind("related", relatedId).bind("action", action).bind("position", position)
        .bind("at", RelatedListStore.utc(now)).execute();
  }

  void clear(Handle h, long articleId, long relatedId) {
    h.createUpdate("delete from related_override where article_id = :id and related_id = :related")
        .bind("id", articleId).bind("related", relatedId).execute();
  }

  int pinCount(Handle h, long articleId) {
    return h.createQuery("select count(*) from related_override where article_id = :id and action = 'pin'")
        .bind("id", articleId).mapTo(Integer.class).one();
  }
}
