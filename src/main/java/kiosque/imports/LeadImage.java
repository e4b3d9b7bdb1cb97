package kiosque.imports;

/**
 * The featured image of an imported article: its external id, the image's address on the old site
 * and its alternative text there (empty when it had none), which the media library will need.
 */
public record LeadImage(String articleId, String url, String altText) {}
