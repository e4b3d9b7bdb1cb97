package kiosque.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

  @TempDir
  Path dir;

  @Test
  void defaultsServeAFrenchSiteInCasablanca() {
    Settings settings = new SettingsLoader(Map.of(), new Properties()).load(dir);

    assertThat(settings.port()).isEqualTo(8080);
    assertThat(settings.timeZone()).isEqualTo(ZoneId.of("Africa/Casablanca"));
    assertThat(settings.locale().getLanguage()).isEqualTo("fr");
    assertThat(settings.googleNewsUrl()).isEmpty();
    assertThat(settings.jdbcUrl()).startsWith("jdbc:h2:file:").contains(dir.toAbsolutePath().toString());
    assertThat(settings.passwordCost()).isEqualTo(PasswordCost.OWASP_MINIMUM);
  }

  @Test
  void environmentBeatsSystemPropertiesWhichBeatTheFile() throws IOException {
    Files.writeString(dir.resolve("kiosque.properties"),
        "kiosque.site.name = Le Fichier\nkiosque.port = 9000\nkiosque.site.pagesize = 7\n");
    Properties system = new Properties();
    system.setProperty("kiosque.site.name", "La Propriété");
    system.setProperty("kiosque.port", "9100");

    Settings settings = new SettingsLoader(Map.of("KIOSQUE_PORT", "9200"), system).load(dir);

    assertThat(settings.port()).isEqualTo(9200);
    assertThat(settings.siteName()).isEqualTo("La Propriété");
    assertThat(settings.pageSize()).isEqualTo(7);
  }

  @Test
  void badValuesAreRefusedNamingTheSettingAndTheValue() {
    assertThatThrownBy(() -> new SettingsLoader(Map.of("KIOSQUE_PORT", "huit"), new Properties()).load(dir))
        .isInstanceOf(SettingsException.class).hasMessageContaining("KIOSQUE_PORT").hasMessageContaining("huit");
    assertThatThrownBy(() -> new SettingsLoader(Map.of("KIOSQUE_TIMEZONE", "Mars/Olympus"), new Properties()).load(dir))
        .isInstanceOf(SettingsException.class).hasMessageContaining("Mars/Olympus");
    assertThatThrownBy(() -> new SettingsLoader(Map.of("KIOSQUE_WHATSAPP_URL", "ftp://x"), new Properties()).load(dir))
        .isInstanceOf(SettingsException.class).hasMessageContaining("kiosque.follow.whatsapp");
  }

  @Test
  void journalistsDoNotPublishUnlessTheSiteSaysSo() {
    assertThat(new SettingsLoader(Map.of(), new Properties()).load(dir).journalistsPublish()).isFalse();
    assertThat(new SettingsLoader(Map.of("KIOSQUE_JOURNALISTS_PUBLISH", "true"), new Properties()).load(dir)
        .journalistsPublish()).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            new SettingsLoader(Map.of("KIOSQUE_JOURNALISTS_PUBLISH", "peut-être"), new Properties()).load(dir))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("KIOSQUE_JOURNALISTS_PUBLISH").hasMessageContaining("peut-être");
  }

  @Test
  void cookiesAreSecureWhenTheSiteIsServedOverHttps() {
    assertThat(new SettingsLoader(Map.of(), new Properties()).load(dir).secureCookies()).isFalse();
    assertThat(new SettingsLoader(Map.of("KIOSQUE_SITE_URL", "https://www.example.ma"), new Properties()).load(dir)
        .secureCookies()).isTrue();
  }
}
