package kiosque.newsroom.media;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosque.content.FrenchDates;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.shell.Ids;
import kiosque.newsroom.shell.NewsroomPages;
import kiosque.newsroom.shell.Session;
import kiosque.web.Messages;

/** Builds the library's pages and the picker's JSON from a request's search and the stored images. */
final class MediaViews {

  static final int PAGE_SIZE = 24;
  private static final int THUMBNAIL = 320;

  private final MediaService media;
  private final NewsroomPages pages;
  private final FrenchDates dates;

  MediaViews(MediaService media, NewsroomPages pages, FrenchDates dates) {
    this.media = media;
    this.pages = pages;
    this.dates = dates;
  }

  /** The search a request asks for: {@code q}, {@code usage}, {@code par} (account), {@code mois} (yyyy-mm). */
  static MediaQuery query(Context ctx) {
    String usage = ctx.queryParam("usage");
    Boolean used = "utilisees".equals(usage) ? Boolean.TRUE : "inutilisees".equals(usage) ? Boolean.FALSE : null;
    String by = ctx.queryParam("par");
    Long uploadedBy = by != null && by.matches("\\d{1,18}") ? Long.parseLong(by) : null;
    return new MediaQuery(ctx.queryParam("q"), used, uploadedBy, month(ctx.queryParam("mois")));
  }

  private static YearMonth month(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return YearMonth.parse(raw.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static int pageNumber(Context ctx) {
    return Math.max(1, Math.min(Ids.nonNegative(ctx.queryParam("page")), 100_000));
  }

  MediaPage library(Context ctx, Session session, String error) {
    MediaQuery query = query(ctx);
    int page = pageNumber(ctx);
    MediaResults results = media.search(query, dates.zone(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
    Messages msg = pages.messages();
    List<MediaPage.Card> items = results.items().stream().map(this::card).toList();
    String usage = ctx.queryParam("usage") == null ? "" : ctx.queryParam("usage");
    List<MediaPage.Choice> usages = List.of(
        new MediaPage.Choice("", msg.get("nr.media.usageAll"), usage.isEmpty()),
        new MediaPage.Choice("utilisees", msg.get("nr.media.usageUsed"), usage.equals("utilisees")),
        new MediaPage.Choice("inutilisees", msg.get("nr.media.usageUnused"), usage.equals("inutilisees")));
    List<MediaPage.Choice> uploaders = new ArrayList<>();
    uploaders.add(new MediaPage.Choice("", msg.get("nr.media.byAnyone"), query.uploadedBy() == null));
    media.uploaders().forEach(u -> uploaders.add(new MediaPage.Choice(String.valueOf(u.id()), u.name(),
        query.uploadedBy() != null && query.uploadedBy() == u.id())));
    long pagesInAll = Math.max(1, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    String previous = page > 1 ? pageHref(ctx, page - 1) : null;
    String next = page < pagesInAll ? pageHref(ctx, page + 1) : null;
    return new MediaPage(pages.layout(session, msg.get("nr.nav.media"), ctx.queryParam("note")), items,
        results.total(), error, MediaService.MAX_BYTES / (1024 * 1024),
        new MediaPage.Filters(query.text(), query.month() == null ? "" : query.month().toString()), uploaders, usages,
        previous, next, msg.format("nr.media.pageOf", page, pagesInAll, results.total()));
  }

  private MediaPage.Card card(Media m) {
    int width = Math.min(THUMBNAIL, m.width());
    int height = (int) Math.round((double) m.height() * width / m.width());
    return new MediaPage.Card(m.id(), m.href(THUMBNAIL), width, height, m.altText(), m.originalName(), m.credit(),
        m.caption(), m.missingAlt(), dates.day(m.createdAt()), pages.urls().mediaItem(m.id()));
  }

  /** The same page with another page number: every other parameter kept. */
  private String pageHref(Context ctx, int page) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String name : List.of("q", "usage", "par", "mois")) {
      String value = ctx.queryParam(name);
      if (value != null && !value.isBlank()) {
        params.put(name, value);
      }
    }
    params.put("page", String.valueOf(page));
    StringBuilder href = new StringBuilder(ctx.path());
    params.forEach((name, value) -> href.append(href.indexOf("?") < 0 ? '?' : '&').append(name).append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return href.toString();
  }

  MediaEditPage item(Context ctx, Session session, Media m, String error, List<MediaUse> blockers) {
    Messages msg = pages.messages();
    boolean posted = error != null && ctx.method().name().equals("POST") && ctx.formParam("alt") != null;
    List<MediaEditPage.Use> uses = media.uses(m.id()).stream().map(this::use).toList();
    String details = msg.format("nr.media.details", m.width(), m.height(), Math.max(1, m.sizeBytes() / 1024),
        dates.day(m.createdAt()));
    return new MediaEditPage(pages.layout(session, m.altText().isBlank() ? m.originalName() : m.altText(),
        ctx.queryParam("note")), m.id(), m.originalName(), m.href(640), Math.min(640, m.width()),
        (int) Math.round((double) m.height() * Math.min(640, m.width()) / m.width()),
        posted ? ctx.formParam("alt") : m.altText(), posted ? ctx.formParam("credit") : m.credit(),
        posted ? ctx.formParam("caption") : m.caption(),
        posted ? value(ctx.formParam("focalX")) : FocalPoint.format(m.focalX()),
        posted ? value(ctx.formParam("focalY")) : FocalPoint.format(m.focalY()),
        Arrays.stream(Crop.values()).map(m::cropHref).toList(), uses,
        media.mayEdit(new Actor(session.account(), ctx.ip()), m), error, blockers.stream().map(this::use).toList(),
        details);
  }

  private static String value(String raw) {
    return raw == null ? "" : raw;
  }

  private MediaEditPage.Use use(MediaUse use) {
    Messages msg = pages.messages();
    return new MediaEditPage.Use(use.title(), pages.urls().article(use.articleId()),
        msg.get(use.lead() ? "nr.media.asLead" : "nr.media.inBody"));
  }

  /** The picker's search: the library's search and filters, as JSON. */
  Map<String, Object> found(Context ctx) {
    int page = pageNumber(ctx);
    MediaResults results = media.search(query(ctx), dates.zone(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
    List<Map<String, Object>> items = results.items().stream().map(m -> {
      Map<String, Object> item = new LinkedHashMap<>(chosen(m));
      item.put("thumbnail", m.href(THUMBNAIL));
      item.put("name", m.originalName());
      return item;
    }).toList();
    return Map.of("items", items, "total", results.total(), "page", page,
        "more", (long) page * PAGE_SIZE < results.total());
  }

  /**
   * An image as the picker hands it to its caller ({@code onChoose}): exactly {@code id, src, width,
   * height, alt, caption, credit}, {@code src} being the 640 px rendition (the article column) and
   * the size that rendition's.
   */
  static Map<String, Object> chosen(Media m) {
    int width = Math.min(640, m.width());
    int height = (int) Math.round((double) m.height() * width / m.width());
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", m.id());
    item.put("src", m.href(640));
    item.put("width", width);
    item.put("height", height);
    item.put("alt", m.altText());
    item.put("caption", m.caption());
    item.put("credit", m.credit());
    return item;
  }
}
