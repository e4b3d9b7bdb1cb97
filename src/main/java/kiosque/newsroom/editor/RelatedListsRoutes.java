package kiosque.newsroom.editor;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosque.newsroom.Ids;
import kiosque.newsroom.RouteTable;
import kiosque.newsroom.accounts.Action;
import kiosque.newsroom.accounts.Session;
import kiosque.related.EditorChoice;
import kiosque.related.RelatedItem;
import kiosque.related.RelatedService;
import kiosque.web.Urls;

/**
 * An article's stored related lists as editors see them, each item with why the engine chose it
 * ({@code Sujets : ... · Noms : ... · Termes : ...}), and the editors' pins and exclusions: JSON for
 * the editor's side panel.
 */
public final class RelatedListsRoutes {

  private final RelatedService related;
  private final Urls urls;

  public RelatedListsRoutes(RelatedService related, Urls urls) {
    this.related = related;
    this.urls = urls;
  }

  public void addTo(RouteTable table) {
    table.page("/redaction/articles/{id}/liens.json", Action.VIEW_NEWSROOM, this::lists);
  }

  private void lists(Context ctx, Session session) {
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
}
