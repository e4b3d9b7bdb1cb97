package kiosque.site;

import kiosque.web.TeaserPicture;

/**
 * A teaser as printed: title link, teaser text, date (the hour for today's articles), and the lead
 * image when the article has one.
 *
 * @param image the lead image, or null: the teaser is then laid out as text only
 */
public record TeaserView(String title, String summary, String href, String dateIso, String dateLabel,
    String sectionName, TeaserPicture image, String kicker) {

  /** A teaser without kicker. */
  public TeaserView(String title, String summary, String href, String dateIso, String dateLabel, String sectionName,
      TeaserPicture image) {
    this(title, summary, href, dateIso, dateLabel, sectionName, image, null);
  }

  /** A teaser without image. */
  public TeaserView(String title, String summary, String href, String dateIso, String dateLabel, String sectionName) {
    this(title, summary, href, dateIso, dateLabel, sectionName, null);
  }
}
