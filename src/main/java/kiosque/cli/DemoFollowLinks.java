package kiosque.cli;

import java.net.URI;
import java.util.Optional;
import kiosque.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@code --demo}, example Google News and WhatsApp follow links where the operator set none,
 * so a first run shows the article page's whole structure. Their addresses say they are examples,
 * and the start says so too: a real site sets its own (docs/configuration.md).
 */
final class DemoFollowLinks {

  static final URI GOOGLE_NEWS = URI.create("https://news.google.com/publications/EXEMPLE-a-remplacer");
  static final URI WHATSAPP = URI.create("https://whatsapp.com/channel/EXEMPLE-a-remplacer");

  private static final Logger log = LoggerFactory.getLogger(DemoFollowLinks.class);

  private DemoFollowLinks() {}

  static Settings applyTo(Settings settings) {
    if (settings.googleNewsUrl().isPresent() && settings.whatsappChannelUrl().isPresent()) {
      return settings;
    }
    Optional<URI> googleNews = settings.googleNewsUrl().or(() -> Optional.of(GOOGLE_NEWS));
    Optional<URI> whatsapp = settings.whatsappChannelUrl().or(() -> Optional.of(WHATSAPP));
    log.info("Demo: example follow links (Google News {}, WhatsApp {}); set kiosque.follow.googlenews and"
        + " kiosque.follow.whatsapp to the publication's own", googleNews.get(), whatsapp.get());
    return settings.withFollowLinks(googleNews, whatsapp);
  }
}
