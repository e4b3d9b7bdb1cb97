package kiosque.web;

import java.util.List;

/**
 * What every reader page's frame needs: the head (title, description, canonical address) and the
 * navigation. Built by {@link LayoutFactory}; pages carry it as their first component.
 */
public record Layout(
    String siteName,
    String pageTitle,
    String description,
    String canonicalUrl,
    List<Link> sections,
    String stylesheet,
    Messages msg,
    boolean indexable) {

  public Layout {
    sections = List.copyOf(sections);
  }

  /** The {@code <title>}: the page's own title, then the site's name. */
  public String title() {
    return pageTitle == null || pageTitle.isBlank() || pageTitle.equals(siteName)
        ? siteName : pageTitle + " - " + siteName;
  }
}
