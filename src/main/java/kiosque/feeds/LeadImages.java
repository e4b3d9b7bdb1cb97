package kiosque.feeds;

import java.util.Optional;
import kiosque.content.Article;

/** Where lead images come from; until the newsroom stores media, {@link #NONE}: feeds and pages omit them. */
@FunctionalInterface
public interface LeadImages {

  LeadImages NONE = article -> Optional.empty();

  Optional<LeadImage> of(Article article);

  /** Any image of the library by id, as a card shows it (an article's social image, issue 13). */
  default Optional<LeadImage> byId(long mediaId) {
    return Optional.empty();
  }
}
