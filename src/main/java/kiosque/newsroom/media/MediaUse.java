package kiosque.newsroom.media;

/** An article that shows an image: as its lead image ({@code lead}) or inside its body. */
public record MediaUse(long articleId, String title, String status, boolean lead) {}
