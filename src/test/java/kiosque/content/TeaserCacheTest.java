package kiosque.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiosque.changes.Change;
import kiosque.changes.ChangeFollower;
import kiosque.changes.ChangeKind;
import org.junit.jupiter.api.Test;

/** The rules of the related lists' teasers held in memory: what is kept, what is forgotten, when. */
class TeaserCacheTest {

  static final Instant AT = Instant.parse("2026-01-01T10:00:00Z");

  static TeaserCache.Held held(long id, String title) {
    return new TeaserCache.Held(new Teaser(id, "a-" + id, title, "", AT, "Maroc"), AT);
  }

  static Map<Long, TeaserCache.Held> found(TeaserCache cache, List<Long> ids, List<Long> missing) {
    Map<Long, TeaserCache.Held> found = new HashMap<>();
    cache.find(ids, found, missing);
    return found;
  }

  static Change change(long id, ChangeKind kind) {
    return new Change(1, id, kind, AT);
  }

  @Test
  void nothingIsHeldUntilTheCacheFollowsTheChangeLog() {
    TeaserCache cache = new TeaserCache(10);
    cache.keep(Map.of(1L, held(1, "Avant")), cache.generation());
    List<Long> missing = new ArrayList<>();
    assertThat(found(cache, List.of(1L), missing)).isEmpty();
    assertThat(missing).containsExactly(1L);

    cache.follower(0);
    cache.keep(Map.of(1L, held(1, "Avant")), cache.generation());
    assertThat(found(cache, List.of(1L, 2L), missing = new ArrayList<>())).containsOnlyKeys(1L);
    assertThat(missing).containsExactly(2L);
  }

  @Test
  void aChangedArticleIsForgottenAndAReadStartedBeforeTheChangeIsNotKept() throws Exception {
    TeaserCache cache = new TeaserCache(10);
    ChangeFollower follower = cache.follower(0);
    cache.keep(Map.of(1L, held(1, "Avant"), 2L, held(2, "Autre")), cache.generation());

    long readStarted = cache.generation();
    follower.apply(List.of(change(1, ChangeKind.UPDATED)));
    cache.keep(Map.of(1L, held(1, "Avant, lu avant le changement")), readStarted);

    List<Long> missing = new ArrayList<>();
    assertThat(found(cache, List.of(1L, 2L), missing)).containsOnlyKeys(2L);
    assertThat(missing).containsExactly(1L);
    cache.keep(Map.of(1L, held(1, "Après")), cache.generation());
    assertThat(found(cache, List.of(1L), new ArrayList<>()).get(1L).teaser().title()).isEqualTo("Après");
  }

  @Test
  void changesThatNameNoTeaserForgetNothing() throws Exception {
    TeaserCache cache = new TeaserCache(10);
    ChangeFollower follower = cache.follower(0);
    long readStarted = cache.generation();
    follower.apply(List.of(change(1, ChangeKind.RELATED), change(0, ChangeKind.FRONT_PAGE), change(0, ChangeKind.FRAME)));
    cache.keep(Map.of(1L, held(1, "Titre")), readStarted);
    assertThat(found(cache, List.of(1L), new ArrayList<>())).containsOnlyKeys(1L);

    for (ChangeKind kind : List.of(ChangeKind.PUBLISHED, ChangeKind.UNPUBLISHED, ChangeKind.DELETED, ChangeKind.CREATED)) {
      cache.keep(Map.of(1L, held(1, "Titre")), cache.generation());
      follower.apply(List.of(change(1, kind)));
      assertThat(found(cache, List.of(1L), new ArrayList<>())).as(kind.code()).isEmpty();
    }
  }

  @Test
  void theLeastRecentlyReadGoFirstWhenFullAndNoneAreHeldAtZero() {
    TeaserCache cache = new TeaserCache(2);
    cache.follower(0);
    cache.keep(Map.of(1L, held(1, "Un")), cache.generation());
    cache.keep(Map.of(2L, held(2, "Deux")), cache.generation());
    found(cache, List.of(1L), new ArrayList<>());
    cache.keep(Map.of(3L, held(3, "Trois")), cache.generation());
    assertThat(found(cache, List.of(1L, 2L, 3L), new ArrayList<>())).containsOnlyKeys(1L, 3L);

    TeaserCache off = new TeaserCache(0);
    off.follower(0);
    off.keep(Map.of(1L, held(1, "Un")), off.generation());
    assertThat(off.size()).isZero();
  }
}
