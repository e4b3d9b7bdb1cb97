package kiosque.site;

/** The publication's Google News and WhatsApp channel addresses; null when not configured. */
public record FollowLinks(String googleNews, String whatsapp) {

  public boolean any() {
    return googleNews != null || whatsapp != null;
  }
}
