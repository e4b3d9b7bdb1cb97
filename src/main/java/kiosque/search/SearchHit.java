package kiosque.search;

import kiosque.content.Teaser;

/**
 * One result: the teaser to link to, its headline with matches marked, and an excerpt (the best
 * passage of the body, or the standfirst when the body has no match).
 */
public record SearchHit(Teaser teaser, Snippet title, Snippet excerpt) {}
