package kiosque.related;

/**
 * An editor's choice about one item of an article's "Aller plus loin".
 *
 * @param action {@code pin} (shown first, in position order) or {@code exclude} (never shown in either list)
 */
public record EditorChoice(long relatedId, String action, int position) {}
