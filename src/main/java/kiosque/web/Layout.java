package kiosque.web;

import java.util.List;

/**
 * What every reader page's frame needs: the head (title, description, canonical address, feeds,
 * social and structured metadata), the navigation and the footer, and the cache keys of what the
 * page shows. Built by {@link LayoutFactory}; pages carry it as their first component.
 *
 * @param alert the breaking-news banner ("Alerte info": its text, and its link or null), or null
 */
public record Layout(
    String siteName,
    String pageTitle,
    String description,
    String canonicalUrl,
    List<Link> sections,
    String stylesheet,
    Messages msg,
    boolean indexable,
    Footer footer,
    Head head,
    CacheKeys cacheKeys,
    Link alert) {

  public Layout {
    sections = List.copyOf(sections);
  }

  /** The frame without footer links, head extras or cache keys (as before they existed). */
  public Layout(String siteName, String pageTitle, String description, String canonicalUrl, List<Link> sections,
      String stylesheet, Messages msg, boolean indexable) {
    this(siteName, pageTitle, description, canonicalUrl, sections, stylesheet, msg, indexable, Footer.NONE, Head.NONE,
        CacheKeys.NONE, null);
  }

  /** The {@code <title>}: the page's own title, then the site's name. */
  public String title() {
    return pageTitle == null || pageTitle.isBlank() || pageTitle.equals(siteName)
        ? siteName : pageTitle + " - " + siteName;
  }

  public Layout withHead(Head newHead) {
    return new Layout(siteName, pageTitle, description, canonicalUrl, sections, stylesheet, msg, indexable, footer,
        newHead, cacheKeys, alert);
  }

  public Layout withCacheKeys(CacheKeys keys) {
    return new Layout(siteName, pageTitle, description, canonicalUrl, sections, stylesheet, msg, indexable, footer,
        head, keys, alert);
  }
}
