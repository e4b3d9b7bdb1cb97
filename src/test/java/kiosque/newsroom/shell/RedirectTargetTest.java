package kiosque.newsroom.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** After login, {@code ?suite=} may only lead to a path on this site: known open-redirect payloads. */
class RedirectTargetTest {

  private static final URI SITE = URI.create("https://www.example.ma/redaction/connexion");

  /** Payloads from open-redirect cheat sheets, as a browser or a careless server would read them. */
  static Stream<String> hostile() {
    return Stream.of(
        "https://evil.com", "http://evil.com/redaction", "//evil.com", "///evil.com", "////evil.com",
        "/\\evil.com", "\\/evil.com", "\\\\evil.com", "/\\/evil.com",
        "/\t/evil.com", "/\n/evil.com", "/\r\n/evil.com", "\t//evil.com", " //evil.com", "/ /evil.com",
        "/\u0000/evil.com", "/\u000b/evil.com", "/\u00a0/evil.com", "/\u200b/evil.com", "/\u3000/evil.com",
        "/%2F%2Fevil.com", "/%2f/evil.com", "/%5Cevil.com", "/%5c%5cevil.com", "/%252F%252Fevil.com",
        "/%09/evil.com", "/%0a/evil.com", "/%0d%0a/evil.com", "/%E2%80%8B/evil.com",
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
        "//user@evil.com", "//evil.com@www.example.ma", "https:evil.com", "https:/evil.com", "http:\\\\evil.com",
        "//еvil.com", "//evil。com", "／／evil.com", "/／evil.com", "//xn--vil-pdd.com",
        "evil.com", "@evil.com", "", " ", "%2F%2Fevil.com", "/" + "a".repeat(2001), null);
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void nothingHostileLeavesTheSite(String payload) {
    var target = RedirectTarget.sameSite(payload);

    target.ifPresent(kept -> {
      URI resolved = SITE.resolve(kept);
      assertThat(resolved.getHost()).as(kept).isEqualTo("www.example.ma");
      assertThat(resolved.getScheme()).isEqualTo("https");
      assertThat(kept).startsWith("/").doesNotStartWith("//").doesNotContain("\\", "\t", "\n", "\r");
    });
    if (payload != null && payload.toLowerCase().contains("evil")) {
      assertThat(target).as(payload).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/redaction", "/redaction/articles/12?x=1", "/redaction/journal?depuis=100",
      "/redaction/articles?statut=draft&depuis=50", "/redaction/sujets?q=%C3%A9conomie", "/redaction/articles/12#liens"})
  void pathsOnTheSiteAreKeptAsTheyAre(String target) {
    assertThat(RedirectTarget.sameSite(target)).hasValue(target);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/%09/evil.com", "/\t/evil.com", "javascript:alert(1)", "//evil.com"})
  void theGuardSendsWhatItRefusesToTheDashboard(String payload) {
    Guard guard = new Guard(null, null, new NewsroomUrls(), false);

    assertThat(guard.localTarget(payload)).isEqualTo("/redaction");
  }
}
