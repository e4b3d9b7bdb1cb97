package kiosque.imports;

import java.util.List;
import java.util.Map;

/**
 * One {@code <item>} of a WordPress export, as written there (nothing interpreted yet).
 *
 * @param line where the item starts in the file, for messages
 * @param categories in the order of the file; {@code domain} is {@code category} or {@code post_tag}
 * @param meta the post's custom fields this import reads ({@code _thumbnail_id}, primary category)
 */
record WxrItem(long line, String postId, String postType, String status, String title, String link, String guid,
    String pubDate, String postDateGmt, String creator, String content, String excerpt, String postName,
    String password, String attachmentUrl, List<Category> categories, Map<String, String> meta) {

  record Category(String domain, String nicename, String name) {}

  WxrItem {
    categories = List.copyOf(categories);
    meta = Map.copyOf(meta);
  }

  /** {@code post 12 « Titre »}: how a message names the item. */
  String describe() {
    String kind = postType.isBlank() ? "item" : postType;
    String id = postId.isBlank() ? "" : " " + postId;
    return title.isBlank() ? kind + id : kind + id + " « " + (title.length() > 60 ? title.substring(0, 57) + "..." : title) + " »";
  }
}
