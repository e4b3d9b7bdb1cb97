package kiosque.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import kiosque.web.Urls;

/**
 * The address of a search page for a {@link SearchQuery}: {@link Urls#search} for the text, then
 * the filters, the order and the page, each only when it differs from the default, so that one
 * search has one address. Reads them back with the same names in {@link SearchRoutes}.
 */
final class SearchAddress {

  static final String SECTION = "rubrique";
  static final String TOPIC = "sujet";
  static final String AUTHOR = "auteur";
  static final String FROM = "du";
  static final String TO = "au";
  static final String ORDER = "tri";
  static final String BY_DATE = "date";
  static final String PAGE = "page";

  private final Urls urls;

  SearchAddress(Urls urls) {
    this.urls = urls;
  }

  String of(SearchQuery query) {
    StringBuilder address = new StringBuilder(urls.search(query.text()));
    append(address, SECTION, query.section());
    append(address, TOPIC, query.topic());
    append(address, AUTHOR, query.author());
    append(address, FROM, date(query.from()));
    append(address, TO, date(query.to()));
    append(address, ORDER, query.order() == SearchQuery.Order.DATE ? BY_DATE : null);
    return Urls.page(address.toString(), query.page());
  }

  private static void append(StringBuilder address, String name, String value) {
    if (value != null) {
      address.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
