package kiosque.site;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kiosque.content.FrenchDates;
import kiosque.content.Teaser;
import kiosque.content.TeaserImage;
import kiosque.web.Urls;

/**
 * Turns teasers into what listings print: the hour for an article of today in the site's time
 * zone ({@code 15h20}), the date for older ones, and the lead image's renditions.
 */
final class TeaserViews {

  /**
   * The widths the media library renders every upload at (newsroom.media.MediaService.WIDTHS),
   * never wider than the original; their addresses are {@code /media/{id}/w{width}.jpg}.
   */
  static final List<Integer> RENDITIONS = List.of(320, 640, 1200);

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
        t.sectionName(), t.image() == null ? null : image(t.image()), t.kicker())).toList();
  }

  static TeaserView.Image image(TeaserImage image) {
    List<Integer> widths = RENDITIONS.stream().map(w -> Math.min(w, image.width())).distinct().toList();
    String srcset = IntStream.range(0, widths.size())
        .mapToObj(i -> href(image.mediaId(), RENDITIONS.get(i)) + " " + widths.get(i) + "w")
        .collect(Collectors.joining(", "));
    int width = widths.getFirst();
    int height = (int) Math.round((double) image.height() * width / image.width());
    return new TeaserView.Image(href(image.mediaId(), RENDITIONS.getFirst()), srcset, width, height, image.alt());
  }

  private static String href(long mediaId, int width) {
    return "/media/" + mediaId + "/w" + width + ".jpg";
  }
}
