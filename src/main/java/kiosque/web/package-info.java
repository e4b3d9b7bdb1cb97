/**
 * The HTTP layer shared by every feature: Javalin assembly, views (JTE), the one {@link
 * kiosque.web.Urls} class, error pages, security headers, the page layout and message bundles.
 */
package kiosque.web;
