package kiosque.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kiosque.content.ArticleStore;
import kiosque.content.Page;
import kiosque.content.Section;
import kiosque.content.TaxonomyStore;
import kiosque.content.Teaser;
import kiosque.feeds.PageMetadata;
import kiosque.frontpage.FrontPageChoices;
import kiosque.popular.MostRead;
import kiosque.web.CacheKeys;
import kiosque.web.Layout;
import kiosque.web.LayoutFactory;
import kiosque.web.Link;
import kiosque.web.Messages;
import kiosque.web.Urls;

/** The home page: the editors' lead stories, the latest, a block per section, "Les plus lus". */
final class HomePages {

  static final int HOME_LATEST = 12;
  static final int HOME_PER_SECTION = 4;

  private final ArticleStore articles;
  private final TaxonomyStore taxonomy;
  private final LayoutFactory layouts;
  private final Urls urls;
  private final int pageSize;
  private final PageMetadata metadata;
  private final TeaserViews teaserViews;
  private final FrontPageChoices frontPage;
  // Rankings held in memory; null on a site built without "Les plus lus".
  private final MostRead mostRead;

  HomePages(ArticleStore articles, TaxonomyStore taxonomy, LayoutFactory layouts, Urls urls, int pageSize,
      PageMetadata metadata, TeaserViews teaserViews, FrontPageChoices frontPage, MostRead mostRead) {
    this.articles = articles;
    this.taxonomy = taxonomy;
    this.layouts = layouts;
    this.urls = urls;
    this.pageSize = pageSize;
    this.metadata = metadata;
    this.teaserViews = teaserViews;
    this.frontPage = frontPage;
    this.mostRead = mostRead;
  }

  HomePage home(int page) {
    Page<Teaser> latest = articles.latest(page, page == 1 ? HOME_LATEST : pageSize);
    ListingPages.requireExists(latest);
    List<HomePage.SectionBlock> blocks = new ArrayList<>();
    Set<Long> shown = new HashSet<>();
    // The editors' main story and featured slots first (the latest where they chose nothing), then the rest.
    List<Teaser> lead = page == 1 ? frontPage.lead(latest.items()) : List.of();
    lead.forEach(t -> shown.add(t.id()));
    List<Teaser> rest = latest.items().stream().filter(t -> !shown.contains(t.id())).toList();
    rest.forEach(t -> shown.add(t.id()));
    if (page == 1) {
      for (Section section : homeSections()) {
        List<Teaser> items = articles.newestInSection(section.id(), HOME_PER_SECTION);
        items.forEach(t -> shown.add(t.id()));
        if (!items.isEmpty()) {
          blocks.add(new HomePage.SectionBlock(new Link(section.name(), urls.section(section.slug())),
              teaserViews.of(items)));
        }
      }
    }
    Messages msg = layouts.messages();
    String title = page == 1 ? layouts.siteName() : msg.format("listing.pageTitle", layouts.siteName(), page);
    // The first page is also what the editors arrange: it answers to their key (HOME) too.
    CacheKeys keys = page == 1 ? new CacheKeys(Set.of(CacheKeys.LATEST, CacheKeys.HOME), shown, Set.of())
        : CacheKeys.listing(CacheKeys.LATEST, shown);
    Layout layout = metadata.home(layouts.page(title, msg.get("home.description"), Urls.page(urls.home(), page)))
        .withCacheKeys(keys);
    List<TeaserView> leadViews = teaserViews.of(lead);
    return new HomePage(layout, leadViews.isEmpty() ? null : leadViews.getFirst(),
        leadViews.isEmpty() ? List.of() : leadViews.subList(1, leadViews.size()), teaserViews.of(rest), blocks,
        ListingPages.pagination(urls.home(), latest), mostRead == null || page != 1 ? null : mostRead.home());
  }

  /** The home's section blocks: the editors' choice in their order, else the menu's sections. */
  private List<Section> homeSections() {
    List<Long> chosen = frontPage.homeSections();
    if (chosen.isEmpty()) {
      return taxonomy.menuSections();
    }
    Map<Long, Section> byId = new HashMap<>();
    taxonomy.sections().forEach(s -> byId.put(s.id(), s));
    return chosen.stream().map(byId::get).filter(Objects::nonNull).toList();
  }
}
