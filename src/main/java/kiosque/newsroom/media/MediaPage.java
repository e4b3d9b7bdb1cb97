package kiosque.newsroom.media;

import java.util.List;
import kiosque.newsroom.shell.NewsroomLayout;

/** The media library: the upload form (with why the last upload was refused) and the latest images. */
public record MediaPage(NewsroomLayout layout, List<Media> items, String error, long maxMegabytes) {

  public MediaPage {
    items = List.copyOf(items);
  }
}
