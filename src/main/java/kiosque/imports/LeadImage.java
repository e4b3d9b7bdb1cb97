package kiosque.imports;

/** The featured image of an imported article: its external id and the image's address on the old site. */
public record LeadImage(String articleId, String url) {}
