package kiosque.web;

import java.util.List;
import kiosque.config.SettingDefinition;
import kiosque.config.SettingsSource;

/** The publication's own accounts on social networks, linked from every page's footer; each is hidden when empty. */
public final class SocialLinks {

  /** One network's setting and the name its link shows. */
  private record Account(SettingDefinition setting, String name) {}

  /** In the footer's order. */
  private static final List<Account> ACCOUNTS = List.of(
      account("facebook", "Facebook"), account("x", "X"), account("instagram", "Instagram"),
      account("youtube", "YouTube"), account("linkedin", "LinkedIn"), account("tiktok", "TikTok"),
      account("telegram", "Telegram"));

  private SocialLinks() {}

  private static Account account(String key, String name) {
    return new Account(new SettingDefinition("kiosque.social." + key, "KIOSQUE_SOCIAL_" + key.toUpperCase(), "",
        "The publication's " + name + " account, linked from every page's footer; hidden when empty."), name);
  }

  /** The configured accounts as links; an address that is not http or https is refused at start. */
  public static List<Link> from(SettingsSource source) {
    return ACCOUNTS.stream().flatMap(a -> source.uri(a.setting()).map(uri -> new Link(a.name(), uri.toString())).stream())
        .toList();
  }
}
