package kiosque.content;

/** A section of the paper (Maroc, Économie, Sport ...); every article has one primary section. */
public record Section(long id, String name, String slug, String description) {}
