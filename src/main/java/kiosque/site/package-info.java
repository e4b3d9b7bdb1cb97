/**
 * The reader site: home, article, section, topic, author and date-archive pages. Routes handle
 * HTTP only; {@link kiosque.site.SiteService} builds a page record for each template (the article
 * itself; the home page through {@code HomePages}, the listings and date archives through
 * {@code ListingPages}), teasers through {@code TeaserViews}.
 */
package kiosque.site;
