package kiosque.newsroom.frontpage;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import kiosque.content.FrenchDates;
import kiosque.content.Teaser;
import kiosque.errors.BadRequestException;
import kiosque.frontpage.Banner;
import kiosque.frontpage.FrontPageChoices;
import kiosque.frontpage.FrontPageService;
import kiosque.frontpage.FrontPageService.SectionChoice;
import kiosque.frontpage.MenuSection;
import kiosque.frontpage.Slot;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.accounts.AuditLog;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.ArticleReferences;
import kiosque.newsroom.shell.NewsroomPages;
import kiosque.newsroom.shell.NewsroomUrls;
import kiosque.newsroom.shell.RouteTable;
import kiosque.newsroom.shell.Session;
import kiosque.site.HomePage;
import kiosque.site.SiteService;
import kiosque.site.TeaserView;
import kiosque.web.Messages;
import kiosque.web.Urls;
import kiosque.web.Views;

/**
 * The front-page screen and its forms. Every route needs {@link Action#ARRANGE_FRONT_PAGE}
 * (editors and administrators; the guard answers 403 to others and checks the CSRF token); what
 * a form names is checked here (a number where a number goes) and by the service (a published
 * article, a section that exists), each refusal a 400 with its French message.
 */
public final class FrontPageRoutes {

  /** Durations offered for a pick or the banner, in hours (none: until changed). */
  static final List<Integer> DURATIONS = List.of(1, 2, 3, 6, 12, 24, 48, 72, 168);
  private static final int FOUND = 15;

  private final FrontPageChoices frontPage;
  private final FrontPageService service;
  private final SiteService site;
  private final NewsroomPages pages;
  private final Views views;
  private final FrenchDates dates;
  private final AuditLog audit;
  private final Urls urls;
  private final Clock clock;

  public FrontPageRoutes(FrontPageChoices frontPage, FrontPageService service, SiteService site, NewsroomPages pages,
      Views views, FrenchDates dates, AuditLog audit, Urls urls, Clock clock) {
    this.clock = clock;
    this.frontPage = frontPage;
    this.service = service;
    this.site = site;
    this.pages = pages;
    this.views = views;
    this.dates = dates;
    this.audit = audit;
    this.urls = urls;
  }

  public void addTo(RouteTable table) {
    NewsroomUrls newsroom = pages.urls();
    table.page(newsroom.frontPage(), Action.ARRANGE_FRONT_PAGE, this::screen);
    table.form(newsroom.frontPageSlot(), Action.ARRANGE_FRONT_PAGE, this::slot);
    table.form(newsroom.frontPageSections(), Action.ARRANGE_FRONT_PAGE, this::sections);
    table.form(newsroom.banner(), Action.ARRANGE_FRONT_PAGE, this::banner);
    table.form(newsroom.bannerClear(), Action.ARRANGE_FRONT_PAGE, this::clearBanner);
  }

  private void screen(Context ctx, Session session) {
    Messages msg = pages.messages();
    String query = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
    List<FrontPageScreen.Found> found = frontPage.searchTitles(query, FOUND).stream()
        .map(t -> new FrontPageScreen.Found(t.id(), t.title(), dates.day(t.publishedAt()), urls.article(t)))
        .toList();
    FrontPageScreen page = new FrontPageScreen(
        pages.layout(session, msg.get("nr.front.title"), ctx.queryParam("note")), slotRows(msg), query, found,
        frontPage.sections(), bannerRow(), DURATIONS);
    ctx.html(views.render("newsroom/frontpage.jte", page));
  }

  /** Each slot with the editors' pick and what the home page shows there now (its own rule decides). */
  private List<FrontPageScreen.SlotRow> slotRows(Messages msg) {
    HomePage home = site.home(1);
    List<TeaserView> showing = new ArrayList<>();
    if (home.main() != null) {
      showing.add(home.main());
    }
    showing.addAll(home.featured());
    List<Slot> slots = frontPage.slots();
    Map<Long, Teaser> published = frontPage.published(slots.stream().map(Slot::articleId).toList());
    Instant now = clock.instant();
    List<FrontPageScreen.SlotRow> rows = new ArrayList<>();
    for (int position = 0; position < FrontPageChoices.SLOTS; position++) {
      int at = position;
      Optional<Slot> pick = slots.stream().filter(s -> s.position() == at).findFirst();
      Teaser picked = pick.map(s -> published.get(s.articleId())).orElse(null);
      String note = pick.isEmpty() ? null
          : picked == null ? msg.get("nr.front.unpublished")
          : !pick.get().inForceAt(now) ? msg.get("nr.front.expired") : null;
      TeaserView shown = position < showing.size() ? showing.get(position) : null;
      rows.add(new FrontPageScreen.SlotRow(position,
          position == 0 ? msg.get("nr.front.main") : msg.format("nr.front.featured", position),
          pick.map(Slot::articleId).orElse(null),
          picked == null ? pick.map(s -> "#" + s.articleId()).orElse(null) : picked.title(),
          pick.map(Slot::expiresAt).filter(java.util.Objects::nonNull).map(this::when).orElse(null),
          note, shown == null ? null : shown.title(), shown == null ? null : shown.href()));
    }
    return rows;
  }

  private FrontPageScreen.BannerRow bannerRow() {
    Optional<Banner> banner = frontPage.bannerAsSet();
    Instant now = clock.instant();
    return banner.map(b -> new FrontPageScreen.BannerRow(b.message(), b.link(),
        b.expiresAt() == null ? null : when(b.expiresAt()), b.shownAt(now))).orElse(null);
  }

  private String when(Instant at) {
    return dates.day(at) + " " + dates.time(at);
  }

  /** Picks an article for a slot, or gives the slot back to the latest articles when none is named. */
  private void slot(Context ctx, Session session) {
    int position = number(ctx.formParam("position"), "L’emplacement");
    String reference = Optional.ofNullable(ctx.formParam("article")).orElse("").strip();
    Actor actor = new Actor(session.account(), ctx.ip());
    if (reference.isEmpty()) {
      service.release(position);
      audit.record(actor, "frontpage.release", "slot " + position);
    } else {
      OptionalLong article = ArticleReferences.parse(reference);
      if (article.isEmpty()) {
        throw new BadRequestException("« " + reference + " » ne désigne aucun article : donnez son numéro ou son adresse.");
      }
      service.pick(position, article.getAsLong(), hours(ctx.formParam("hours")));
      audit.record(actor, "frontpage.pick", "slot " + position + " → #" + article.getAsLong());
    }
    saved(ctx, "front-saved");
  }

  /** The menu and the home's blocks: every section of the form, by the ids it lists. */
  private void sections(Context ctx, Session session) {
    List<SectionChoice> choices = new ArrayList<>();
    for (String rawId : ctx.formParams("section")) {
      long id = number(rawId, "La rubrique");
      String home = Optional.ofNullable(ctx.formParam("home-" + id)).orElse("").strip();
      choices.add(new SectionChoice(id, ctx.formParam("menu-" + id) != null,
          number(ctx.formParam("order-" + id), "Le rang dans le menu"),
          home.isEmpty() ? null : number(home, "Le rang sur la une")));
    }
    service.arrangeSections(choices);
    audit.record(new Actor(session.account(), ctx.ip()), "frontpage.sections", choices.size() + " rubriques");
    saved(ctx, "front-saved");
  }

  private void banner(Context ctx, Session session) {
    String message = ctx.formParam("message");
    service.setBanner(message, ctx.formParam("link"), hours(ctx.formParam("hours")));
    audit.record(new Actor(session.account(), ctx.ip()), "banner.set", message == null ? "" : message.strip());
    saved(ctx, "banner-set");
  }

  private void clearBanner(Context ctx, Session session) {
    service.clearBanner();
    audit.record(new Actor(session.account(), ctx.ip()), "banner.clear", "");
    saved(ctx, "banner-cleared");
  }

  private void saved(Context ctx, String note) {
    ctx.redirect(pages.urls().noted(pages.urls().frontPage(), note), HttpStatus.SEE_OTHER);
  }

  /** A whole number typed in a form; anything else is a refusal naming the field. */
  private static int number(String raw, String what) {
    String value = raw == null ? "" : raw.strip();
    if (!value.matches("\\d{1,9}")) {
      throw new BadRequestException(what + " doit être un nombre entier (reçu « " + value + " »).");
    }
    return Integer.parseInt(value);
  }

  /** A duration in hours; blank: until changed. */
  private static Duration hours(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return Duration.ofHours(number(raw, "La durée"));
  }
}
