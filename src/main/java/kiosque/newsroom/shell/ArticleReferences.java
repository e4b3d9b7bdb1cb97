package kiosque.newsroom.shell;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An article as an editor names it in a form: its number, or any address ending in {@code -123} (its page). */
public final class ArticleReferences {

  private static final Pattern ARTICLE_REFERENCE = Pattern.compile("(?:^|[-/])(\\d{1,18})/?(?:[?#].*)?$");

  private ArticleReferences() {}

  /** The article's number, or empty when what was typed names none. */
  public static OptionalLong parse(String typed) {
    Matcher matcher = ARTICLE_REFERENCE.matcher(typed == null ? "" : typed.strip());
    return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
  }
}
