package kiosque.newsroom.media;

import java.util.List;

/** A deletion refused because articles show the image: which ones, so the person can go and change them. */
public final class MediaInUseException extends RuntimeException {

  private final transient List<MediaUse> uses;

  MediaInUseException(List<MediaUse> uses) {
    super("the image is used by " + uses.size() + " article(s)", null, false, false);
    this.uses = List.copyOf(uses);
  }

  public List<MediaUse> uses() {
    return uses;
  }
}
