/**
 * The newsroom's front-page screen under {@code /redaction/une}: editors and administrators pick the
 * main story and the featured slots (by number, address or a title search), order the home page's
 * section blocks, choose the masthead menu and set or clear the breaking-news banner. The rules and
 * the writes are {@link kiosque.frontpage.FrontPageService}'s; this package is HTTP and the page.
 */
package kiosque.newsroom.frontpage;
