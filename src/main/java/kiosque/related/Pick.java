package kiosque.related;

/** One item of a computed list: the article, why it was chosen, and whether an editor pinned it. */
record Pick(long articleId, String reason, boolean pinned) {}
