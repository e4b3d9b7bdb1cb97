package kiosque.site;

import java.util.List;
import kiosque.web.Link;

/**
 * {@code 14 janvier 2021 - 15h20 - Maroc - Ecrit par : I.L}, in parts so each can be marked up.
 *
 * @param dayHref the archive of the day of publication, which the date links to
 */
public record Dateline(String day, String time, String iso, String dayHref, Link section, List<Link> authors) {

  public Dateline {
    authors = List.copyOf(authors);
  }
}
