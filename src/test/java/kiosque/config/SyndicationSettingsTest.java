package kiosque.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyndicationSettingsTest {

  @TempDir
  Path dir;

  Settings load(Map<String, String> env) {
    return new SettingsLoader(env, new Properties()).load(dir);
  }

  @Test
  void defaultsLeaveLogoAndContactOutAndTakeTheNewsLanguageFromTheSite() {
    Settings settings = load(Map.of("KIOSQUE_LOCALE", "fr-MA"));

    assertThat(settings.publisherLogoUrl()).isEmpty();
    assertThat(settings.contactEmail()).isEmpty();
    assertThat(settings.newsLanguage()).isEqualTo("fr");
    assertThat(settings.cacheMegabytes()).isEqualTo(64);
    assertThat(settings.cacheSeconds()).isEqualTo(300);
  }

  @Test
  void valuesAreReadAndChecked() {
    Settings settings = load(Map.of("KIOSQUE_PUBLISHER_LOGO", "https://cdn.example.org/logo.png",
        "KIOSQUE_CONTACT_EMAIL", "redaction@example.org", "KIOSQUE_NEWS_LANGUAGE", "AR", "KIOSQUE_CACHE_MB", "0"));

    assertThat(settings.publisherLogoUrl()).contains(URI.create("https://cdn.example.org/logo.png"));
    assertThat(settings.contactEmail()).isEqualTo("redaction@example.org");
    assertThat(settings.newsLanguage()).isEqualTo("ar");
    assertThat(settings.cacheMegabytes()).isZero();
  }

  @Test
  void badValuesNameTheSetting() {
    assertThatThrownBy(() -> load(Map.of("KIOSQUE_CONTACT_EMAIL", "redaction")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("KIOSQUE_CONTACT_EMAIL");
    assertThatThrownBy(() -> load(Map.of("KIOSQUE_NEWS_LANGUAGE", "français")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("kiosque.news.language");
    assertThatThrownBy(() -> load(Map.of("KIOSQUE_PUBLISHER_LOGO", "logo.png")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("kiosque.publisher.logo");
    assertThatThrownBy(() -> load(Map.of("KIOSQUE_CACHE_TTL", "0")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("KIOSQUE_CACHE_TTL");
  }
}
