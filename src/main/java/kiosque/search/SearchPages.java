package kiosque.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import kiosque.content.ArticleStore;
import kiosque.content.FrenchDates;
import kiosque.content.Page;
import kiosque.content.Teaser;
import kiosque.content.TeaserImage;
import kiosque.web.Layout;
import kiosque.web.LayoutFactory;
import kiosque.web.Link;
import kiosque.web.Messages;
import kiosque.web.Pagination;
import kiosque.web.TeaserPicture;
import kiosque.web.Urls;

/** Turns what {@link SearchService} found into the search page, its JSON twin and the suggestions. */
public final class SearchPages {

  /** How much of the query the page title repeats. */
  private static final int TITLE_TEXT = 80;

  private final SearchService search;
  private final LayoutFactory layouts;
  private final Urls urls;
  private final FrenchDates dates;
  private final SearchAddress addresses;
  // Lead images are not in the index: one lookup by key per page of results, always current.
  private final ArticleStore articles;

  public SearchPages(SearchService search, ArticleStore articles, LayoutFactory layouts, Urls urls, FrenchDates dates) {
    this.search = search;
    this.articles = articles;
    this.layouts = layouts;
    this.urls = urls;
    this.dates = dates;
    this.addresses = new SearchAddress(urls);
  }

  SearchPage page(SearchQuery query) {
    SearchResults found = search.search(query);
    Messages msg = layouts.messages();
    String text = query.text().strip();
    String shown = text.codePointCount(0, text.length()) > TITLE_TEXT
        ? text.substring(0, text.offsetByCodePoints(0, TITLE_TEXT)).strip() + "…" : text;
    String title = text.isEmpty() ? msg.get("search.title") : msg.format("search.titleWithQuery", shown);
    Layout layout = layouts.unindexed(title, addresses.of(query));
    List<String> notices = new ArrayList<>();
    if (found.rebuilding()) {
      notices.add(msg.get("search.rebuilding"));
    }
    if (found.approximate()) {
      notices.add(msg.get("search.approximate"));
    }
    Link didYouMean = found.didYouMean()
        .map(corrected -> new Link(corrected, addresses.of(query.withText(corrected).withPage(1))))
        .orElse(null);
    return new SearchPage(layout, query.text(), date(query.from()), date(query.to()), hidden(query),
        msg.format("search.count", found.total()), didYouMean, notices, results(found.hits()), orders(query, msg),
        facets(found, query, msg), hasFilters(query) ? new Link(msg.get("search.clearFilters"),
            addresses.of(SearchQuery.of(query.text()).withOrder(query.order()))) : null,
        pagination(query, found.hits()));
  }

  SearchJson json(SearchQuery query) {
    SearchResults found = search.search(query);
    List<SearchJson.Result> results = found.hits().items().stream().map(hit -> new SearchJson.Result(
        hit.teaser().id(), hit.title().text(), hit.title().html(), hit.excerpt().html(), urls.article(hit.teaser()),
        dates.iso(hit.teaser().publishedAt()), hit.teaser().sectionName())).toList();
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    facets.put("sections", found.sections());
    facets.put("topics", found.topics());
    facets.put("authors", found.authors());
    return new SearchJson(query.text(), found.total(), found.hits().number(), found.hits().pageCount(),
        query.order().name().toLowerCase(java.util.Locale.ROOT), found.didYouMean().orElse(null), found.approximate(),
        found.rebuilding(), results, facets);
  }

  SearchJson.Suggestions suggestions(String typed) {
    Suggestions found = search.suggest(typed);
    return new SearchJson.Suggestions(
        found.titles().stream().map(t -> new SearchJson.Suggestion(t.title(), urls.article(t))).toList(),
        found.topics().stream().map(topic -> new SearchJson.Suggestion(topic,
            addresses.of(SearchQuery.of("").withTopic(topic)))).toList());
  }

  private List<SearchPage.Result> results(Page<SearchHit> hits) {
    Map<Long, TeaserImage> images = new HashMap<>();
    articles.teasers(hits.items().stream().map(hit -> hit.teaser().id()).toList()).stream()
        .filter(t -> t.image() != null).forEach(t -> images.put(t.id(), t.image()));
    return hits.items().stream().map(hit -> {
      Teaser teaser = hit.teaser();
      TeaserImage image = images.get(teaser.id());
      return new SearchPage.Result(hit.title(), hit.excerpt(), urls.article(teaser), dates.iso(teaser.publishedAt()),
          dates.day(teaser.publishedAt()), teaser.sectionName(), image == null ? null : TeaserPicture.of(image));
    }).toList();
  }

  private List<SearchPage.Choice> orders(SearchQuery query, Messages msg) {
    List<SearchPage.Choice> orders = new ArrayList<>();
    for (SearchQuery.Order order : SearchQuery.Order.values()) {
      orders.add(new SearchPage.Choice(msg.get("search.order." + order.name().toLowerCase(java.util.Locale.ROOT)),
          addresses.of(query.withOrder(order).withPage(1)), order == query.order()));
    }
    return orders;
  }

  private List<SearchPage.FacetGroup> facets(SearchResults found, SearchQuery query, Messages msg) {
    List<SearchPage.FacetGroup> groups = new ArrayList<>();
    addGroup(groups, msg.get("search.facet.sections"), found.sections(), query, SearchQuery::withSection);
    addGroup(groups, msg.get("search.facet.topics"), found.topics(), query, SearchQuery::withTopic);
    addGroup(groups, msg.get("search.facet.authors"), found.authors(), query, SearchQuery::withAuthor);
    return groups;
  }

  private void addGroup(List<SearchPage.FacetGroup> groups, String heading, List<FacetCount> counts,
      SearchQuery query, BiFunction<SearchQuery, String, SearchQuery> filter) {
    if (counts.isEmpty()) {
      return;
    }
    List<SearchPage.FacetLink> links = counts.stream().map(count -> new SearchPage.FacetLink(count.label(),
        count.count(), addresses.of(filter.apply(query, count.selected() ? null : count.label()).withPage(1)),
        count.selected())).toList();
    groups.add(new SearchPage.FacetGroup(heading, links));
  }

  private Pagination pagination(SearchQuery query, Page<SearchHit> hits) {
    return new Pagination(hits.number(), hits.pageCount(),
        hits.hasPrevious() ? addresses.of(query.withPage(hits.number() - 1)) : null,
        hits.hasNext() ? addresses.of(query.withPage(hits.number() + 1)) : null);
  }

  /** The filters that are not in the form's own fields, so that submitting it keeps them. */
  private static List<SearchPage.Hidden> hidden(SearchQuery query) {
    List<SearchPage.Hidden> hidden = new ArrayList<>();
    if (query.section() != null) {
      hidden.add(new SearchPage.Hidden(SearchAddress.SECTION, query.section()));
    }
    if (query.topic() != null) {
      hidden.add(new SearchPage.Hidden(SearchAddress.TOPIC, query.topic()));
    }
    if (query.author() != null) {
      hidden.add(new SearchPage.Hidden(SearchAddress.AUTHOR, query.author()));
    }
    if (query.order() == SearchQuery.Order.DATE) {
      hidden.add(new SearchPage.Hidden(SearchAddress.ORDER, SearchAddress.BY_DATE));
    }
    return hidden;
  }

  private static boolean hasFilters(SearchQuery query) {
    return query.section() != null || query.topic() != null || query.author() != null || query.from() != null
        || query.to() != null;
  }

  private static String date(java.time.LocalDate date) {
    return date == null ? "" : date.toString();
  }
}
