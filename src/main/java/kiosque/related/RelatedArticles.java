package kiosque.related;

import java.util.List;
import java.util.Set;
import kiosque.content.Article;
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
}
