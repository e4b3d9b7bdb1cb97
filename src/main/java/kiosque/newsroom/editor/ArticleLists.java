package kiosque.newsroom.editor;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosque.content.ArticleStatus;
import kiosque.content.FrenchDates;
import kiosque.content.TaxonomyStore;
import kiosque.newsroom.shell.NewsroomPages;
import kiosque.newsroom.shell.Session;
import kiosque.search.ArchiveQuery;
import kiosque.search.ArchiveSearch;
import kiosque.web.Messages;
import kiosque.web.Views;

/**
 * The article list page, a search of the whole archive (drafts to unpublished; every newsroom role
 * may see it, as the permission table's "view the newsroom" says), and the topic type-ahead. The
 * filters live in the address (a GET form that works without JavaScript). Words and filters are
 * answered by the archive index ({@link ArchiveSearch}); while that index is rebuilt the database
 * answers ({@link DeskStore#search}), the words then matched only as typed in titles and standfirsts.
 */
final class ArticleLists {

  static final int PAGE = 50;
  /** Deep pages cost the index a long sort for nothing a person reads: refine the search instead. */
  static final int LAST_PAGE = 200;

  private final DeskStore desk;
  private final ArchiveSearch archive;
  private final TaxonomyStore taxonomy;
  private final NewsroomPages pages;
  private final Views views;
  private final FrenchDates dates;
  private final ListItems items;

  ArticleLists(DeskStore desk, ArchiveSearch archive, TaxonomyStore taxonomy, NewsroomPages pages, Views views,
      FrenchDates dates) {
    this.desk = desk;
    this.archive = archive;
    this.taxonomy = taxonomy;
    this.pages = pages;
    this.views = views;
    this.dates = dates;
    this.items = new ListItems(pages.messages(), dates);
  }

  void list(Context ctx, Session session) {
    Messages msg = pages.messages();
    List<String> notes = new ArrayList<>();
    String text = param(ctx, "q");
    ArticleStatus status = status(param(ctx, "statut"));
    String section = param(ctx, "rubrique");
    String author = param(ctx, "auteur");
    String topic = param(ctx, "sujet");
    String fromRaw = param(ctx, "du");
    String untilRaw = param(ctx, "au");
    LocalDate fromDay = day(fromRaw, notes);
    LocalDate untilDay = day(untilRaw, notes);
    ArchiveQuery.Sort sort = sort(param(ctx, "tri"));
    int page = page(ctx);
    Instant from = fromDay == null ? null : fromDay.atStartOfDay(dates.zone()).toInstant();
    // "Au 12 mars" includes the 12th: the range ends at the start of the next day.
    Instant until = untilDay == null ? null : untilDay.plusDays(1).atStartOfDay(dates.zone()).toInstant();
    ArchiveQuery query = new ArchiveQuery(text, status == null ? null : status.code(), section, author, topic, from,
        until, sort, (page - 1) * PAGE, PAGE);

    List<DeskStore.Row> rows;
    long total;
    String rebuilding = null;
    var hits = archive.find(query);
    if (hits.isPresent()) {
      rows = desk.rows(hits.get().ids());
      total = hits.get().total();
    } else {
      rebuilding = msg.get("nr.desk.rebuilding");
      DeskStore.Found found = desk.search(query);
      rows = found.rows();
      total = found.total();
    }

    Map<String, String> kept = new LinkedHashMap<>();
    kept.put("q", text);
    kept.put("statut", status == null ? "" : status.code());
    kept.put("rubrique", section);
    kept.put("auteur", author);
    kept.put("sujet", topic);
    kept.put("du", fromDay == null ? "" : fromDay.toString());
    kept.put("au", untilDay == null ? "" : untilDay.toString());
    kept.put("tri", param(ctx, "tri").isEmpty() ? "" : code(query.sort()));
    long pagesInAll = Math.max(1, Math.min(LAST_PAGE, (total + PAGE - 1) / PAGE));
    String previous = page > 1 ? address(kept, page - 1) : null;
    String next = page < pagesInAll ? address(kept, page + 1) : null;

    ArticlesPage.Form form = new ArticlesPage.Form(text, author, topic, kept.get("du"), kept.get("au"),
        statusOptions(status, msg), sectionOptions(section, msg), sortOptions(query, msg), pages.urls().articles());
    ctx.html(views.render("newsroom/articles.jte", new ArticlesPage(
        pages.layout(session, msg.get("nr.nav.articles"), ctx.queryParam("note")), form,
        rows.stream().map(items::item).toList(), msg.format("nr.desk.count", total),
        msg.format("nr.desk.page", page, pagesInAll), previous, next, notes, rebuilding)));
  }

  private List<ArticlesPage.Option> statusOptions(ArticleStatus chosen, Messages msg) {
    List<ArticlesPage.Option> options = new ArrayList<>();
    options.add(new ArticlesPage.Option("", msg.get("nr.desk.any"), chosen == null));
    for (ArticleStatus s : ArticleStatus.values()) {
      options.add(new ArticlesPage.Option(s.code(), msg.get("nr.status." + s.code()), s == chosen));
    }
    return options;
  }

  private List<ArticlesPage.Option> sectionOptions(String chosen, Messages msg) {
    List<ArticlesPage.Option> options = new ArrayList<>();
    options.add(new ArticlesPage.Option("", msg.get("nr.desk.any"), chosen.isEmpty()));
    for (var section : taxonomy.sections()) {
      options.add(new ArticlesPage.Option(section.name(), section.name(), section.name().equals(chosen)));
    }
    return options;
  }

  private static List<ArticlesPage.Option> sortOptions(ArchiveQuery query, Messages msg) {
    List<ArticlesPage.Option> options = new ArrayList<>();
    for (ArchiveQuery.Sort s : ArchiveQuery.Sort.values()) {
      options.add(new ArticlesPage.Option(code(s), msg.get("nr.desk.sort." + s.name().toLowerCase()),
          s == query.sort()));
    }
    return options;
  }

  private String address(Map<String, String> kept, int page) {
    StringBuilder query = new StringBuilder();
    kept.forEach((name, value) -> {
      if (!value.isEmpty()) {
        query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    });
    if (page > 1) {
      query.append(query.isEmpty() ? "?" : "&").append("page=").append(page);
    }
    return pages.urls().articles() + query;
  }

  private static String code(ArchiveQuery.Sort sort) {
    return switch (sort) {
      case UPDATED -> "modification";
      case PUBLISHED -> "publication";
      case RELEVANCE -> "pertinence";
    };
  }

  private static ArchiveQuery.Sort sort(String raw) {
    return switch (raw) {
      case "modification" -> ArchiveQuery.Sort.UPDATED;
      case "publication" -> ArchiveQuery.Sort.PUBLISHED;
      case "pertinence" -> ArchiveQuery.Sort.RELEVANCE;
      default -> null;
    };
  }

  private static ArticleStatus status(String raw) {
    for (ArticleStatus candidate : ArticleStatus.values()) {
      if (candidate.code().equals(raw)) {
        return candidate;
      }
    }
    return null;
  }

  private LocalDate day(String raw, List<String> notes) {
    if (raw.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      notes.add(pages.messages().format("nr.desk.badDate", raw));
      return null;
    }
  }

  /** The page asked: {@code page=N}, or the older {@code depuis=OFFSET} links still in bookmarks. */
  private static int page(Context ctx) {
    String raw = ctx.queryParam("page");
    if (raw != null && raw.matches("\\d{1,4}")) {
      return Math.max(1, Math.min(LAST_PAGE, Integer.parseInt(raw)));
    }
    String from = ctx.queryParam("depuis");
    if (from != null && from.matches("\\d{1,9}")) {
      return Math.max(1, Math.min(LAST_PAGE, Integer.parseInt(from) / PAGE + 1));
    }
    return 1;
  }

  private static String param(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null ? "" : value.strip();
  }

  List<String> topics(String typed) {
    return desk.topicsMatching(typed, 10);
  }
}
