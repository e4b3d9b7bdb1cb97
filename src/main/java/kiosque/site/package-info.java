/**
 * The reader site: home, article, section, topic, author and date-archive pages. Routes handle
 * HTTP only; {@link kiosque.site.SiteService} builds a page record for each template.
 */
package kiosque.site;
