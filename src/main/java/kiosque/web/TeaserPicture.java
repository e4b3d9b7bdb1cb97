package kiosque.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kiosque.content.TeaserImage;

/**
 * A teaser's lead image as printed, in every listing (the site's and search results): the
 * narrowest rendition as {@code src}, all of them in {@code srcset} so the browser picks by the
 * space the layout gives; the size of {@code src} so the space is reserved before it loads.
 */
public record TeaserPicture(String src, String srcset, int width, int height, String alt) {

  /**
   * The widths the media library renders every upload at (newsroom.media.MediaService.WIDTHS),
   * never wider than the original; their addresses are {@code /media/{id}/w{width}.jpg}.
   */
  public static final List<Integer> RENDITIONS = List.of(320, 640, 1200);

  public static TeaserPicture of(TeaserImage image) {
    List<Integer> widths = RENDITIONS.stream().map(w -> Math.min(w, image.width())).distinct().toList();
    String srcset = IntStream.range(0, widths.size())
        .mapToObj(i -> href(image.mediaId(), RENDITIONS.get(i)) + " " + widths.get(i) + "w")
        .collect(Collectors.joining(", "));
    int width = widths.getFirst();
    int height = (int) Math.round((double) image.height() * width / image.width());
    return new TeaserPicture(href(image.mediaId(), RENDITIONS.getFirst()), srcset, width, height, image.alt());
  }

  private static String href(long mediaId, int width) {
    return "/media/" + mediaId + "/w" + width + ".jpg";
  }
}
