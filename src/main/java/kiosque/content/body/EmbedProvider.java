package kiosque.content.body;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * The third parties whose content an article may embed, and every rule about them: the addresses
 * a journalist pastes (matched on host and path, never on the pasted HTML), the id kept in the
 * body ({@code <figure class="embed" data-provider="youtube" data-id="...">}) and how it is
 * checked, the original's address (the link a reader without JavaScript follows) and the frame
 * loaded only when a reader asks. An id is checked against a strict pattern before it is stored or
 * put into any address, so a forged one cannot carry quotes, a scheme or another host.
 */
public enum EmbedProvider {

  YOUTUBE("youtube", "YouTube", "https://www.youtube-nocookie.com", "[A-Za-z0-9_-]{11}",
      Set.of("youtube.com", "youtube-nocookie.com"),
      List.of("/watch\\?(?:.*&)?v=([A-Za-z0-9_-]{11}).*", "/(?:embed|shorts|live|v)/([A-Za-z0-9_-]{11}).*"),
      id -> "https://www.youtube.com/watch?v=" + id, id -> "https://www.youtube-nocookie.com/embed/" + id),
  YOUTU_BE_ALIAS("youtube", "YouTube", null, "[A-Za-z0-9_-]{11}", Set.of("youtu.be"),
      List.of("/([A-Za-z0-9_-]{11})(?:[?/].*)?"), null, null),
  DAILYMOTION("dailymotion", "Dailymotion", "https://www.dailymotion.com", "x[a-z0-9]{4,10}",
      Set.of("dailymotion.com", "dai.ly", "geo.dailymotion.com"),
      List.of("/(?:embed/)?video/(x[a-z0-9]{4,10})(?:[_?/].*)?", "/(x[a-z0-9]{4,10})", "/player\\.html\\?(?:.*&)?video=(x[a-z0-9]{4,10}).*"),
      id -> "https://www.dailymotion.com/video/" + id, id -> "https://www.dailymotion.com/embed/video/" + id),
  X("x", "X (Twitter)", "https://platform.twitter.com", "[0-9]{1,20}", Set.of("x.com", "twitter.com", "mobile.twitter.com"),
      List.of("/(?:[A-Za-z0-9_]{1,15}|i(?:/web)?)/status(?:es)?/([0-9]{1,20})(?:[?/].*)?"),
      id -> "https://x.com/i/status/" + id, id -> "https://platform.twitter.com/embed/Tweet.html?dnt=true&id=" + id),
  INSTAGRAM("instagram", "Instagram", "https://www.instagram.com", "[A-Za-z0-9_-]{5,40}", Set.of("instagram.com"),
      List.of("/(?:[A-Za-z0-9_.]{1,30}/)?(?:p|reel|tv)/([A-Za-z0-9_-]{5,40})(?:[?/].*)?"),
      id -> "https://www.instagram.com/p/" + id + "/", id -> "https://www.instagram.com/p/" + id + "/embed"),
  FACEBOOK("facebook", "Facebook", "https://www.facebook.com", "[A-Za-z0-9.]{1,80}/(?:posts|videos)/[A-Za-z0-9]{1,80}",
      Set.of("facebook.com", "m.facebook.com"),
      List.of("/([A-Za-z0-9.]{1,80}/(?:posts|videos)/[A-Za-z0-9]{1,80})(?:[?/].*)?"),
      id -> "https://www.facebook.com/" + id,
      id -> "https://www.facebook.com/plugins/" + (id.contains("/videos/") ? "video" : "post") + ".php?href="
          + URLEncoder.encode("https://www.facebook.com/" + id, StandardCharsets.UTF_8)),
  TIKTOK("tiktok", "TikTok", "https://www.tiktok.com", "[A-Za-z0-9._]{1,40}/[0-9]{1,25}", Set.of("tiktok.com", "m.tiktok.com"),
      List.of("/@([A-Za-z0-9._]{1,40}/)video/([0-9]{1,25})(?:[?/].*)?"),
      id -> "https://www.tiktok.com/@" + id.replace("/", "/video/"),
      id -> "https://www.tiktok.com/embed/v2/" + id.substring(id.indexOf('/') + 1)),
  SPOTIFY("spotify", "Spotify", "https://open.spotify.com", "(?:episode|show)/[A-Za-z0-9]{22}", Set.of("open.spotify.com"),
      List.of("/(?:intl-[a-z-]{2,5}/)?(?:embed/)?((?:episode|show)/[A-Za-z0-9]{22})(?:[?/].*)?"),
      id -> "https://open.spotify.com/" + id, id -> "https://open.spotify.com/embed/" + id),
  SOUNDCLOUD("soundcloud", "SoundCloud", "https://w.soundcloud.com", "[a-z0-9_-]{1,80}/[a-z0-9_-]{1,120}",
      Set.of("soundcloud.com", "m.soundcloud.com"),
      List.of("/([a-z0-9_-]{1,80}/(?!sets$)[a-z0-9_-]{1,120})(?:[?/].*)?"),
      id -> "https://soundcloud.com/" + id,
      id -> "https://w.soundcloud.com/player/?url=" + URLEncoder.encode("https://soundcloud.com/" + id, StandardCharsets.UTF_8)),
  APPLE_PODCASTS("apple-podcasts", "Apple Podcasts", "https://embed.podcasts.apple.com",
      "[a-z]{2}/podcast/[a-z0-9%-]{1,120}/id[0-9]{1,15}", Set.of("podcasts.apple.com", "embed.podcasts.apple.com"),
      List.of("/([a-z]{2}/podcast/[a-z0-9%-]{1,120}/id[0-9]{1,15})(?:[?/].*)?"),
      id -> "https://podcasts.apple.com/" + id, id -> "https://embed.podcasts.apple.com/" + id);

  /** An embed as the body stores it: a provider and a checked id. */
  public record Embed(EmbedProvider provider, String id) {

    public String code() {
      return provider.code;
    }

    public String label() {
      return provider.label;
    }

    /** The address a reader follows without JavaScript, and the one a journalist pasted (normalised). */
    public String originalUrl() {
      return provider.original.apply(id);
    }

    /** The frame a reader's click loads; nothing from the provider is loaded before. */
    public String frameUrl() {
      return provider.frame.apply(id);
    }
  }

  private final String code;
  private final String label;
  private final String frameOrigin;
  private final Pattern idPattern;
  private final Set<String> hosts;
  private final List<Pattern> paths;
  private final Function<String, String> original;
  private final Function<String, String> frame;

  EmbedProvider(String code, String label, String frameOrigin, String id, Set<String> hosts, List<String> paths,
      Function<String, String> original, Function<String, String> frame) {
    this.code = code;
    this.label = label;
    this.frameOrigin = frameOrigin;
    this.idPattern = Pattern.compile(id);
    this.hosts = hosts;
    this.paths = paths.stream().map(Pattern::compile).toList();
    this.original = original;
    this.frame = frame;
  }

  /** The provider of an address pasted or written in a body, with its id, or empty for any other address. */
  public static Optional<Embed> fromUrl(String address) {
    if (address == null || address.length() > 2000) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(address.strip());
    } catch (Exception e) {
      return Optional.empty();
    }
    if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getRawAuthority() == null
        || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getPort() != -1) {
      return Optional.empty();
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    host = host.startsWith("www.") ? host.substring(4) : host;
    String path = (uri.getRawPath() == null ? "" : uri.getRawPath())
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    for (EmbedProvider provider : values()) {
      if (!provider.hosts.contains(host)) {
        continue;
      }
      for (Pattern pattern : provider.paths) {
        Matcher m = pattern.matcher(path);
        if (m.matches()) {
          StringBuilder id = new StringBuilder();
          for (int g = 1; g <= m.groupCount(); g++) {
            id.append(m.group(g));
          }
          return of(provider.code, id.toString());
        }
      }
    }
    return Optional.empty();
  }

  /** A stored or posted {@code data-provider} and {@code data-id}, if both are valid. */
  public static Optional<Embed> of(String code, String id) {
    if (code == null || id == null) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(p -> p.code.equals(code) && p.frame != null).findFirst()
        .filter(p -> p.idPattern.matcher(id).matches()).map(p -> new Embed(p, id));
  }

  /**
   * The first embed element in {@code html} whose provider or id is not valid (as written, before
   * the sanitiser would drop it), so whoever sent it can be told instead of losing it silently.
   */
  public static Optional<String> forgedIn(String html) {
    if (html == null || !html.contains("embed")) {
      return Optional.empty();
    }
    return Jsoup.parseBodyFragment(html).select("figure.embed").stream()
        .filter(f -> of(f.attr("data-provider"), f.attr("data-id")).isEmpty())
        .map(f -> f.attr("data-provider")).findFirst();
  }

  /** Where frames may come from, for the site's content policy ({@code frame-src}). */
  public static List<String> frameOrigins() {
    return Arrays.stream(values()).map(p -> p.frameOrigin).filter(o -> o != null).distinct().toList();
  }
}
