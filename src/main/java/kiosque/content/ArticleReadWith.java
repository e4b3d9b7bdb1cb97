package kiosque.content;

/**
 * An article with its lead image and what a {@link ReadWithArticle} read beside it, for its page.
 *
 * @param with what the other read gave; null when none was asked
 */
public record ArticleReadWith<T>(ArticleWithLead article, T with) {}
