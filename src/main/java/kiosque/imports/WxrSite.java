package kiosque.imports;

import java.util.HashMap;
import java.util.Map;

/**
 * What the head of a WordPress export says about the site, before its items: its address, its
 * authors (login to display name) and its categories (term id to name), which items refer to.
 */
final class WxrSite {

  String wxrVersion;
  String baseBlogUrl;
  String link;
  final Map<String, String> authorNames = new HashMap<>();
  final Map<String, String> categoryNames = new HashMap<>();
  /** Category nicename to its parent's nicename ("" for a top-level category): archive addresses nest them. */
  final Map<String, String> categoryParents = new HashMap<>();

  /** The site's address: the blog URL, or the channel's link in an export that lacks it. */
  String address() {
    return baseBlogUrl != null && !baseBlogUrl.isBlank() ? baseBlogUrl.strip()
        : link == null ? "" : link.strip();
  }
}
