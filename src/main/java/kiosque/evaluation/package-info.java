/**
 * Measuring the related lists, outside the production packages: {@code kiosque eval-related}
 * (quality on a labelled corpus, {@link kiosque.evaluation.RelatedEvaluation}) and {@code kiosque
 * bench-related} (latency, {@link kiosque.evaluation.RelatedLatency}), both hidden from the main
 * help. It reaches into {@code kiosque.related} through one door, {@link kiosque.related.RelatedProbe}.
 */
package kiosque.evaluation;
