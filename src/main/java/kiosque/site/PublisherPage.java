package kiosque.site;

import kiosque.web.Layout;

/**
 * Who publishes the site and by which rules: contact, editorial standards, corrections. Linked
 * from every page's footer and from the structured data ({@code publishingPrinciples},
 * {@code correctionsPolicy}).
 *
 * @param contactEmail the newsroom's address, or null when not configured
 */
public record PublisherPage(Layout layout, String siteName, String contactEmail) {}
