package kiosque.site;

import java.time.Clock;
import java.time.Instant;
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
    long today = dates.now(clock).toLocalDate().toEpochDay();
    return items.stream().map(t -> view(t, today)).toList();
  }

  private TeaserView view(Teaser t, long today) {
    // From the instant, not a ZonedDateTime: FrenchDates writes these without one (an uncached
    // article page has 14 teasers, issue 15).
    Instant published = t.publishedAt();
    return new TeaserView(t.title(), t.summary(), urls.article(t), dates.iso(published),
        dates.epochDay(published) == today ? dates.time(published) : dates.day(published),
        t.sectionName(), t.image() == null ? null : TeaserPicture.of(t.image()), t.kicker());
  }
}
