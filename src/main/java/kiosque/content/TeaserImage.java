package kiosque.content;

/**
 * An article's lead image as a teaser shows it: the media id its renditions are named after, the
 * original's size (for the aspect ratio a page reserves) and what it shows.
 */
public record TeaserImage(long mediaId, int width, int height, String alt) {}
