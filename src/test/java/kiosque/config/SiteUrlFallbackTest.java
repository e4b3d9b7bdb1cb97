package kiosque.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without kiosque.site.url, links name the port served, never a port the site is not on. */
class SiteUrlFallbackTest {

  @TempDir
  Path dir;

  @Test
  void withoutASiteUrlLinksFollowThePortSetting() {
    Settings settings = new SettingsLoader(Map.of("KIOSQUE_PORT", "9090"), new Properties()).load(dir);

    assertThat(settings.siteUrlConfigured()).isFalse();
    assertThat(settings.siteUrl()).isEqualTo(URI.create("http://localhost:9090"));
  }

  @Test
  void withoutASiteUrlLinksFollowThePortActuallyServed() {
    Settings settings = new SettingsLoader(Map.of(), new Properties()).load(dir).withPort(43210);

    assertThat(settings.siteUrl()).isEqualTo(URI.create("http://localhost:43210"));
  }

  @Test
  void aConfiguredSiteUrlStaysWhateverThePort() {
    Settings settings = new SettingsLoader(Map.of("KIOSQUE_SITE_URL", "https://www.exemple.ma"), new Properties())
        .load(dir).withPort(43210);

    assertThat(settings.siteUrlConfigured()).isTrue();
    assertThat(settings.siteUrl()).isEqualTo(URI.create("https://www.exemple.ma"));
  }
}
