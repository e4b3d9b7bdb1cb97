package kiosque.config;

/**
 * One setting: its key in the properties file and system properties, its environment variable,
 * its default and what it means. {@code docs/configuration.md} lists the same table.
 */
enum SettingDefinition {
  DATA_DIR("kiosque.data", "KIOSQUE_DATA", "./data", "Directory holding the embedded database and the search index."),
  PORT("kiosque.port", "KIOSQUE_PORT", "8080", "HTTP port of the server."),
  DB_URL("kiosque.db.url", "KIOSQUE_DB_URL", "", "JDBC URL; empty means the embedded H2 database under the data directory."),
  DB_USER("kiosque.db.user", "KIOSQUE_DB_USER", "sa", "Database user."),
  DB_PASSWORD("kiosque.db.password", "KIOSQUE_DB_PASSWORD", "", "Database password (use the environment, never the repository)."),
  SITE_NAME("kiosque.site.name", "KIOSQUE_SITE_NAME", "Kiosque", "Publication name shown in pages and feeds."),
  SITE_URL("kiosque.site.url", "KIOSQUE_SITE_URL", "http://localhost:8080", "Public base URL, used for canonical links."),
  TIME_ZONE("kiosque.site.timezone", "KIOSQUE_TIMEZONE", "Africa/Casablanca", "Time zone of datelines, archives and schedules."),
  LOCALE("kiosque.site.locale", "KIOSQUE_LOCALE", "fr", "Language of the interface and of dates (fr or en)."),
  GOOGLE_NEWS_URL("kiosque.follow.googlenews", "KIOSQUE_GOOGLE_NEWS_URL", "", "The publication's Google News page; the follow link is hidden when empty."),
  WHATSAPP_URL("kiosque.follow.whatsapp", "KIOSQUE_WHATSAPP_URL", "", "The publication's WhatsApp channel; the follow link is hidden when empty."),
  PAGE_SIZE("kiosque.site.pagesize", "KIOSQUE_PAGE_SIZE", "20", "Articles per listing page."),
  PUBLISHER_LOGO("kiosque.publisher.logo", "KIOSQUE_PUBLISHER_LOGO", "", "Address of the publisher's logo, for structured data; omitted when empty."),
  CONTACT_EMAIL("kiosque.publisher.email", "KIOSQUE_CONTACT_EMAIL", "", "The newsroom's contact address, shown on the publisher page; omitted when empty."),
  NEWS_LANGUAGE("kiosque.news.language", "KIOSQUE_NEWS_LANGUAGE", "", "ISO 639 language of the Google News sitemap; empty means the site's language."),
  CACHE_MB("kiosque.cache.mb", "KIOSQUE_CACHE_MB", "64", "Memory for rendered pages, in megabytes; 0 turns the page cache off."),
  CACHE_TTL("kiosque.cache.ttl", "KIOSQUE_CACHE_TTL", "300", "Seconds a rendered page is served from memory at most, even without a change."),
  JOURNALISTS_PUBLISH("kiosque.newsroom.journalists-publish", "KIOSQUE_JOURNALISTS_PUBLISH", "false",
      "Whether journalists may publish their own articles without an editor (true or false).");

  final String key;
  final String env;
  final String defaultValue;
  final String description;

  SettingDefinition(String key, String env, String defaultValue, String description) {
    this.key = key;
    this.env = env;
    this.defaultValue = defaultValue;
    this.description = description;
  }
}
