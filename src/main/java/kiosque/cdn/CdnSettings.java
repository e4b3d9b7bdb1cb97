package kiosque.cdn;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kiosque.config.SettingDefinition;
import kiosque.config.SettingsException;
import kiosque.config.SettingsSource;

/** Which CDNs to purge, read from the feature's own settings ({@code docs/configuration.md}, "CDN purge"). */
record CdnSettings(List<URI> varnish, String fastlyService, String fastlyToken, URI fastlyApi, Duration maxRetryDelay,
    Duration purgeAgainAfter) {

  static final SettingDefinition VARNISH = new SettingDefinition("kiosque.cdn.varnish", "KIOSQUE_CDN_VARNISH", "",
      "Varnish addresses (xkey), separated by commas or spaces: each gets PURGE with an xkey-purge header.");
  static final SettingDefinition FASTLY_SERVICE = new SettingDefinition("kiosque.cdn.fastly.service",
      "KIOSQUE_FASTLY_SERVICE", "", "Fastly service id to purge by Surrogate-Key; empty for none.");
  static final SettingDefinition FASTLY_TOKEN = new SettingDefinition("kiosque.cdn.fastly.token",
      "KIOSQUE_FASTLY_TOKEN", "", "Fastly API token with purge rights: from the environment, never the repository.");
  static final SettingDefinition FASTLY_API = new SettingDefinition("kiosque.cdn.fastly.api", "KIOSQUE_FASTLY_API",
      "https://api.fastly.com", "Fastly API address (changed only to test against a stand-in).");
  static final SettingDefinition RETRY_MAX = new SettingDefinition("kiosque.cdn.retry.max", "KIOSQUE_CDN_RETRY_MAX",
      "60", "Longest wait, in seconds, between two tries of a CDN that fails (1 s doubling up to this).");

  static final SettingDefinition PURGE_AGAIN = new SettingDefinition("kiosque.cdn.purge.again",
      "KIOSQUE_CDN_PURGE_AGAIN", "0", "Seconds after which each purge is sent a second time (0: never): with several"
      + " nodes, a CDN that refetched a page from a node whose own page cache had not purged it yet gets it again.");

  static CdnSettings from(SettingsSource source) {
    String service = source.string(FASTLY_SERVICE);
    String token = source.string(FASTLY_TOKEN);
    if (!service.isEmpty() && token.isEmpty()) {
      throw new SettingsException(FASTLY_SERVICE.key() + " is set but the token is missing: set "
          + FASTLY_TOKEN.env() + " in the environment");
    }
    URI api = source.uri(FASTLY_API).orElseThrow(() -> new SettingsException(FASTLY_API.key() + " must not be empty"));
    return new CdnSettings(source.uris(VARNISH), service, token, api, source.seconds(RETRY_MAX, 1, 3600),
        source.seconds(PURGE_AGAIN, 0, 60));
  }

  /** The CDNs to purge; none when nothing is configured (then no purger runs). */
  List<PurgeTarget> targets(java.net.http.HttpClient http) {
    List<PurgeTarget> targets = new ArrayList<>();
    varnish.forEach(address -> targets.add(new VarnishTarget(http, address)));
    if (!fastlyService.isEmpty()) {
      targets.add(new FastlyTarget(http, fastlyApi, fastlyService, fastlyToken));
    }
    return List.copyOf(targets);
  }
}
