package kiosque.site;

/**
 * A teaser as printed: title link, teaser text, date (the hour for today's articles), and the lead
 * image when the article has one.
 *
 * @param image the lead image, or null: the teaser is then laid out as text only
 */
public record TeaserView(String title, String summary, String href, String dateIso, String dateLabel,
    String sectionName, Image image, String kicker) {

  /** A teaser without kicker. */
  public TeaserView(String title, String summary, String href, String dateIso, String dateLabel, String sectionName,
      Image image) {
    this(title, summary, href, dateIso, dateLabel, sectionName, image, null);
  }

  /** A teaser without image. */
  public TeaserView(String title, String summary, String href, String dateIso, String dateLabel, String sectionName) {
    this(title, summary, href, dateIso, dateLabel, sectionName, null);
  }

  /**
   * The lead image's renditions: the narrowest as {@code src}, all of them in {@code srcset} so the
   * browser picks by the space the layout gives; the size of {@code src} so the space is reserved
   * before it loads.
   */
  public record Image(String src, String srcset, int width, int height, String alt) {}
}
