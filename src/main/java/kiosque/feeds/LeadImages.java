package kiosque.feeds;

import java.util.Optional;
import kiosque.content.Article;
import kiosque.content.LeadMedia;

/** Where lead images come from; until the newsroom stores media, {@link #NONE}: feeds and pages omit them. */
@FunctionalInterface
public interface LeadImages {

  LeadImages NONE = article -> Optional.empty();

  Optional<LeadImage> of(Article article);

  /** The card of a lead image read with its article ({@code ArticleStore.findWithLead}): no query of its own. */
  default Optional<LeadImage> of(LeadMedia media) {
    return Optional.empty();
  }

  /** Any image of the library by id, as a card shows it (an article's social image, issue 13). */
  default Optional<LeadImage> byId(long mediaId) {
    return Optional.empty();
  }
}
