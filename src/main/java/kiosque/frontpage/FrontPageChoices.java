package kiosque.frontpage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kiosque.content.Teaser;
import org.jdbi.v3.core.Jdbi;

/**
 * What readers' pages read of the editors' choices: the home page's lead stories, the order of its
 * section blocks and the breaking-news banner, each as it stands at the injected clock's time.
 */
public final class FrontPageChoices {

  /** Featured slots after the main story ("À la une"). */
  public static final int FEATURED = 4;
  /** The main story (position 0) and the featured slots. */
  public static final int SLOTS = 1 + FEATURED;

  private final FrontPageStore store;
  private final Clock clock;

  public FrontPageChoices(Jdbi jdbi, Clock clock) {
    this(new FrontPageStore(jdbi), clock);
  }

  FrontPageChoices(FrontPageStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The main story then the featured ones: the editors' picks where they stand, the latest elsewhere. */
  public List<Teaser> lead(List<Teaser> latest) {
    List<Slot> slots = store.slots();
    return arrange(slots, store.publishedTeasers(slots.stream().map(Slot::articleId).toList()), latest,
        clock.instant());
  }

  /**
   * The rule of the lead stories: a slot shows its pick while the pick is in force and published
   * ({@code published} holds only published articles), else the next of {@code latest} not shown
   * yet; an article never shows twice.
   */
  static List<Teaser> arrange(List<Slot> slots, Map<Long, Teaser> published, List<Teaser> latest, Instant now) {
    Teaser[] chosen = new Teaser[SLOTS];
    Set<Long> shown = new HashSet<>();
    for (Slot slot : slots) {
      Teaser pick = published.get(slot.articleId());
      if (slot.position() >= 0 && slot.position() < SLOTS && slot.inForceAt(now) && pick != null
          && shown.add(pick.id())) {
        chosen[slot.position()] = pick;
      }
    }
    Iterator<Teaser> automatic = latest.iterator();
    List<Teaser> lead = new ArrayList<>(SLOTS);
    for (Teaser teaser : chosen) {
      while (teaser == null && automatic.hasNext()) {
        Teaser next = automatic.next();
        teaser = shown.add(next.id()) ? next : null;
      }
      if (teaser != null) {
        lead.add(teaser);
      }
    }
    return lead;
  }

  /** The home page's section blocks in the editors' order; empty: every section of the menu. */
  public List<Long> homeSections() {
    return store.homeSections();
  }

  /** The banner readers see now, if any. */
  public Optional<Banner> banner() {
    Instant now = clock.instant();
    return store.banner().filter(b -> b.shownAt(now));
  }

  /** The banner as set, shown or expired (the newsroom's screen). */
  public Optional<Banner> bannerAsSet() {
    return store.banner();
  }

  public List<Slot> slots() {
    return store.slots();
  }

  /** Which of these articles are published, by id. */
  public Map<Long, Teaser> published(List<Long> ids) {
    return store.publishedTeasers(ids);
  }

  /** Published articles whose title contains the words typed (newest first): picking a story. */
  public List<Teaser> searchTitles(String words, int limit) {
    String typed = words == null ? "" : words.strip();
    return typed.isEmpty() ? List.of() : store.publishedTitled(typed, limit);
  }

  /** Every section with its place in the menu and on the home page. */
  public List<MenuSection> sections() {
    return store.sections();
  }
}
