package kiosque.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kiosque.web.Messages;
import org.junit.jupiter.api.Test;

class ShareLinksTest {

  static final String TITLE = "Rabat & Washington : « l’accord » à 100 % ? #défense +1 🤝";
  static final String ADDRESS = "https://kiosque.example/2021/01/14/accord-123";

  final ShareLinks french = new ShareLinks(new Messages(Locale.FRENCH));

  @Test
  void everyNetworkHasItsOwnSharePageWhatsAppFirst() {
    ShareLinks.Shown shown = french.of(TITLE, ADDRESS);

    assertThat(shown.links()).extracting(ShareLinks.ShareLink::network)
        .containsExactly("whatsapp", "facebook", "x", "linkedin", "telegram", "email");
    assertThat(shown.links()).extracting(l -> l.href().replaceFirst("\\?.*", "")).containsExactly(
        "https://wa.me/", "https://www.facebook.com/sharer/sharer.php", "https://twitter.com/intent/tweet",
        "https://www.linkedin.com/sharing/share-offsite/", "https://t.me/share/url", "mailto:");
    assertThat(shown.address()).isEqualTo(ADDRESS);
  }

  @Test
  void titleAndAddressSurviveTheTripThroughEachQueryString() {
    Map<String, Map<String, String>> params = new LinkedHashMap<>();
    french.of(TITLE, ADDRESS).links().forEach(l -> params.put(l.network(), query(l.href())));

    assertThat(params.get("whatsapp")).containsExactly(Map.entry("text", TITLE + " " + ADDRESS));
    assertThat(params.get("facebook")).containsExactly(Map.entry("u", ADDRESS));
    assertThat(params.get("x")).containsExactly(Map.entry("text", TITLE), Map.entry("url", ADDRESS));
    assertThat(params.get("linkedin")).containsExactly(Map.entry("url", ADDRESS));
    assertThat(params.get("telegram")).containsExactly(Map.entry("url", ADDRESS), Map.entry("text", TITLE));
    assertThat(params.get("email")).containsExactly(Map.entry("subject", TITLE),
        Map.entry("body", TITLE + "\n\n" + ADDRESS));
  }

  @Test
  void spacesAreEncodedAsPercentTwentyAndNothingIsLeftRaw() {
    // WhatsApp and mail clients print a "+" literally: a space must be %20, a real plus %2B.
    for (ShareLinks.ShareLink link : french.of(TITLE, ADDRESS).links()) {
      String query = link.href().substring(link.href().indexOf('?') + 1);
      assertThat(query).as(link.network()).doesNotContain(" ", "+", "#", "«", "’", "\n");
      if (!link.network().equals("facebook") && !link.network().equals("linkedin")) {
        // Those two take the address alone; the others carry the title too.
        assertThat(query).as(link.network()).contains("%20", "%2B1", "%C2%AB");
      }
      assertThat(link.href()).as(link.network()).doesNotContain("<", ">", "\"");
    }
  }

  @Test
  void onlyTheNetworksOwnHostsOverHttpsOrAMailAddress() {
    assertThat(french.of(TITLE, ADDRESS).links()).allSatisfy(link -> {
      URI uri = URI.create(link.href());
      assertThat(uri.getScheme()).isIn("https", "mailto");
      if (uri.getScheme().equals("https")) {
        assertThat(uri.getHost()).isIn("wa.me", "www.facebook.com", "twitter.com", "www.linkedin.com", "t.me");
      }
    });
  }

  @Test
  void accessibleNamesSayWhatTheLinkDoesInTheSiteLanguage() {
    assertThat(french.of(TITLE, ADDRESS).links()).extracting(ShareLinks.ShareLink::label).containsExactly(
        "Partager sur WhatsApp", "Partager sur Facebook", "Partager sur X", "Partager sur LinkedIn",
        "Partager sur Telegram", "Envoyer par e-mail");
    assertThat(new ShareLinks(new Messages(Locale.ENGLISH)).of(TITLE, ADDRESS).links())
        .extracting(ShareLinks.ShareLink::label).startsWith("Share on WhatsApp").endsWith("Send by e-mail");
  }

  /** The decoded parameters of an address's query, in order. */
  private static Map<String, String> query(String href) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : href.substring(href.indexOf('?') + 1).split("&")) {
      int eq = pair.indexOf('=');
      params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }
}
