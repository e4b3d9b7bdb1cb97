/**
 * "Les plus lus": a never-cached beacon ({@code /v/ID}) counts article page views that the page
 * cache or a CDN served, without cookies; counts add up in memory ({@code ViewCounts}), reach the
 * database in hour buckets every few seconds ({@code ViewStore}, an upsert that adds, so nodes
 * sum), and rankings of the last 24 hours and 7 days are read once a minute into memory
 * ({@link kiosque.popular.MostRead}), from which the home and article pages print their block.
 */
package kiosque.popular;
