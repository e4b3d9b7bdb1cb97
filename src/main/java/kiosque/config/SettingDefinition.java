package kiosque.config;

/**
 * One setting: its key in the properties file and system properties, its environment variable,
 * its default and what it means. {@code docs/configuration.md} lists the same table.
 *
 * <p>The settings every part of the site needs are declared here and parsed into {@link Settings}.
 * A feature with settings of its own declares them next to its code (a {@code static final}
 * definition) and reads them from {@link Settings#source()}, so features do not all edit one record.
 */
public record SettingDefinition(String key, String env, String defaultValue, String description) {

  public static final SettingDefinition DATA_DIR = new SettingDefinition("kiosque.data", "KIOSQUE_DATA", "./data", "Directory holding the embedded database and the search index.");
  public static final SettingDefinition PORT = new SettingDefinition("kiosque.port", "KIOSQUE_PORT", "8080", "HTTP port of the server.");
  public static final SettingDefinition DB_URL = new SettingDefinition("kiosque.db.url", "KIOSQUE_DB_URL", "", "JDBC URL; empty means the embedded H2 database under the data directory.");
  public static final SettingDefinition DB_USER = new SettingDefinition("kiosque.db.user", "KIOSQUE_DB_USER", "sa", "Database user.");
  public static final SettingDefinition DB_PASSWORD = new SettingDefinition("kiosque.db.password", "KIOSQUE_DB_PASSWORD", "", "Database password (use the environment, never the repository).");
  public static final SettingDefinition SITE_NAME = new SettingDefinition("kiosque.site.name", "KIOSQUE_SITE_NAME", "Kiosque", "Publication name shown in pages and feeds.");
  public static final SettingDefinition SITE_URL = new SettingDefinition("kiosque.site.url", "KIOSQUE_SITE_URL", "",
      "Public base URL, used for canonical links; empty means http://localhost and the port served (and serve says to set it).");
  public static final SettingDefinition TIME_ZONE = new SettingDefinition("kiosque.site.timezone", "KIOSQUE_TIMEZONE", "Africa/Casablanca", "Time zone of datelines, archives and schedules.");
  public static final SettingDefinition LOCALE = new SettingDefinition("kiosque.site.locale", "KIOSQUE_LOCALE", "fr", "Language of the interface and of dates (fr or en).");
  public static final SettingDefinition GOOGLE_NEWS_URL = new SettingDefinition("kiosque.follow.googlenews", "KIOSQUE_GOOGLE_NEWS_URL", "", "The publication's Google News page; the follow link is hidden when empty.");
  public static final SettingDefinition WHATSAPP_URL = new SettingDefinition("kiosque.follow.whatsapp", "KIOSQUE_WHATSAPP_URL", "", "The publication's WhatsApp channel; the follow link is hidden when empty.");
  public static final SettingDefinition PAGE_SIZE = new SettingDefinition("kiosque.site.pagesize", "KIOSQUE_PAGE_SIZE", "20", "Articles per listing page.");
  public static final SettingDefinition PUBLISHER_LOGO = new SettingDefinition("kiosque.publisher.logo", "KIOSQUE_PUBLISHER_LOGO", "", "Address of the publisher's logo, for structured data; omitted when empty.");
  public static final SettingDefinition CONTACT_EMAIL = new SettingDefinition("kiosque.publisher.email", "KIOSQUE_CONTACT_EMAIL", "", "The newsroom's contact address, shown on the publisher page; omitted when empty.");
  public static final SettingDefinition NEWS_LANGUAGE = new SettingDefinition("kiosque.news.language", "KIOSQUE_NEWS_LANGUAGE", "", "ISO 639 language of the Google News sitemap; empty means the site's language.");
  public static final SettingDefinition CACHE_MB = new SettingDefinition("kiosque.cache.mb", "KIOSQUE_CACHE_MB", "64", "Memory for rendered pages, in megabytes; 0 turns the page cache off.");
  public static final SettingDefinition CACHE_TTL = new SettingDefinition("kiosque.cache.ttl", "KIOSQUE_CACHE_TTL", "300", "Seconds a rendered page is served from memory at most, even without a change.");
  public static final SettingDefinition JOURNALISTS_PUBLISH = new SettingDefinition("kiosque.newsroom.journalists-publish", "KIOSQUE_JOURNALISTS_PUBLISH", "false",
      "Whether journalists may publish their own articles without an editor (true or false).");

}
