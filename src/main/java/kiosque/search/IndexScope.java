package kiosque.search;

import java.io.IOException;
import kiosque.content.Article;
import kiosque.content.ArticleStore;
import org.apache.lucene.document.Document;

/**
 * Which articles an index holds and how each becomes a document: the readers' index holds published
 * articles only (so nothing else can ever be found by a reader); the newsroom's holds the whole
 * archive, drafts included, with the fields its list filters on.
 */
enum IndexScope {
  PUBLISHED {
    @Override
    boolean keeps(Article article) {
      return article.isPublished();
    }

    @Override
    Document document(Article article) throws IOException {
      return ArticleDocument.of(article);
    }

    @Override
    ArticleStore.PublishedPage pageAfter(ArticleStore articles, long afterId, int limit) {
      return articles.publishedPageAfter(afterId, limit);
    }

    @Override
    long count(ArticleStore articles) {
      return articles.countPublished();
    }

    @Override
    boolean mergedAfterRebuild() {
      return true;
    }
  },
  WHOLE_ARCHIVE {
    @Override
    boolean keeps(Article article) {
      return true;
    }

    @Override
    Document document(Article article) throws IOException {
      return ArticleDocument.forArchive(article);
    }

    @Override
    ArticleStore.PublishedPage pageAfter(ArticleStore articles, long afterId, int limit) {
      return articles.anyPageAfter(afterId, limit);
    }

    @Override
    long count(ArticleStore articles) {
      return articles.countAll();
    }

    @Override
    boolean mergedAfterRebuild() {
      return false;
    }
  };

  abstract boolean keeps(Article article);

  abstract Document document(Article article) throws IOException;

  abstract ArticleStore.PublishedPage pageAfter(ArticleStore articles, long afterId, int limit);

  abstract long count(ArticleStore articles);

  /**
   * Whether a full rebuild ends merged into one segment: the readers' searches read every term in
   * every segment, and one segment made them faster (docs/benchmarks.md, session 8). The newsroom's
   * archive is left as it was: not measured, and its rebuild stays as short.
   */
  abstract boolean mergedAfterRebuild();
}
