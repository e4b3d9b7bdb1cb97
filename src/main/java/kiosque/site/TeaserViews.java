package kiosque.site;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import kiosque.content.FrenchDates;
import kiosque.content.Teaser;
import kiosque.web.TeaserPicture;
import kiosque.web.Urls;

/**
 * Turns teasers into what listings print: the hour for an article of today in the site's time
 * zone ({@code 15h20}), the date for older ones, and the lead image's renditions.
 */
final class TeaserViews {

  private final Urls urls;
  private final FrenchDates dates;
  private final Clock clock;

  TeaserViews(Urls urls, FrenchDates dates, Clock clock) {
    this.urls = urls;
    this.dates = dates;
    this.clock = clock;
  }

  List<TeaserView> of(List<Teaser> items) {
    LocalDate today = dates.now(clock).toLocalDate();
    return items.stream().map(t -> view(t, today)).toList();
  }

  private TeaserView view(Teaser t, LocalDate today) {
    // One time in the site's zone for the three things printed from it (an uncached article page has 14 teasers).
    ZonedDateTime local = dates.local(t.publishedAt());
    return new TeaserView(t.title(), t.summary(), urls.article(t), dates.iso(local),
        local.toLocalDate().equals(today) ? dates.time(local) : dates.day(local),
        t.sectionName(), t.image() == null ? null : TeaserPicture.of(t.image()), t.kicker());
  }
}
