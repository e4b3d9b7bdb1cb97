package kiosque.imports;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosque.content.body.EmbedProvider;

/**
 * Removes WordPress shortcodes, which only mean something to the plugins of the old site.
 * {@code [caption]} becomes a {@code <figure>} with its caption; a media shortcode ({@code [embed]},
 * {@code [youtube]}, {@code [tweet]} ...) whose address is a known provider's becomes the body's
 * embed element ({@code content.body.EmbedProvider}); other media shortcodes (gallery, video ...) go
 * with what they wrap, an address that would print as bare text; any other
 * enclosing shortcode loses its tags but keeps its text ({@code [dropcap]L[/dropcap]a} stays
 * {@code La}). {@code [[name]]} is WordPress's escape for a literal {@code [name]}.
 *
 * <p>Without the old site's list of registered shortcodes, a bracket is taken for one only when it
 * looks like one: it has attributes, or a closing tag, or a plugin-style name ({@code vc_row},
 * {@code contact-form-7}), or is a core shortcode. Editorial brackets such as {@code [sic]},
 * {@code [...]} or {@code [1]} are text and stay.
 */
final class Shortcodes {

  private static final Set<String> MEDIA = Set.of("gallery", "embed", "video", "audio", "playlist", "wpvideo",
      "youtube", "vimeo", "soundcloud", "tweet", "instagram", "facebook");
  private static final Set<String> CORE = Set.of("caption", "wp_caption");

  private static final String ATTRIBUTES =
      "((?:\\s+(?:[\\w-]+\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\\]\"']+)|\"[^\"]*\"|https?://[^\\s\\]]+))*)";
  private static final Pattern OPENING = Pattern.compile(
      "\\[(\\[?)([a-zA-Z][\\w-]*)" + ATTRIBUTES + "\\s*(/?)\\](\\]?)");
  private static final Pattern CAPTION_IMAGE = Pattern.compile(
      "(?is)^\\s*((?:<a\\b[^>]*>\\s*)?<img\\b[^>]*>(?:\\s*</a>)?)(.*)$");
  private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s\"'\\]<>]+");
  private static final Pattern CAPTION_ATTRIBUTE = Pattern.compile("(?i)\\bcaption\\s*=\\s*(\"[^\"]*\"|'[^']*')");

  private Shortcodes() {}

  static String remove(String text) {
    if (text == null || text.indexOf('[') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    Matcher m = OPENING.matcher(text);
    int position = 0;
    while (position < text.length() && m.find(position)) {
      String name = m.group(2);
      String key = name.toLowerCase(Locale.ROOT);
      boolean escaped = !m.group(1).isEmpty() && !m.group(5).isEmpty();
      int closing = m.group(4).isEmpty() ? closingTag(text, key, m.end()) : -1;
      boolean looksLikeOne = !m.group(3).isBlank() || !m.group(4).isEmpty() || closing >= 0
          || name.contains("_") || name.contains("-") || MEDIA.contains(key) || CORE.contains(key);
      if (!looksLikeOne) {
        out.append(text, position, m.start() + 1);
        position = m.start() + 1;
        continue;
      }
      out.append(text, position, m.start());
      if (escaped) {
        out.append(m.group().substring(1, m.group().length() - 1));
        position = m.end();
        continue;
      }
      if (closing < 0) {
        if (MEDIA.contains(key)) {
          out.append(embed(m.group(3)));
        }
        position = m.end(); // a self-closing shortcode: nothing else of it stays
        continue;
      }
      String inner = text.substring(m.end(), closing);
      if (CORE.contains(key)) {
        out.append(figure(remove(inner), m.group(3)));
      } else if (MEDIA.contains(key)) {
        out.append(embed(inner.strip() + " " + m.group(3)));
      } else {
        out.append(remove(inner));
      }
      position = closing + ("[/" + name + "]").length();
    }
    out.append(text, Math.min(position, text.length()), text.length());
    return out.toString();
  }

  /** Where {@code [/name]} (in any case) starts after {@code from}, or -1. */
  private static int closingTag(String text, String key, int from) {
    for (int at = text.indexOf("[/", from); at >= 0; at = text.indexOf("[/", at + 2)) {
      if (text.regionMatches(true, at + 2, key + "]", 0, key.length() + 1)) {
        return at;
      }
    }
    return -1;
  }

  /** The embed element of the first known provider's address in {@code text}, or nothing. */
  private static String embed(String text) {
    Matcher address = ADDRESS.matcher(text);
    while (address.find()) {
      var embed = EmbedProvider.fromUrl(address.group());
      if (embed.isPresent()) {
        return "\n\n<figure class=\"embed\" data-provider=\"" + embed.get().code() + "\" data-id=\""
            + embed.get().id() + "\"></figure>\n\n";
      }
    }
    return "";
  }

  /** {@code [caption]<img ...> Légende[/caption]}: WordPress prints a figure with its caption. */
  private static String figure(String inner, String attributes) {
    Matcher image = CAPTION_IMAGE.matcher(inner);
    if (!image.matches()) {
      return inner;
    }
    String caption = image.group(2).strip();
    if (caption.isEmpty()) {
      Matcher attribute = CAPTION_ATTRIBUTE.matcher(attributes);
      caption = attribute.find() ? attribute.group(1).substring(1, attribute.group(1).length() - 1).strip() : "";
    }
    return caption.isEmpty()
        ? "<figure>" + image.group(1).strip() + "</figure>"
        : "<figure>" + image.group(1).strip() + "<figcaption>" + caption + "</figcaption></figure>";
  }
}
