package kiosque.content;

/**
 * An article's lead image as its media row stores it, read with the article (no query of its own):
 * what a page and its share cards need to name its renditions and crops.
 *
 * @param cropVersion part of the crops' file names (V705)
 */
public record LeadMedia(long id, int width, int height, String altText, String credit, int cropVersion) {}
