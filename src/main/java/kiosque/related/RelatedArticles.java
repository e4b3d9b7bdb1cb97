package kiosque.related;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kiosque.content.Article;
import kiosque.content.ReadWithArticle;
import kiosque.content.Teaser;

/**
 * The two lists under an article. Implementations never return the article itself or an
 * unpublished article.
 */
public interface RelatedArticles {

  /** "Aller plus loin": the articles closest to this one. */
  List<Teaser> goFurther(Article article, int limit);

  /** "Ces articles devraient vous intéresser": broader and fresher, none of {@code exclude}. */
  List<Teaser> recommendations(Article article, Set<Long> exclude, int limit);

  /**
   * Both lists as an article page shows them (recommendations never repeat an "Aller plus loin"
   * item), and when they last changed as far as the implementation knows (null when it does
   * not: lists computed on the fly). Stored lists answer in one read.
   */
  default Shown shown(Article article, int furtherLimit, int recommendedLimit) {
    List<Teaser> further = goFurther(article, furtherLimit);
    Set<Long> exclude = new HashSet<>();
    further.forEach(t -> exclude.add(t.id()));
    return new Shown(further, recommendations(article, exclude, recommendedLimit), null);
  }

  /**
   * The read of the lists this implementation stores, joined to the article page's own statement
   * ({@code ArticleStore.findWithLead(long, ReadWithArticle)});
   * null when it stores none, and the page asks {@link #shown} instead.
   */
  default ReadWithArticle<ListsRead> shownWithArticle() {
    return null;
  }

  /** Lists read with their article ({@link #shownWithArticle}): what {@link #shown} answers for it. */
  interface ListsRead {
    Shown shown(Article article, int furtherLimit, int recommendedLimit);
  }

  /**
   * @param lastModified when the lists or what they show last changed, for the page's
   *     {@code Last-Modified}; null when unknown
   */
  record Shown(List<Teaser> goFurther, List<Teaser> recommended, Instant lastModified) {

    public Shown {
      goFurther = List.copyOf(goFurther);
      recommended = List.copyOf(recommended);
    }
  }
}
