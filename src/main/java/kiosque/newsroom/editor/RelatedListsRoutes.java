package kiosque.newsroom.editor;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kiosque.content.Article;
import kiosque.content.ArticleStatus;
import kiosque.content.FrenchDates;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.accounts.AuditLog;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.ArticleReferences;
import kiosque.newsroom.shell.Ids;
import kiosque.newsroom.shell.NewsroomPages;
import kiosque.newsroom.shell.NewsroomUrls;
import kiosque.newsroom.shell.RouteTable;
import kiosque.newsroom.shell.Session;
import kiosque.related.ChoiceRefusedException;
import kiosque.related.EditorChoice;
import kiosque.related.RelatedItem;
import kiosque.related.RelatedService;
import kiosque.related.TopicSuggestions;
import kiosque.site.SiteService;
import kiosque.web.Messages;
import kiosque.web.Urls;
import kiosque.web.Views;

/**
 * An article's related lists in the newsroom: both stored lists with why the engine chose each item
 * ({@code Sujets : ... · Noms : ... · Termes : ...}), the editors' pins and exclusions (a page, and
 * JSON), and topic suggestions for the draft being written.
 */
public final class RelatedListsRoutes {

  private final RelatedService related;
  private final EditorialService editorial;
  private final NewsroomPages pages;
  private final Views views;
  private final FrenchDates dates;
  private final AuditLog audit;
  private final Urls urls;

  public RelatedListsRoutes(RelatedService related, EditorialService editorial, NewsroomPages pages, Views views,
      FrenchDates dates, AuditLog audit, Urls urls) {
    this.related = related;
    this.editorial = editorial;
    this.pages = pages;
    this.views = views;
    this.dates = dates;
    this.audit = audit;
    this.urls = urls;
  }

  public void addTo(RouteTable table) {
    NewsroomUrls newsroom = pages.urls();
    table.page(newsroom.relatedLists(NewsroomUrls.ID), Action.VIEW_NEWSROOM, (ctx, s) -> page(ctx, s, null, 200));
    table.form(newsroom.relatedLists(NewsroomUrls.ID), Action.CHOOSE_RELATED, this::choose);
    table.page(newsroom.relatedListsJson(NewsroomUrls.ID), Action.VIEW_NEWSROOM, this::json);
    table.form(newsroom.topicSuggestions(), Action.WRITE_ARTICLE, this::suggestTopics);
  }

  private void page(Context ctx, Session session, String error, int status) {
    long id = Ids.pathId(ctx, "id");
    Article article = editorial.article(id);
    Messages msg = pages.messages();
    List<RelatedListsPage.Item> further = new ArrayList<>();
    List<RelatedListsPage.Item> recommended = new ArrayList<>();
    for (RelatedItem item : related.storedLists(id)) {
      boolean isFurther = item.list().equals("further");
      List<RelatedListsPage.Item> list = isFurther ? further : recommended;
      int shown = isFurther ? SiteService.GO_FURTHER : SiteService.RECOMMENDED;
      list.add(new RelatedListsPage.Item(item.teaser().id(), item.teaser().title(), urls.article(item.teaser()),
          item.reason(), item.pinned(), list.size() < shown));
    }
    List<RelatedListsPage.Choice> choices = new ArrayList<>();
    for (EditorChoice choice : related.choices(id)) {
      Optional<Article> other = editorial.find(choice.relatedId());
      choices.add(new RelatedListsPage.Choice(choice.relatedId(),
          other.map(Article::title).orElse("#" + choice.relatedId()),
          other.map(urls::article).orElse(null), choice.action(),
          msg.get("nr.related.choice." + choice.action())));
    }
    String computedAt = related.computedAt(id).map(at -> dates.day(at) + " " + dates.time(at)).orElse(null);
    Actor actor = new Actor(session.account(), ctx.ip());
    RelatedListsPage page = new RelatedListsPage(
        pages.layout(session, msg.format("nr.related.title", article.title()), ctx.queryParam("note")),
        id, article.title(), article.status() == ArticleStatus.PUBLISHED ? urls.article(article) : null,
        computedAt, further, recommended, choices, editorial.may(actor, Action.CHOOSE_RELATED, id), error);
    ctx.status(status).html(views.render("newsroom/related.jte", page));
  }

  /** Pins, excludes or forgets one article; refuses with a message saying what is wrong with the form. */
  private void choose(Context ctx, Session session) {
    long id = Ids.pathId(ctx, "id");
    Actor actor = new Actor(session.account(), ctx.ip());
    editorial.requireMay(actor, Action.CHOOSE_RELATED, id);
    Messages msg = pages.messages();
    String action = Optional.ofNullable(ctx.formParam("action")).orElse("");
    if (!List.of("pin", "exclude", "clear").contains(action)) {
      page(ctx, session, msg.get("nr.related.error.action"), 400);
      return;
    }
    String reference = Optional.ofNullable(ctx.formParam("article")).orElse("").strip();
    java.util.OptionalLong named = ArticleReferences.parse(reference);
    if (named.isEmpty()) {
      page(ctx, session, msg.format("nr.related.error.reference", reference), 400);
      return;
    }
    long other = named.getAsLong();
    try {
      switch (action) {
        case "pin" -> related.pin(id, other);
        case "exclude" -> related.exclude(id, other);
        default -> related.clearChoice(id, other);
      }
    } catch (ChoiceRefusedException e) {
      page(ctx, session, refusal(msg, e, reference), 400);
      return;
    }
    audit.record(actor, "related." + action, "#" + id + " → #" + other);
    ctx.redirect(pages.urls().noted(pages.urls().relatedLists(id), "related-" + action), HttpStatus.SEE_OTHER);
  }

  /** The service's refusal in the editor's words, naming the article as they typed it or by its title. */
  private static String refusal(Messages msg, ChoiceRefusedException e, String reference) {
    return switch (e.reason()) {
      case UNKNOWN -> msg.format("nr.related.error.unknown", reference);
      case SELF -> msg.get("nr.related.error.self");
      case UNPUBLISHED -> msg.format("nr.related.error.unpublished", e.relatedTitle());
      case TOO_MANY_PINS -> msg.format("nr.related.error.pins", ChoiceRefusedException.maxPins());
    };
  }

  private void json(Context ctx, Session session) {
    long id = Ids.pathId(ctx, "id");
    Map<String, List<Map<String, Object>>> lists = new LinkedHashMap<>();
    lists.put("further", new ArrayList<>());
    lists.put("recommended", new ArrayList<>());
    for (RelatedItem item : related.storedLists(id)) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", item.teaser().id());
      entry.put("title", item.teaser().title());
      entry.put("url", urls.article(item.teaser()));
      entry.put("pinned", item.pinned());
      entry.put("reason", item.reason());
      lists.get(item.list()).add(entry);
    }
    List<Map<String, Object>> choices = new ArrayList<>();
    for (EditorChoice choice : related.choices(id)) {
      choices.add(Map.of("id", choice.relatedId(), "action", choice.action(), "position", choice.position()));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("article", id);
    body.put("computedAt", related.computedAt(id).map(Object::toString).orElse(null));
    body.putAll(lists);
    body.put("choices", choices);
    ctx.json(body);
  }

  /**
   * Topics for the draft in the editor (its title and body as typed, posted with the form's token):
   * topics the site has, with why, and names in the text that are no topic yet.
   */
  private void suggestTopics(Context ctx, Session session) {
    String title = Optional.ofNullable(ctx.formParam("title")).orElse("");
    String body = Optional.ofNullable(ctx.formParam("body")).orElse("");
    TopicSuggestions suggestions = related.suggestTopics(title, body);
    List<Map<String, Object>> existing = suggestions.existing().stream()
        .map(t -> Map.<String, Object>of("name", t.name(), "reason", t.reason()))
        .toList();
    List<Map<String, Object>> candidates = suggestions.candidates().stream()
        .map(t -> Map.<String, Object>of("name", t.name(), "mentions", t.mentions()))
        .toList();
    ctx.json(Map.of("existing", existing, "candidates", candidates));
  }
}
