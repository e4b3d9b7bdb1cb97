/**
 * Bringing articles in from files: the JSON Lines importer (plain or gzip, one article per line,
 * each saved through {@link kiosque.content.ArticleService} in its own transaction), its report and
 * progress callback, and the demo content loaded into an empty site. WordPress WXR, RSS/Atom and
 * export will live here too.
 */
package kiosque.imports;
