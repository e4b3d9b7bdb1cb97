package kiosque.content.body;

import static org.assertj.core.api.Assertions.assertThat;

import kiosque.content.body.EmbedProvider.Embed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmbedProviderTest {

  @ParameterizedTest
  @CsvSource({
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ, youtube, dQw4w9WgXcQ",
      "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42, youtube, dQw4w9WgXcQ",
      "https://youtu.be/dQw4w9WgXcQ?si=abc, youtube, dQw4w9WgXcQ",
      "https://www.youtube.com/shorts/dQw4w9WgXcQ, youtube, dQw4w9WgXcQ",
      "https://www.youtube.com/embed/dQw4w9WgXcQ, youtube, dQw4w9WgXcQ",
      "https://www.dailymotion.com/video/x8pqr2z, dailymotion, x8pqr2z",
      "https://dai.ly/x8pqr2z, dailymotion, x8pqr2z",
      "https://x.com/hespress/status/1745000000000000000, x, 1745000000000000000",
      "https://twitter.com/hespress/status/1745000000000000000?s=20, x, 1745000000000000000",
      "https://www.instagram.com/p/C1aBcDeFgHi/, instagram, C1aBcDeFgHi",
      "https://www.instagram.com/reel/C1aBcDeFgHi/?igsh=x, instagram, C1aBcDeFgHi",
      "https://www.facebook.com/le360.ma/videos/123456789012345/, facebook, le360.ma/videos/123456789012345",
      "https://www.tiktok.com/@hespress/video/7312345678901234567, tiktok, hespress/7312345678901234567",
      "https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk, spotify, episode/4rOoJ6Egrf8K2IrywzwOMk",
      "https://soundcloud.com/radio-2m/journal-du-soir, soundcloud, radio-2m/journal-du-soir",
      "https://podcasts.apple.com/fr/podcast/le-journal/id1234567890, apple-podcasts, fr/podcast/le-journal/id1234567890"
  })
  void recognisesWhatJournalistsPaste(String url, String provider, String id) {
    Embed embed = EmbedProvider.fromUrl(url).orElseThrow();
    assertThat(embed.code()).isEqualTo(provider);
    assertThat(embed.id()).isEqualTo(id);
    assertThat(EmbedProvider.fromUrl(embed.originalUrl())).contains(embed);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://example.org/watch?v=dQw4w9WgXcQ", "javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ",
      "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ", "https://user@youtube.com/watch?v=dQw4w9WgXcQ",
      "https://www.youtube.com/watch?v=short", "https://www.youtube.com/channel/UCabc", "ftp://youtube.com/watch?v=dQw4w9WgXcQ",
      "https://x.com/hespress", "https://www.instagram.com/hespress/", "https://soundcloud.com/radio-2m/sets",
      "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ", "not a url", ""
  })
  void ignoresEverythingElse(String url) {
    assertThat(EmbedProvider.fromUrl(url)).isEmpty();
  }

  @Test
  void checksStoredIdsStrictly() {
    assertThat(EmbedProvider.of("youtube", "dQw4w9WgXcQ")).isPresent();
    assertThat(EmbedProvider.of("youtube", "dQw4w9WgX\"Q")).isEmpty();
    assertThat(EmbedProvider.of("youtube", "javascript:x")).isEmpty();
    assertThat(EmbedProvider.of("vimeo", "123456")).isEmpty();
    assertThat(EmbedProvider.of("x", "12' onload='x")).isEmpty();
    assertThat(EmbedProvider.of("facebook", "../../evil/posts/1")).isEmpty();
    assertThat(EmbedProvider.of(null, "x")).isEmpty();
  }

  @Test
  void framesComeOnlyFromTheProvidersOwnHosts() {
    Embed video = EmbedProvider.of("youtube", "dQw4w9WgXcQ").orElseThrow();
    assertThat(video.frameUrl()).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    assertThat(video.label()).isEqualTo("YouTube");
    assertThat(EmbedProvider.frameOrigins()).hasSize(9)
        .allSatisfy(origin -> assertThat(origin).startsWith("https://").doesNotContain("*", " ", ";"));
    assertThat(EmbedProvider.of("facebook", "le360.ma/posts/pfbid0abc").orElseThrow().frameUrl())
        .isEqualTo("https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fle360.ma%2Fposts%2Fpfbid0abc");
    assertThat(EmbedProvider.of("tiktok", "hespress/7312345678901234567").orElseThrow().frameUrl())
        .isEqualTo("https://www.tiktok.com/embed/v2/7312345678901234567");
  }

  @Test
  void findsAForgedEmbedInABodyAsSent() {
    assertThat(EmbedProvider.forgedIn("<p>x</p><figure class=\"embed\" data-provider=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>"))
        .isEmpty();
    assertThat(EmbedProvider.forgedIn("<figure class=\"embed\" data-provider=\"vimeo\" data-id=\"1\"></figure>"))
        .contains("vimeo");
    assertThat(EmbedProvider.forgedIn("<figure class=\"embed\" data-provider=\"x\" data-id=\"javascript:alert(1)\"></figure>"))
        .contains("x");
    assertThat(EmbedProvider.forgedIn(null)).isEmpty();
  }
}
