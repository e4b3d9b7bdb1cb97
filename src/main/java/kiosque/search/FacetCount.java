package kiosque.search;

/** A facet value (a section, topic or author name), how many results have it, and whether it filters them now. */
public record FacetCount(String label, long count, boolean selected) {}
