/**
 * Purging a CDN by {@code Surrogate-Key} when content changes: {@link kiosque.cdn.CdnPurger} runs on
 * the one node holding the {@code cdn-purge} lease, turns the change log into keys (the rule of
 * {@link kiosque.cache.PurgeKeys}, shared with the page cache) and sends them to Varnish (xkey) and
 * Fastly, with its progress in the database ({@link kiosque.cdn.PurgeStore}).
 */
package kiosque.cdn;
