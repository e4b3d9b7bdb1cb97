package kiosque.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything an operator can set, already parsed and checked. Built once by {@link SettingsLoader};
 * every other class receives the values it needs, never the loader. Settings of one feature only
 * are not components here: the feature reads them from {@link #source()} (see {@link SettingDefinition}).
 */
public record Settings(
    Path dataDir,
    int port,
    String databaseUrl,
    String databaseUser,
    String databasePassword,
    String siteName,
    URI siteUrl,
    ZoneId timeZone,
    Locale locale,
    Optional<URI> googleNewsUrl,
    Optional<URI> whatsappChannelUrl,
    int pageSize,
    Optional<URI> publisherLogoUrl,
    String contactEmail,
    String newsLanguage,
    int cacheMegabytes,
    int cacheSeconds,
    boolean journalistsPublish,
    SettingsSource source,
    PasswordCost passwordCost) {

  /** The embedded H2 file database that lives in the data directory, unless a URL was given. */
  public String jdbcUrl() {
    if (databaseUrl != null && !databaseUrl.isBlank()) {
      return databaseUrl;
    }
    return h2Url(dataDir);
  }

  /**
   * Whether the database is an H2 file (the embedded one, or one a URL names): what {@code kiosque
   * backup}, {@code restore} and {@code compact} work on; a server database has its own tools.
   */
  public boolean h2File() {
    return jdbcUrl().startsWith("jdbc:h2:file:");
  }

  /** Cookies get the Secure flag when the public address is https. */
  public boolean secureCookies() {
    return "https".equalsIgnoreCase(siteUrl.getScheme());
  }

  /** Whether the operator set {@code kiosque.site.url}; when not, links use {@link #localAddress(int)}. */
  public boolean siteUrlConfigured() {
    return !source.string(SettingDefinition.SITE_URL).isEmpty();
  }

  /** The address a site without a configured public address links to. */
  public static URI localAddress(int port) {
    return URI.create("http://localhost:" + port);
  }

  public Path indexDir() {
    return dataDir.resolve("index");
  }

  public Settings withDataDir(Path dir) {
    return new Settings(dir, port, databaseUrl, databaseUser, databasePassword, siteName, siteUrl,
        timeZone, locale, googleNewsUrl, whatsappChannelUrl, pageSize, publisherLogoUrl, contactEmail, newsLanguage,
        cacheMegabytes, cacheSeconds, journalistsPublish, source, passwordCost);
  }

  /** Another database (the command line's {@code --db}); the password still comes from the settings. */
  public Settings withDatabaseUrl(String url) {
    return new Settings(dataDir, port, url, databaseUser, databasePassword, siteName, siteUrl,
        timeZone, locale, googleNewsUrl, whatsappChannelUrl, pageSize, publisherLogoUrl, contactEmail, newsLanguage,
        cacheMegabytes, cacheSeconds, journalistsPublish, source, passwordCost);
  }

  /** The embedded H2 database of a data directory, whatever URL the settings name. */
  public static String h2Url(Path dataDir) {
    return h2UrlAlone(dataDir)
        // A second process (an import while the site is served) joins through the first one.
        // (H2 refuses DB_CLOSE_ON_EXIT=FALSE with it: serve stops on SIGTERM before the JVM's
        // shutdown hooks run, see cli.StopSignals, so H2's own hook finds the database closed.)
        + ";AUTO_SERVER=TRUE"
        + ";CACHE_SIZE=" + h2CacheKilobytes(Runtime.getRuntime().maxMemory());
  }

  /**
   * The same database opened by this process alone: no server for others to join, and refused
   * (H2's error 90020) while another process holds it, such as a running site.
   */
  public static String h2UrlAlone(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("kiosque")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }

  /**
   * H2's page cache: a thirty-second of the heap, from 16 MB (H2's own default) to 256 MB; a node's
   * shipped 1 GB heap gets 32 MB. A quarter of the heap (tried in session 5) decoded fewer database
   * pages again on a 20,000-article site, but at 100,000 articles the cached pages it keeps
   * churning survive young collections: G1 pauses of 150 ms and an uncached article page's p99 of
   * 80 to 90 ms at one connection, against 21 ms with 16 MB and 36 ms with 32 MB
   * (docs/benchmarks.md, "Collectors and H2's cache at 100,000 articles"). Under Shenandoah with a
   * 512 MB heap, 64 and 128 MB made the p99 worse too (session 12), by leaving less room to collect.
   */
  static long h2CacheKilobytes(long maxHeapBytes) {
    long share = maxHeapBytes / 32 / 1024;
    return Math.max(16 * 1024, Math.min(share, 256 * 1024));
  }

  /** Another cost for newsroom passwords: for tests only (see {@link PasswordCost}). */
  public Settings withPasswordCost(PasswordCost cost) {
    return new Settings(dataDir, port, databaseUrl, databaseUser, databasePassword, siteName, siteUrl,
        timeZone, locale, googleNewsUrl, whatsappChannelUrl, pageSize, publisherLogoUrl, contactEmail, newsLanguage,
        cacheMegabytes, cacheSeconds, journalistsPublish, source, cost);
  }

  /** Other follow links (Google News, WhatsApp channel): the demo's examples. */
  public Settings withFollowLinks(Optional<URI> googleNews, Optional<URI> whatsappChannel) {
    return new Settings(dataDir, port, databaseUrl, databaseUser, databasePassword, siteName,
        siteUrl, timeZone, locale, googleNews, whatsappChannel, pageSize, publisherLogoUrl, contactEmail, newsLanguage,
        cacheMegabytes, cacheSeconds, journalistsPublish, source, passwordCost);
  }

  /**
   * The port actually served. Without a configured public address, links follow it: a site served
   * on 8090 must not link to 8080.
   */
  public Settings withPort(int newPort) {
    return new Settings(dataDir, newPort, databaseUrl, databaseUser, databasePassword, siteName,
        siteUrlConfigured() ? siteUrl : localAddress(newPort), timeZone, locale, googleNewsUrl, whatsappChannelUrl, pageSize, publisherLogoUrl, contactEmail, newsLanguage,
        cacheMegabytes, cacheSeconds, journalistsPublish, source, passwordCost);
  }
}
