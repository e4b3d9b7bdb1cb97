package kiosque.newsroom.taxonomy;

/** A section, topic or author as the management pages list it, with how many articles it has. */
public record TaxonomyRow(long id, String name, String slug, String description, String fullName, Long photoMediaId,
    long articles) {}
