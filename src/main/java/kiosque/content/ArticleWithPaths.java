package kiosque.content;

import java.util.List;

/** An article and the old addresses that redirect to it, as an export needs them. */
public record ArticleWithPaths(Article article, List<String> legacyPaths) {

  public ArticleWithPaths {
    legacyPaths = List.copyOf(legacyPaths);
  }
}
