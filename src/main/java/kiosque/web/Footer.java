package kiosque.web;

import java.util.List;

/**
 * The footer of every reader page, beside the sections the masthead lists: the archives by year,
 * the publication (publisher page, feeds) and its social accounts (absent when none is configured).
 */
public record Footer(List<Link> years, List<Link> about, List<Link> social) {

  public static final Footer NONE = new Footer(List.of(), List.of(), List.of());

  public Footer {
    years = List.copyOf(years);
    about = List.copyOf(about);
    social = List.copyOf(social);
  }
}
