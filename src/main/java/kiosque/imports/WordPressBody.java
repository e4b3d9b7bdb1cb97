package kiosque.imports;

import java.util.regex.Pattern;

/**
 * A post's content as WordPress would print it: shortcodes removed, then paragraphs from blank
 * lines, except for block-editor posts ({@code <!-- wp:paragraph -->}), which are already HTML and
 * which WordPress itself leaves alone but for its block comments.
 */
final class WordPressBody {

  private static final Pattern BLOCK_COMMENT = Pattern.compile("<!-- /?wp:.*?-->\\n?");

  private WordPressBody() {}

  static String toHtml(String content) {
    if (content == null || content.isBlank()) {
      return "";
    }
    String text = Shortcodes.remove(content);
    return content.contains("<!-- wp:") ? BLOCK_COMMENT.matcher(text).replaceAll("") : Autop.paragraphs(text);
  }
}
