package kiosque.feeds;

import java.util.Optional;
import kiosque.content.body.EmbedProvider;
import kiosque.web.Messages;
import org.jsoup.nodes.Element;

/**
 * Embeds as a feed reader can use them. The body stores an embed as an empty figure
 * ({@code <figure class="embed" data-provider data-id>}, with its caption) that the site turns into
 * a placeholder and a frame; a feed reader runs no script and loads no frame, so it gets a link to
 * the original instead ("Voir la vidéo sur YouTube"), inside the figure and above its caption.
 */
final class FeedEmbeds {

  private final Messages msg;

  FeedEmbeds(Messages msg) {
    this.msg = msg;
  }

  /** Whether the stored body holds an embed (jsoup wrote it: the class attribute as below). */
  static boolean present(String bodyHtml) {
    return bodyHtml.contains("<figure class=\"embed\"");
  }

  void replace(Element body) {
    for (Element figure : body.select("figure.embed")) {
      Optional<EmbedProvider.Embed> embed = EmbedProvider.of(figure.attr("data-provider"), figure.attr("data-id"));
      if (embed.isEmpty()) {
        figure.remove(); // as the site does: an id that no longer checks is shown nowhere
        continue;
      }
      figure.removeAttr("class").removeAttr("data-provider").removeAttr("data-id");
      figure.prependElement("p").appendElement("a").attr("href", embed.get().originalUrl()).attr("rel", "noopener")
          .text(msg.format(key(embed.get().code()), embed.get().label()));
    }
  }

  /** What the reader will find at the original: a video, something to listen to, or a post. */
  private static String key(String provider) {
    return switch (provider) {
      case "youtube", "dailymotion", "tiktok" -> "feed.embed.video";
      case "spotify", "soundcloud", "apple-podcasts" -> "feed.embed.audio";
      default -> "feed.embed.post";
    };
  }
}
