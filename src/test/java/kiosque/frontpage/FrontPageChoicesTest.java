package kiosque.frontpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import kiosque.content.Teaser;
import org.junit.jupiter.api.Test;

/** The rule of the home page's lead stories: picks where they stand and hold, the latest elsewhere. */
class FrontPageChoicesTest {

  static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

  static Teaser teaser(long id) {
    return new Teaser(id, "article-" + id, "Article " + id, "", NOW.minusSeconds(id), null);
  }

  /** The latest articles, newest first: 1, 2, 3 ... */
  static final List<Teaser> LATEST = LongStream.rangeClosed(1, 8).mapToObj(FrontPageChoicesTest::teaser).toList();

  static List<Long> ids(List<Teaser> lead) {
    return lead.stream().map(Teaser::id).toList();
  }

  @Test
  void withoutPicksTheLatestFillEverySlot() {
    assertThat(ids(FrontPageChoices.arrange(List.of(), Map.of(), LATEST, NOW))).containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void aPickTakesItsPlaceAndTheLatestFillTheRestWithoutShowingItTwice() {
    List<Slot> slots = List.of(new Slot(0, 99, null), new Slot(2, 3, NOW.plusSeconds(3600)));

    List<Teaser> lead = FrontPageChoices.arrange(slots, Map.of(99L, teaser(99), 3L, teaser(3)), LATEST, NOW);

    assertThat(ids(lead)).containsExactly(99L, 1L, 3L, 2L, 4L);
  }

  @Test
  void anExpiredPickFallsBackToTheLatest() {
    List<Slot> slots = List.of(new Slot(0, 99, NOW), new Slot(1, 98, NOW.minusSeconds(1)));

    List<Teaser> lead = FrontPageChoices.arrange(slots, Map.of(99L, teaser(99), 98L, teaser(98)), LATEST, NOW);

    assertThat(ids(lead)).containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void aPickThatIsNoLongerPublishedFallsBackToTheLatest() {
    // The store gives only published articles: 77 was unpublished or deleted.
    List<Slot> slots = List.of(new Slot(0, 77, null), new Slot(4, 99, null));

    List<Teaser> lead = FrontPageChoices.arrange(slots, Map.of(99L, teaser(99)), LATEST, NOW);

    assertThat(ids(lead)).containsExactly(1L, 2L, 3L, 4L, 99L);
  }

  @Test
  void theSameArticlePickedTwiceShowsOnceAndASmallSiteShowsWhatItHas() {
    List<Slot> slots = List.of(new Slot(0, 1, null), new Slot(1, 1, null));

    List<Teaser> lead = FrontPageChoices.arrange(slots, Map.of(1L, teaser(1)), LATEST.subList(0, 2), NOW);

    assertThat(ids(lead)).containsExactly(1L, 2L);
  }

  @Test
  void aBannerShowsUntilItsTime() {
    assertThat(new Banner("Séisme", null, NOW.plusSeconds(1)).shownAt(NOW)).isTrue();
    assertThat(new Banner("Séisme", null, NOW).shownAt(NOW)).isFalse();
    assertThat(new Banner("Séisme", null, null).shownAt(NOW)).isTrue();
  }
}
