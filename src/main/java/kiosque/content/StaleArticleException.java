package kiosque.content;

/**
 * Someone saved the article since this form was opened: the save is refused rather than silently
 * overwriting their work. The caller keeps what was typed and says so.
 */
public final class StaleArticleException extends RuntimeException {

  private final long articleId;

  public StaleArticleException(long articleId) {
    super("article " + articleId + " was changed by someone else since it was opened", null, false, false);
    this.articleId = articleId;
  }

  public long articleId() {
    return articleId;
  }
}
