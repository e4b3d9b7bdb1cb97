package kiosque.site;

import java.time.Instant;
import java.util.List;
import kiosque.feeds.LeadImage;
import kiosque.popular.MostReadBlock;
import kiosque.web.Layout;
import kiosque.web.Link;

/**
 * The page that defines us, in its order: headline, dateline, body, source, follow links,
 * topics, "Aller plus loin", "Ces articles devraient vous intéresser".
 *
 * @param source the credit, with the source's address as href when there is one (else null href)
 * @param updatedIso the last correction's time when it differs from the publication, else null
 * @param share the share links ({@link ShareLinks}), or null where sharing makes no sense (a newsroom preview)
 * @param lastModified when anything the page shows last changed: the article, its related lists or
 *     an article they show (the {@code Last-Modified} header); null when unknown
 * @param mostRead "Les plus lus" of the article's section or the site, with the beacon counting this view
 * @param extras the kicker above the headline, the reading time in the dateline, the correction note
 */
public record ArticlePage(
    Layout layout,
    String headline,
    String summary,
    Dateline dateline,
    String updatedIso,
    String updatedLabel,
    String bodyHtml,
    Link source,
    FollowLinks follow,
    List<Link> topics,
    List<TeaserView> goFurther,
    List<TeaserView> recommended,
    ShareLinks.Shown share,
    Instant lastModified,
    Figure figure,
    MostReadBlock mostRead,
    Extras extras) {

  /**
   * What the newsroom's fields of issue 13 add to the page.
   *
   * @param kicker the surtitre above the headline, or null
   * @param readingTime "3 min de lecture", or null for an empty body
   * @param correction the correction note at the end of the article, or null
   */
  public record Extras(String kicker, String readingTime, Correction correction) {
    public static final Extras NONE = new Extras(null, null, null);
  }

  /** "Correction, 14 janvier 2021 à 15h20 :" then its text; iso for {@code <time datetime>}. */
  public record Correction(String label, String iso, String text) {}

  /**
   * The lead image above the body: the middle rendition as {@code src}, every rendition in
   * {@code srcset} so the browser picks by screen, its size to reserve the space, alt text and credit.
   */
  public record Figure(String src, String srcset, int width, int height, String alt, String credit) {

    static Figure of(LeadImage image) {
      List<LeadImage.Source> sources = image.sources().isEmpty()
          ? List.of(new LeadImage.Source(image.url(), image.width())) : image.sources();
      String srcset = sources.stream().map(s -> s.url() + " " + s.width() + "w")
          .distinct().collect(java.util.stream.Collectors.joining(", "));
      return new Figure(sources.get(sources.size() / 2).url(), srcset, image.width(), image.height(), image.alt(),
          image.credit());
    }
  }

  public ArticlePage {
    topics = List.copyOf(topics);
    goFurther = List.copyOf(goFurther);
    recommended = List.copyOf(recommended);
    mostRead = mostRead == null ? MostReadBlock.EMPTY : mostRead;
    extras = extras == null ? Extras.NONE : extras;
  }

  /** A page without kicker, reading time or correction. */
  public ArticlePage(Layout layout, String headline, String summary, Dateline dateline, String updatedIso,
      String updatedLabel, String bodyHtml, Link source, FollowLinks follow, List<Link> topics,
      List<TeaserView> goFurther, List<TeaserView> recommended, ShareLinks.Shown share, Instant lastModified,
      Figure figure, MostReadBlock mostRead) {
    this(layout, headline, summary, dateline, updatedIso, updatedLabel, bodyHtml, source, follow, topics, goFurther,
        recommended, share, lastModified, figure, mostRead, null);
  }

  /** A page without "Les plus lus" (nor its beacon). */
  public ArticlePage(Layout layout, String headline, String summary, Dateline dateline, String updatedIso,
      String updatedLabel, String bodyHtml, Link source, FollowLinks follow, List<Link> topics,
      List<TeaserView> goFurther, List<TeaserView> recommended, ShareLinks.Shown share, Instant lastModified,
      Figure figure) {
    this(layout, headline, summary, dateline, updatedIso, updatedLabel, bodyHtml, source, follow, topics, goFurther,
        recommended, share, lastModified, figure, null);
  }

  /** A page without share link. */
  public ArticlePage(Layout layout, String headline, String summary, Dateline dateline, String updatedIso,
      String updatedLabel, String bodyHtml, Link source, FollowLinks follow, List<Link> topics,
      List<TeaserView> goFurther, List<TeaserView> recommended) {
    this(layout, headline, summary, dateline, updatedIso, updatedLabel, bodyHtml, source, follow, topics, goFurther,
        recommended, null, null, null, null);
  }
}
