package kiosque.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kiosque.content.Teaser;
import kiosque.content.TeaserCache;
import kiosque.related.RelatedArticles.Shown;
import kiosque.related.RelatedListStore.FirstItems;
import kiosque.related.RelatedListStore.Item;
import kiosque.related.RelatedListStore.StoredLists;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The article page reads its lists' first items only ({@code RelatedListStore.FIRST_ITEMS_COLUMNS}, issue
 * 15), by id, their teasers after: what it shows from them, when it does not read the lists whole, is what the whole lists
 * show, picked as before (neither the article nor, below, an item shown above; withdrawn items
 * skipped), for lists of every length with withdrawn items, the article itself and repeats
 * anywhere, and limits below, at and above the cut. Its Last-Modified is the later of the lists'
 * change and the last change of an item shown.
 */
class FirstItemsProperties {

  static final long ARTICLE = 1;
  static final Instant CHANGED = Instant.parse("2026-01-01T00:00:00Z");

  /** A stored item as its row is read: null teaser when the article is no longer published. */
  record Row(long id, boolean published, Instant updatedAt) {}

  @Property(tries = 3000)
  void whatTheFirstItemsShowIsWhatTheWholeListsShow(@ForAll("further") List<Row> further,
      @ForAll("recommended") List<Row> recommended, @ForAll @IntRange(min = 0, max = 6) int furtherLimit,
      @ForAll @IntRange(min = 0, max = 14) int recommendedLimit) {
    StoredLists whole = read(further, recommended, Integer.MAX_VALUE, Integer.MAX_VALUE);
    StoredLists first = read(further, recommended, RelatedListStore.FIRST_FURTHER, RelatedListStore.FIRST_RECOMMENDED);

    Shown expected = before(whole, furtherLimit, recommendedLimit);
    assertThat(StoredRelated.picked(whole, ARTICLE, furtherLimit, recommendedLimit)).contains(expected);
    Optional<Shown> fromFirst = StoredRelated.picked(first, ARTICLE, furtherLimit, recommendedLimit);
    fromFirst.ifPresent(shown -> assertThat(shown).isEqualTo(expected));
    if (furtherLimit <= RelatedListStore.FIRST_FURTHER && recommendedLimit <= RelatedListStore.FIRST_RECOMMENDED
        && further.stream().limit(furtherLimit).allMatch(r -> r.published() && r.id() != ARTICLE)
        && distinct(further.subList(0, Math.min(furtherLimit, further.size())),
            recommended.subList(0, Math.min(recommendedLimit, recommended.size())))) {
      // Nothing withdrawn, repeated or the article's own among what is shown: the first items suffice.
      assertThat(fromFirst).isPresent();
    }
  }

  /**
   * Read by id, their teasers looked up after ({@code FirstItems.withTeasers}: held in memory or read
   * for the page), the first items are the lists the rows joined to their teasers gave.
   */
  @Property(tries = 1000)
  void theFirstItemsByIdWithTheirTeasersAreWhatTheJoinedRowsGave(@ForAll("further") List<Row> further,
      @ForAll("recommended") List<Row> recommended) {
    // One state per article, wherever it is listed: its first row says it.
    Map<Long, Row> byId = new HashMap<>();
    further.forEach(r -> byId.putIfAbsent(r.id(), r));
    recommended.forEach(r -> byId.putIfAbsent(r.id(), r));
    List<Row> furtherRows = further.stream().map(r -> byId.get(r.id())).toList();
    List<Row> recommendedRows = recommended.stream().map(r -> byId.get(r.id())).toList();
    Map<Long, TeaserCache.Held> teasers = new HashMap<>();
    byId.forEach((id, r) -> teasers.put(id, r.published() ? new TeaserCache.Held(teaser(id), r.updatedAt())
        : new TeaserCache.Held(null, null)));

    FirstItems first = new FirstItems(CHANGED, ids(furtherRows, RelatedListStore.FIRST_FURTHER),
        ids(recommendedRows, RelatedListStore.FIRST_RECOMMENDED));

    assertThat(first.withTeasers(teasers)).isEqualTo(
        read(furtherRows, recommendedRows, RelatedListStore.FIRST_FURTHER, RelatedListStore.FIRST_RECOMMENDED));
  }

  private static List<Long> ids(List<Row> rows, int cut) {
    return rows.stream().limit(cut).map(Row::id).toList();
  }

  private static boolean distinct(List<Row> further, List<Row> recommended) {
    Set<Long> seen = new HashSet<>();
    for (Row row : recommended) {
      if (!row.published() || row.id() == ARTICLE || !seen.add(row.id())) {
        return false;
      }
    }
    return further.stream().noneMatch(r -> seen.contains(r.id()));
  }

  /** What the query gives: each list's rows up to the cut, the published ones with their teaser. */
  private static StoredLists read(List<Row> further, List<Row> recommended, int furtherCut, int recommendedCut) {
    return new StoredLists(items(further, furtherCut), items(recommended, recommendedCut), CHANGED,
        further.size() >= furtherCut, recommended.size() >= recommendedCut);
  }

  private static List<Item> items(List<Row> rows, int cut) {
    List<Item> items = new ArrayList<>();
    for (Row row : rows.subList(0, Math.min(cut, rows.size()))) {
      if (row.published()) {
        items.add(new Item(teaser(row.id()), row.updatedAt()));
      }
    }
    return items;
  }

  private static Teaser teaser(long id) {
    return new Teaser(id, "a-" + id, "Article " + id, "", Instant.EPOCH, null, null, null);
  }

  /** The picks of StoredRelated before the cut, from the whole lists. */
  private static Shown before(StoredLists whole, int furtherLimit, int recommendedLimit) {
    List<Item> further = pick(whole.further(), Set.of(), furtherLimit);
    Set<Long> above = new HashSet<>();
    further.forEach(i -> above.add(i.teaser().id()));
    List<Item> recommended = pick(whole.recommended(), above, recommendedLimit);
    Instant lastModified = whole.changedAt();
    for (Item item : concat(further, recommended)) {
      if (item.updatedAt() != null && item.updatedAt().isAfter(lastModified)) {
        lastModified = item.updatedAt();
      }
    }
    return new Shown(further.stream().map(Item::teaser).toList(), recommended.stream().map(Item::teaser).toList(),
        lastModified);
  }

  private static List<Item> concat(List<Item> a, List<Item> b) {
    List<Item> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static List<Item> pick(List<Item> items, Set<Long> exclude, int limit) {
    return items.stream().filter(i -> i.teaser().id() != ARTICLE && !exclude.contains(i.teaser().id()))
        .limit(limit).toList();
  }

  private Arbitrary<Row> rows() {
    // Few ids, so that the article itself and repeats between the lists come up often.
    return Combinators.combine(Arbitraries.longs().between(1, 25), Arbitraries.of(true, true, true, true, false),
            Arbitraries.longs().between(-3, 3).map(d -> CHANGED.plusSeconds(d * 3600)).injectNull(0.1))
        .as(Row::new);
  }

  @Provide
  Arbitrary<List<Row>> further() {
    return rows().list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<List<Row>> recommended() {
    return rows().list().ofMaxSize(16);
  }
}
