package kiosque.newsroom.media;

import java.util.List;

/** One page of the library's search and the number of images that match in all. */
public record MediaResults(List<Media> items, long total) {

  public MediaResults {
    items = List.copyOf(items);
  }
}
