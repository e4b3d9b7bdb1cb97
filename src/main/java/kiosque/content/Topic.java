package kiosque.content;

/** A topic an article is tagged with; each has its own page. */
public record Topic(long id, String name, String slug, String description) {}
