/**
 * The editors' front page and the frame every reader page shares: the home page's main story and
 * featured slots ("À la une") with their expiry, the order of the home's section blocks, the
 * breaking-news banner ("Alerte info") and which sections the masthead menu shows. What readers'
 * pages read ({@link kiosque.frontpage.FrontPageChoices}) and what editors write
 * ({@link kiosque.frontpage.FrontPageService}, each change in the change log so every node's page
 * cache and the CDN purge) live here; the newsroom's screen is in {@code kiosque.newsroom.frontpage}.
 */
package kiosque.frontpage;
