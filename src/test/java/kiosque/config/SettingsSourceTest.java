package kiosque.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feature's own settings, declared outside this package, read through {@link Settings#source()}. */
class SettingsSourceTest {

  private static final SettingDefinition TARGETS = new SettingDefinition(
      "kiosque.test.targets", "KIOSQUE_TEST_TARGETS", "", "Addresses, for this test.");
  private static final SettingDefinition DELAY = new SettingDefinition(
      "kiosque.test.delay", "KIOSQUE_TEST_DELAY", "30", "Seconds, for this test.");
  private static final SettingDefinition ENABLED = new SettingDefinition(
      "kiosque.test.enabled", "KIOSQUE_TEST_ENABLED", "false", "A switch, for this test.");

  @TempDir
  Path dir;

  @Test
  void aFeatureReadsItsOwnSettingsFromTheFileUnderTheSamePrecedence() throws IOException {
    Files.writeString(dir.resolve("kiosque.properties"),
        "kiosque.test.targets = http://varnish-1:6081/, http://varnish-2:6081/\nkiosque.test.delay = 5\n");

    SettingsSource source = new SettingsLoader(Map.of("KIOSQUE_TEST_DELAY", "7"), new Properties()).load(dir).source();

    assertThat(source.uris(TARGETS))
        .containsExactly(URI.create("http://varnish-1:6081/"), URI.create("http://varnish-2:6081/"));
    assertThat(source.seconds(DELAY, 1, 60)).isEqualTo(Duration.ofSeconds(7));
    assertThat(source.bool(ENABLED)).isFalse();
    assertThat(new SettingsLoader(Map.of(), new Properties()).load(dir.resolve("vide")).source().uris(TARGETS))
        .as("the default: none").isEmpty();
  }

  @Test
  void aBadValueNamesTheSettingItsVariableAndTheValue() {
    SettingsSource source = new SettingsLoader(
        Map.of("KIOSQUE_TEST_TARGETS", "ftp://cache", "KIOSQUE_TEST_DELAY", "beaucoup"), new Properties())
        .load(dir).source();

    assertThatThrownBy(() -> source.uris(TARGETS))
        .hasMessageContaining("kiosque.test.targets (KIOSQUE_TEST_TARGETS)").hasMessageContaining("ftp://cache");
    assertThatThrownBy(() -> source.seconds(DELAY, 1, 60))
        .hasMessageContaining("KIOSQUE_TEST_DELAY").hasMessageContaining("beaucoup");
  }
}
