package kiosque.popular;

import java.util.List;

/**
 * What a page prints of "Les plus lus": the last 24 hours and the last 7 days, and on an article
 * page the beacon that counts its view.
 *
 * @param section the section's name when the lists are the section's, null for the whole site
 * @param beaconPath where the article page reports its view ({@code /v/ID}), null on other pages
 */
public record MostReadBlock(String section, List<Item> day, List<Item> week, String beaconPath) {

  public static final MostReadBlock EMPTY = new MostReadBlock(null, List.of(), List.of(), null);

  /** One ranked article: its title and address. */
  public record Item(String title, String href) {}

  public MostReadBlock {
    day = List.copyOf(day);
    week = List.copyOf(week);
  }

  /** Whether there is anything to show (a new site has no views yet: no empty block). */
  public boolean shown() {
    return !day.isEmpty() || !week.isEmpty();
  }
}
