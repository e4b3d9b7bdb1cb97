package kiosque;

import kiosque.content.ArticleStore;
import kiosque.related.RelatedProbe;
import kiosque.related.RelatedService;
import org.jdbi.v3.core.Jdbi;

/**
 * What the related-lists evaluation and benchmark ({@code kiosque.evaluation}) work with, built by
 * {@link Wiring#evaluation()}: the engine, the probe into its stores, and the database for the
 * measurements' own read-only queries.
 */
public record EvaluationContext(Jdbi jdbi, ArticleStore articles, RelatedService related, RelatedProbe probe) {}
