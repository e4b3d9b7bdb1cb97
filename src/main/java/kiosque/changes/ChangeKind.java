package kiosque.changes;

import java.util.Locale;

/**
 * What happened to an article. Followers mostly treat every kind as "read the article again",
 * except {@link #RELATED}, which says that only the article's stored related lists changed.
 */
public enum ChangeKind {
  CREATED, UPDATED, PUBLISHED, UNPUBLISHED, DELETED,
  /**
   * The article is unchanged but its stored related lists were rewritten (by whichever node holds
   * the related-lists lease): page caches purge the article's page; the search index and the
   * related lists themselves have nothing to do.
   */
  RELATED,
  /**
   * The editors rearranged the home page (a pick, its expiry, the section blocks): the home page
   * only. Not about an article ({@link ChangeLog#NO_ARTICLE}).
   */
  FRONT_PAGE,
  /**
   * What every reader page's masthead shows changed (the menu, the breaking-news banner): every
   * page. Not about an article ({@link ChangeLog#NO_ARTICLE}).
   */
  FRAME;

  /** Whether the article itself changed (false for {@link #RELATED}): what the index and related lists follow. */
  public boolean changesArticle() {
    return this != RELATED && aboutArticle();
  }

  /** Whether the row names an article (false for the front page's and the masthead's changes). */
  public boolean aboutArticle() {
    return this != FRONT_PAGE && this != FRAME;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ChangeKind fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
