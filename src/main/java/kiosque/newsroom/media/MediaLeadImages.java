package kiosque.newsroom.media;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kiosque.content.Article;
import kiosque.content.LeadMedia;
import kiosque.feeds.LeadImage;
import kiosque.feeds.LeadImages;
import kiosque.web.Urls;

/**
 * Lead images for feeds and page metadata, from the media library: the 1200 px rendition (smaller
 * originals are never enlarged), its alt text, and the 1x1, 4x3 and 16x9 crops around the image's
 * focal point for structured data.
 */
public final class MediaLeadImages implements LeadImages {

  private static final int CARD_WIDTH = 1200;

  private final MediaStore store;
  private final Urls urls;

  public MediaLeadImages(MediaStore store, Urls urls) {
    this.store = store;
    this.urls = urls;
  }

  @Override
  public Optional<LeadImage> of(Article article) {
    return store.leadOf(article.id()).map(this::card);
  }

  @Override
  public Optional<LeadImage> of(LeadMedia media) {
    return Optional.of(card(media));
  }

  @Override
  public Optional<LeadImage> byId(long mediaId) {
    return store.byId(mediaId).map(this::card);
  }

  private LeadImage card(Media media) {
    return card(new LeadMedia(media.id(), media.width(), media.height(), media.altText(), media.credit(),
        media.cropVersion()));
  }

  private LeadImage card(LeadMedia media) {
    int width = Math.min(CARD_WIDTH, media.width());
    int height = (int) Math.round((double) media.height() * width / media.width());
    // Renditions are never wider than the original: a 700 px upload has 320, 640 and 700.
    List<LeadImage.Source> sources = MediaService.WIDTHS.stream()
        .map(w -> new LeadImage.Source(Media.href(media.id(), w), Math.min(w, media.width())))
        .toList();
    List<String> crops = Arrays.stream(Crop.values())
        .map(c -> urls.absolute(Media.cropHref(media.id(), c, media.cropVersion()))).toList();
    return new LeadImage(urls.absolute(Media.href(media.id(), CARD_WIDTH)), width, height, "image/jpeg",
        media.altText(), crops, media.credit(), sources);
  }
}
