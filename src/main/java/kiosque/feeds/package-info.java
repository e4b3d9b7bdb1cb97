/**
 * Distribution: RSS 2.0 and Atom 1.0 feeds of the site, sections, topics and authors; sitemaps,
 * the Google News sitemap and robots.txt; the metadata of reader pages (feed alternates,
 * OpenGraph and Twitter cards, JSON-LD {@code NewsArticle} and {@code BreadcrumbList}). Everything
 * XML is written with {@code XMLStreamWriter} and everything JSON with Jackson: escaping is the
 * library's job.
 */
package kiosque.feeds;
