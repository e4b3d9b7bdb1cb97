/**
 * "Aller plus loin" and "Ces articles devraient vous intéresser": the {@link
 * kiosque.related.RelatedArticles} interface and, for now, its SQL baseline.
 */
package kiosque.related;
