package kiosque.content;

import java.util.List;

/**
 * What a save did: the article's id, whether anything changed, and what the rules removed from
 * the draft on the way ({@code title: 1 control character removed (U+0000)}), for an import to report.
 */
public record SaveOutcome(long articleId, Kind kind, List<String> warnings) {

  /**
   * KEPT: the newsroom saved the article since its last import, so the import did not overwrite
   * it; its text waits beside the article as a revision.
   */
  public enum Kind { CREATED, UPDATED, UNCHANGED, KEPT }

  public SaveOutcome {
    warnings = List.copyOf(warnings);
  }

  public SaveOutcome(long articleId, Kind kind) {
    this(articleId, kind, List.of());
  }
}
