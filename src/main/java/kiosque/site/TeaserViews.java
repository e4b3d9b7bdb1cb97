package kiosque.site;

import java.time.Clock;
import java.time.LocalDate;
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
    return items.stream().map(t -> new TeaserView(t.title(), t.summary(), urls.article(t), dates.iso(t.publishedAt()),
        dates.local(t.publishedAt()).toLocalDate().equals(today) ? dates.time(t.publishedAt())
            : dates.day(t.publishedAt()),
        t.sectionName(), t.image() == null ? null : TeaserPicture.of(t.image()), t.kicker())).toList();
  }
}
