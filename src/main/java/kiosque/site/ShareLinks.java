package kiosque.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kiosque.web.Messages;

/**
 * The article page's share links, built in one place: plain addresses of each network's own share
 * page with the title and address filled in, so nothing is loaded from those services until a
 * reader clicks (no script, no button widget, no tracking pixel). WhatsApp first: the network most
 * of our readers share on.
 */
public final class ShareLinks {

  /**
   * One network: {@code network} names it in the page's class ({@code share-facebook}),
   * {@code name} is what the link shows; {@code prefix} ("Partager sur") is there for screen
   * readers and hidden on screen, so the accessible name is the whole {@link #label()}.
   */
  public record ShareLink(String network, String prefix, String name, String href) {
    public String label() {
      return prefix + " " + name;
    }
  }

  /** The links, and the article's address for the copy-link field. */
  public record Shown(List<ShareLink> links, String address) {
    public Shown {
      links = List.copyOf(links);
    }
  }

  private final Messages msg;

  public ShareLinks(Messages msg) {
    this.msg = msg;
  }

  /** @param address the article's absolute address */
  public Shown of(String title, String address) {
    // Encoded once each and joined: the encoding is character by character, so the WhatsApp text
    // and the mail body need no encoding of their own (every uncached article page builds these).
    String t = encode(title);
    String u = encode(address);
    return new Shown(List.of(
        network("whatsapp", "WhatsApp", "https://wa.me/?text=" + t + "%20" + u),
        network("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + u),
        network("x", "X", "https://twitter.com/intent/tweet?text=" + t + "&url=" + u),
        network("linkedin", "LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=" + u),
        network("telegram", "Telegram", "https://t.me/share/url?url=" + u + "&text=" + t),
        new ShareLink("email", msg.get("share.byPrefix"), msg.get("share.email"),
            "mailto:?subject=" + t + "&body=" + t + "%0A%0A" + u)),
        address);
  }

  private ShareLink network(String network, String name, String href) {
    return new ShareLink(network, msg.get("share.onPrefix"), name, href);
  }

  /**
   * Query-string encoding with spaces as {@code %20}: WhatsApp and mail clients show a {@code +}
   * literally, and every other network reads {@code %20} as a space too.
   */
  static String encode(String text) {
    // What URLEncoder.encode(text, UTF_8).replace("+", "%20") gives (ShareLinksProperties), written
    // into one builder: URLEncoder takes a writer, a char array and a string per run of characters
    // to encode, then the replace copies it all again (a title is a few dozen runs; issue 15).
    StringBuilder out = null;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (plain(c)) {
        if (out != null) {
          out.append(c);
        }
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n * 3).append(text, 0, i);
      }
      if (c == ' ') {
        out.append("%20");
        i++;
        continue;
      }
      int start = i;
      boolean surrogates = false;
      while (i < n && !plain(text.charAt(i)) && text.charAt(i) != ' ') {
        surrogates |= Character.isSurrogate(text.charAt(i));
        i++;
      }
      String run = text.substring(start, i);
      if (surrogates) {
        // Emoji and broken pairs: left to URLEncoder, whose handling of a lone surrogate is its own
        // (a run has neither plain characters nor spaces, so it is all %XX there too).
        out.append(URLEncoder.encode(run, StandardCharsets.UTF_8));
        continue;
      }
      for (byte b : run.getBytes(StandardCharsets.UTF_8)) {
        out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
      }
    }
    return out == null ? text : out.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** URLEncoder's characters that stay as they are (a space becomes {@code +} there, {@code %20} here). */
  private static boolean plain(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.' || c == '*';
  }
}
