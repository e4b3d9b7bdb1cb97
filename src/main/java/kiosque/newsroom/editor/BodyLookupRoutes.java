package kiosque.newsroom.editor;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kiosque.content.body.EmbedProvider;
import kiosque.frontpage.FrontPageChoices;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.NewsroomUrls;
import kiosque.newsroom.shell.RouteTable;
import kiosque.newsroom.shell.Session;
import kiosque.web.Urls;

/**
 * What the body editor asks while a journalist writes, both read-only (GET) and for those who may
 * write: which embed a pasted address stands for (the rules are {@link EmbedProvider}'s, never the
 * browser's), and the published articles whose title matches, for a "Lire aussi".
 */
public final class BodyLookupRoutes {

  private static final int FOUND = 10;

  private final FrontPageChoices published;
  private final NewsroomUrls newsroom;
  private final Urls urls;

  public BodyLookupRoutes(FrontPageChoices published, NewsroomUrls newsroom, Urls urls) {
    this.published = published;
    this.newsroom = newsroom;
    this.urls = urls;
  }

  public void addTo(RouteTable table) {
    table.page(newsroom.bodyEmbed(), Action.WRITE_ARTICLE, this::embed);
    table.page(newsroom.bodyArticles(), Action.WRITE_ARTICLE, this::articles);
  }

  private void embed(Context ctx, Session session) {
    Optional<EmbedProvider.Embed> embed = EmbedProvider.fromUrl(ctx.queryParam("url"));
    if (embed.isEmpty()) {
      ctx.status(HttpStatus.NOT_FOUND).json(Map.of());
      return;
    }
    ctx.json(Map.of("provider", embed.get().code(), "id", embed.get().id(), "label", embed.get().label(),
        "original", embed.get().originalUrl()));
  }

  private void articles(Context ctx, Session session) {
    String typed = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
    List<Map<String, String>> found = typed.length() < 2 ? List.of()
        : published.searchTitles(typed.length() > 200 ? typed.substring(0, 200) : typed, FOUND).stream()
            .map(t -> Map.of("title", t.title(), "href", urls.article(t))).toList();
    ctx.json(found);
  }
}
